import * as z from 'zod/mini';
import { Slug } from '../catalog/schemas.ts';
import { meta } from '../http/zod.ts';
import { FILL_TIME_BUCKETS, type FillTimeBucket } from './need-counts.ts';
import { MAX_MONTHS, monthsBetween } from './statistics-service.ts';

/** A month `YYYY-MM`. */
export const StatisticsMonth = z
  .string()
  .check(z.regex(/^2\d{3}-(0[1-9]|1[0-2])$/, { message: 'Use a month YYYY-MM' }));

/** The period of a statistics report: `from` to `to`, both included, at most {@link MAX_MONTHS} months. */
export const periodChecks = <T extends { from: string; to: string }>(value: T, ctx: z.core.$RefinementCtx) => {
  if (value.from > value.to)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'The period ends before it starts',
      params: { code: 'period_invalid' },
    });
  else if (monthsBetween(value.from, value.to).length > MAX_MONTHS)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `At most ${MAX_MONTHS} months`,
      params: { code: 'period_invalid' },
    });
};

/** `GET /api/statistics`: one quarter and a period of months. */
export const StatisticsQuery = z
  .strictObject({
    quarter: meta(Slug, { description: 'The quarter (managers: one of theirs)' }),
    from: meta(StatisticsMonth, { description: 'First month (Europe/Berlin), YYYY-MM' }),
    to: meta(StatisticsMonth, { description: `Last month, YYYY-MM, at most ${MAX_MONTHS} months after the first` }),
  })
  .check(z.superRefine(periodChecks));
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

const PeopleCount = meta(
  z.union([z.object({ count: z.number().check(z.int(), z.gte(0)) }), z.object({ suppressed: z.literal(true) })]),
  {
    id: 'PeopleCount',
    description: 'A count of people; from 1 to 4 only `{ suppressed: true }` ("fewer than 5")',
  },
);

const buckets = Object.fromEntries(
  FILL_TIME_BUCKETS.map(({ bucket }) => [bucket, z.number().check(z.int())]),
) as Record<FillTimeBucket, z.ZodMiniNumber>;

export const MonthStatisticsSchema = meta(
  z.object({
    month: z.string(),
    volunteersActive: PeopleCount,
    hoursGiven: meta(z.number(), { description: 'Hours of dates that have ended' }),
    needsPosted: z.number().check(z.int()),
    needsFilled: z.number().check(z.int()),
    needsUnfilled: z.number().check(z.int()),
    fillTime: z.object({
      buckets: z.object(buckets),
      medianBucket: z.optional(z.enum(FILL_TIME_BUCKETS.map(({ bucket }) => bucket) as [FillTimeBucket])),
    }),
    noShows: z.object({
      datesDue: z.number().check(z.int()),
      noShows: PeopleCount,
      rate: meta(z.optional(z.number()), { description: 'No-shows per date due; absent when suppressed' }),
    }),
    languages: z.array(
      z.object({ code: z.string(), askedByNeeds: z.number().check(z.int()), activeVolunteers: PeopleCount }),
    ),
    checksDue: PeopleCount,
  }),
  { id: 'MonthStatistics' },
);

export const QuarterStatisticsSchema = meta(
  z.object({ quarterId: z.string(), months: z.array(MonthStatisticsSchema) }),
  { id: 'QuarterStatistics' },
);
