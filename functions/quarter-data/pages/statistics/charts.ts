import { barChart, type ChartInput, groupedBars, lineChart } from '../../../../shared/charts/index.ts';
import {
  FILL_TIME_BUCKETS,
  type FillTimeBucket,
  medianBucket,
  type PeopleCount,
  type QuarterStatistics,
} from '../../../../shared/statistics/index.ts';
import type { CatalogNames } from '../../../../shared/web/format.ts';
import type { Lang, Translate } from '../../../../shared/web/i18n.ts';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';

/** A chart's input and how it is drawn. */
export interface PageChart {
  chart: ChartInput;
  draw: (chart: ChartInput) => string;
}

/** A suppressed count (1 to 4 people) is `null`: the chart writes "fewer than 5" in its place. */
const shown = (count: PeopleCount): number | null => ('count' in count ? count.count : null);

const BUCKET_LABEL: Record<FillTimeBucket, MessageKey> = {
  day: 'statsBucketDay',
  threeDays: 'statsBucketThreeDays',
  week: 'statsBucketWeek',
  twoWeeks: 'statsBucketTwoWeeks',
  longer: 'statsBucketLonger',
};

export const bucketLabel = (t: Translate, bucket: FillTimeBucket) => t(BUCKET_LABEL[bucket]);

/** "Nov. 2026", "Nov 2026": a month in the page's language. */
export function monthLabel(lang: Lang, month: string): string {
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** The median fill-time bucket over the whole period (the buckets of its months added up). */
export function periodFillTime(quarter: QuarterStatistics) {
  const buckets = Object.fromEntries(
    FILL_TIME_BUCKETS.map(({ bucket }) => [
      bucket,
      quarter.months.reduce((sum, month) => sum + month.fillTime.buckets[bucket], 0),
    ]),
  ) as Record<FillTimeBucket, number>;
  return { buckets, median: medianBucket(buckets) };
}

/** The charts of one quarter's report, in the page's words. */
export function quarterCharts(
  quarter: QuarterStatistics,
  page: { t: Translate; lang: Lang; names: CatalogNames },
): PageChart[] {
  const { t, lang, names } = page;
  const id = (name: string) => `q-${quarter.quarterId}-${name}`;
  const months = quarter.months.map((month) => monthLabel(lang, month.month));
  const texts = (category: MessageKey) => ({
    noData: t('statsNoData'),
    notShown: t('statsFewerThan5'),
    category: t(category),
  });
  const byMonth = { categories: months, lang, texts: texts('statsMonth') };
  const last = quarter.months.at(-1);
  const codes = [...new Set(quarter.months.flatMap((month) => month.languages.map((language) => language.code)))];
  const fill = periodFillTime(quarter);
  return [
    {
      draw: barChart,
      chart: {
        ...byMonth,
        id: id('hours'),
        title: t('statsHoursTitle'),
        description: t('statsHoursDesc'),
        unit: t('statsHoursUnit'),
        series: [{ name: t('statsHoursUnit'), values: quarter.months.map((month) => month.hoursGiven) }],
      },
    },
    {
      draw: barChart,
      chart: {
        ...byMonth,
        id: id('active'),
        title: t('statsActiveTitle'),
        description: t('statsActiveDesc'),
        series: [{ name: t('statsVolunteers'), values: quarter.months.map((month) => shown(month.volunteersActive)) }],
      },
    },
    {
      draw: groupedBars,
      chart: {
        ...byMonth,
        id: id('needs'),
        title: t('statsNeedsTitle'),
        description: t('statsNeedsDesc'),
        series: [
          { name: t('statsPosted'), values: quarter.months.map((month) => month.needsPosted) },
          { name: t('statsFilled'), values: quarter.months.map((month) => month.needsFilled) },
          { name: t('statsUnfilled'), values: quarter.months.map((month) => month.needsUnfilled) },
        ],
      },
    },
    {
      draw: groupedBars,
      chart: {
        id: id('languages'),
        lang,
        title: t('statsLanguagesTitle'),
        description: t('statsLanguagesDesc', { month: last ? monthLabel(lang, last.month) : '' }),
        categories: codes.map((code) => names.language(code)),
        texts: texts('statsLanguage'),
        series: [
          {
            name: t('statsAskedByNeeds'),
            values: codes.map((code) =>
              quarter.months.reduce(
                (sum, month) => sum + (month.languages.find((l) => l.code === code)?.askedByNeeds ?? 0),
                0,
              ),
            ),
          },
          {
            name: t('statsActiveSpeakers'),
            values: codes.map((code) => {
              const speakers = last?.languages.find((l) => l.code === code)?.activeVolunteers;
              return speakers ? shown(speakers) : 0;
            }),
          },
        ],
      },
    },
    {
      draw: lineChart,
      chart: {
        ...byMonth,
        id: id('no-shows'),
        title: t('statsNoShowTitle'),
        description: t('statsNoShowDesc'),
        numberFormat: { style: 'percent', maximumFractionDigits: 1 },
        series: [
          {
            name: t('statsNoShowRate'),
            // No dates due: nothing to show; a suppressed count of no-shows: no rate either.
            values: quarter.months.map((month) => (month.noShows.datesDue === 0 ? 0 : (month.noShows.rate ?? null))),
          },
        ],
      },
    },
    {
      draw: barChart,
      chart: {
        id: id('fill-time'),
        lang,
        title: t('statsFillTimeTitle'),
        description: fill.median
          ? t('statsFillTimeDesc', { median: bucketLabel(t, fill.median) })
          : t('statsFillTimeNone'),
        categories: FILL_TIME_BUCKETS.map(({ bucket }) => bucketLabel(t, bucket)),
        texts: texts('statsFillTime'),
        series: [{ name: t('statsNeeds'), values: FILL_TIME_BUCKETS.map(({ bucket }) => fill.buckets[bucket]) }],
      },
    },
    {
      draw: barChart,
      chart: {
        ...byMonth,
        id: id('checks'),
        title: t('statsChecksTitle'),
        description: t('statsChecksDesc'),
        series: [{ name: t('statsChecks'), values: quarter.months.map((month) => shown(month.checksDue)) }],
      },
    },
  ];
}
