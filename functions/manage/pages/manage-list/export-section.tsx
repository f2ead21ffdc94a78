import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { EXPORT_FILES } from '../../../../shared/exports/schemas.ts';
import { Input, Select } from '../../../../shared/web/form.tsx';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';

const FILE_LABELS: Record<(typeof EXPORT_FILES)[number], MessageKey> = {
  'needs.csv': 'sheetFile_needs_csv',
  'needs.xlsx': 'sheetFile_needs_xlsx',
  'matches.csv': 'sheetFile_matches_csv',
  'matches.xlsx': 'sheetFile_matches_xlsx',
  'hours.csv': 'sheetFile_hours_csv',
  'hours.xlsx': 'sheetFile_hours_xlsx',
};

/** The first and last day of the calendar quarter (of the year) that `today` lies in. */
export function quarterOfYear(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(first + 2)}-${last}` };
}

/**
 * "Spreadsheets" on /manage: a quarter of the manager's (or all), a period, and one button per
 * file; each button posts nowhere, it opens `/manage/export/<file>` with the fields as the query
 * (`formaction`, no JavaScript).
 */
export function ExportSection(props: { page: PageContext; catalog: Catalog; quarters: string[]; today: string }) {
  const { t } = props.page;
  const names = new Map(props.catalog.quarters.map((quarter) => [quarter.id, quarter.name]));
  const period = quarterOfYear(props.today);
  const first = EXPORT_FILES[0] as string;
  return (
    <section aria-labelledby="h-export">
      <h2 id="h-export">{t('sheetTitle')}</h2>
      <p class="hint">{t('sheetIntro')}</p>
      <form method="get" action={`/manage/export/${first}`}>
        <Select
          name="quarter"
          label={t('sheetQuarter')}
          value=""
          options={[
            { value: '', label: t('sheetAllQuarters') },
            ...props.quarters.map((id) => ({ value: id, label: names.get(id) ?? id })),
          ]}
          errors={{}}
        />
        <Input name="from" type="date" label={t('sheetFrom')} value={period.from} errors={{}} required />
        <Input name="to" type="date" label={t('sheetTo')} value={period.to} errors={{}} required />
        <p>
          {EXPORT_FILES.map((file) => (
            <>
              <button type="submit" class="secondary" formaction={`/manage/export/${file}`}>
                {t(FILE_LABELS[file])}
              </button>{' '}
            </>
          ))}
        </p>
      </form>
    </section>
  );
}
