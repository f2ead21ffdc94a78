import * as z from 'zod';
import { Slug } from '../catalog/schemas.ts';
import { FILL_TIME_BUCKETS, type FillTimeBucket } from './need-counts.ts';
import { MAX_MONTHS, monthsBetween } from './statistics-service.ts';

/** A month `YYYY-MM`. */
export const StatisticsMonth = z.string().regex(/^2\d{3}-(0[1-9]|1[0-2])$/, { message: 'Use a month YYYY-MM' });

/** The period of a statistics report: `from` to `to`, both included, at most {@link MAX_MONTHS} months. */
export const periodChecks = <T extends { from: string; to: string }>(value: T, ctx: z.RefinementCtx) => {
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
  .object({
    quarter: Slug.meta({ description: 'The quarter (managers: one of theirs)' }),
    from: StatisticsMonth.meta({ description: 'First month (Europe/Berlin), YYYY-MM' }),
    to: StatisticsMonth.meta({ description: `Last month, YYYY-MM, at most ${MAX_MONTHS} months after the first` }),
  })
  .strict()
  .superRefine(periodChecks);
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

const PeopleCount = z
  .union([z.object({ count: z.number().int().min(0) }), z.object({ suppressed: z.literal(true) })])
  .meta({
    id: 'PeopleCount',
    description: 'A count of people; from 1 to 4 only `{ suppressed: true }` ("fewer than 5")',
  });

const buckets = Object.fromEntries(FILL_TIME_BUCKETS.map(({ bucket }) => [bucket, z.number().int()])) as Record<
  FillTimeBucket,
  z.ZodNumber
>;

export const MonthStatisticsSchema = z
  .object({
    month: z.string(),
    volunteersActive: PeopleCount,
    hoursGiven: z.number().meta({ description: 'Hours of dates that have ended' }),
    needsPosted: z.number().int(),
    needsFilled: z.number().int(),
    needsUnfilled: z.number().int(),
    fillTime: z.object({
      buckets: z.object(buckets),
      medianBucket: z.enum(FILL_TIME_BUCKETS.map(({ bucket }) => bucket) as [FillTimeBucket]).optional(),
    }),
    noShows: z.object({
      datesDue: z.number().int(),
      noShows: PeopleCount,
      rate: z.number().optional().meta({ description: 'No-shows per date due; absent when suppressed' }),
    }),
    languages: z.array(z.object({ code: z.string(), askedByNeeds: z.number().int(), activeVolunteers: PeopleCount })),
    checksDue: PeopleCount,
  })
  .meta({ id: 'MonthStatistics' });

export const QuarterStatisticsSchema = z
  .object({ quarterId: z.string(), months: z.array(MonthStatisticsSchema) })
  .meta({ id: 'QuarterStatistics' });
