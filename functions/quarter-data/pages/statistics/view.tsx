import { ChartFigure } from '../../../../shared/charts/index.ts';
import { addDays, addMonths } from '../../../../shared/time/calendar.ts';
import { errorsOf } from '../../../../shared/web/field-errors.ts';
import { ErrorSummary, FieldError, Input, inputId } from '../../../../shared/web/form.tsx';
import { catalogNames, formatDate } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { bucketLabel, monthLabel, periodFillTime, quarterCharts } from './charts.ts';
import type { StatisticsPageData } from './loader.ts';

const reportQuery = (data: StatisticsPageData, print: boolean) => {
  const query = new URLSearchParams();
  for (const quarter of data.form.quarters) query.append('quarter', quarter);
  query.set('from', data.form.from);
  query.set('to', data.form.to);
  if (print) query.set('print', '1');
  return `${data.path}?${query}`;
};

/**
 * The hours of one quarter in the report's months as a spreadsheet: the export route (quarter-data function), which
 * admins may read for any quarter and managers for theirs, from the first day of `from` to the last of `to`.
 */
const hoursExport = (data: StatisticsPageData, quarterId: string) => {
  const query = new URLSearchParams({
    quarter: quarterId,
    from: `${data.form.from}-01`,
    to: addDays(addMonths(`${data.form.to}-01`, 1), -1),
  });
  return `/manage/export/hours.xlsx?${query}`;
};

/**
 * /manage/statistics and /admin/statistics: a GET form (quarters, period), then per quarter the
 * charts with their tables. `?print=1` shows the report as printed (the print stylesheet on
 * screen too); any print of the page uses the same stylesheet.
 */
export function StatisticsPage(props: { page: PageContext; data: StatisticsPageData }) {
  const { page, data } = props;
  const { t, lang } = page;
  const names = catalogNames(data.catalog, lang);
  const errors = errorsOf(t, data.issues, {
    quarter: 'statsChooseQuarter',
    'to:period_invalid': 'statsPeriodInvalid',
    from: 'statsMonthFormat',
    to: 'statsMonthFormat',
  });
  const period = { from: monthLabel(lang, data.form.from), to: monthLabel(lang, data.form.to) };
  return (
    // The chart and print rules are in the site's stylesheet (the pages' CSP allows no inline styles);
    // the print view shows on screen what a print gives.
    <Layout page={page} title={t('statsTitle')} printPreview={data.print}>
      <p class="no-print">{t('statsIntro')}</p>
      <ErrorSummary t={t} errors={errors} />
      {data.offered.length === 0 ? (
        <p>{t('statsNoQuarters')}</p>
      ) : (
        <form method="get" action={data.path} class="no-print" novalidate>
          <fieldset
            id={inputId('quarter')}
            aria-describedby={errors.quarter ? 'quarter-error' : undefined}
            aria-invalid={errors.quarter ? 'true' : undefined}
          >
            <legend>{t('statsQuarters')}</legend>
            <FieldError name="quarter" errors={errors} />
            {data.offered.map((quarterId) => (
              <label class="inline">
                <input
                  type="checkbox"
                  name="quarter"
                  value={quarterId}
                  checked={data.form.quarters.includes(quarterId)}
                />
                {names.quarter(quarterId)}
              </label>
            ))}
          </fieldset>
          <Input
            name="from"
            label={t('statsFrom')}
            hint={t('statsMonthHint')}
            value={data.form.from}
            errors={errors}
            inputmode="numeric"
            maxlength={7}
          />
          <Input
            name="to"
            label={t('statsTo')}
            hint={t('statsMonthHint')}
            value={data.form.to}
            errors={errors}
            inputmode="numeric"
            maxlength={7}
          />
          <p>
            <button type="submit">{t('statsShow')}</button>
          </p>
        </form>
      )}
      {data.report && (
        <>
          {data.print ? (
            // On screen only: the print stylesheet (applied here on screen too) hides `.actions`.
            <p class="print-view-note">
              {t('statsPrintHint')} <a href={reportQuery(data, false)}>{t('statsBackToForm')}</a>
            </p>
          ) : (
            <p class="actions">
              <a href={reportQuery(data, true)}>{t('statsPrint')}</a>
            </p>
          )}
          <p class="print-only">
            {t('statsReportFor', {
              quarters: data.report.map((quarter) => names.quarter(quarter.quarterId)).join(', '),
              ...period,
            })}
          </p>
          <p>{t('statsAsOf', { date: formatDate(lang, data.asOf) })}</p>
          {data.report.map((quarter) => {
            const fill = periodFillTime(quarter);
            return (
              <section aria-labelledby={`h-${quarter.quarterId}`}>
                <h2 id={`h-${quarter.quarterId}`}>
                  {t('statsQuarterPeriod', { quarter: names.quarter(quarter.quarterId), ...period })}
                </h2>
                {fill.median && <p>{t('statsMedian', { bucket: bucketLabel(t, fill.median) })}</p>}
                <p class="no-print">
                  <a href={hoursExport(data, quarter.quarterId)} download>
                    {t('statsExportHours', { quarter: names.quarter(quarter.quarterId) })}
                  </a>
                </p>
                {quarterCharts(quarter, { t, lang, names }).map(({ chart, draw }) => (
                  <ChartFigure chart={chart} draw={draw} />
                ))}
              </section>
            );
          })}
        </>
      )}
    </Layout>
  );
}
