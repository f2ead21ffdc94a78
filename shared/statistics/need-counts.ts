/**
 * What one need contributes to the statistics (pure): in the Berlin month it was published,
 * `posted`, `askedLanguage:<code>` per language asked for and, once filled, the time it took
 * (`fillTime:<bucket>`); at the end of its last date, `filled@end` or `unfilled@end`.
 */
import { occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { berlinDate, monthOf } from '../time/calendar.ts';
import { add, type Counts, cellOf, endKey } from './counts.ts';

/** Fill-time buckets (upper bounds in hours; the last is open). Fixed, so a median needs no list of needs. */
export const FILL_TIME_BUCKETS = [
  { bucket: 'day', hours: 24 },
  { bucket: 'threeDays', hours: 72 },
  { bucket: 'week', hours: 168 },
  { bucket: 'twoWeeks', hours: 336 },
  { bucket: 'longer', hours: Number.POSITIVE_INFINITY },
] as const;
export type FillTimeBucket = (typeof FILL_TIME_BUCKETS)[number]['bucket'];

export function fillTimeBucket(publishedAt: string, filledAt: string): FillTimeBucket {
  const hours = (Date.parse(filledAt) - Date.parse(publishedAt)) / 3_600_000;
  return (FILL_TIME_BUCKETS.find((entry) => hours <= entry.hours) ?? FILL_TIME_BUCKETS[4]).bucket;
}

/** What the need's snapshot remembers beyond its counts: the first time it was seen published and filled. */
export interface NeedMilestones {
  publishedAt?: string | undefined;
  filledAt?: string | undefined;
  /** The need version last counted: an older image (a retried record) changes nothing. */
  needVersion: number;
}

export type NeedImage = Pick<
  Need,
  'quarterId' | 'status' | 'languages' | 'places' | 'acceptedCount' | 'schedule' | 'version' | 'updatedAt'
>;

const LIVE: readonly Need['status'][] = ['open', 'filled', 'closed'];
const earlier = (a: string | undefined, b: string) => (a !== undefined && a < b ? a : b);

/** The milestones after seeing `need` (each kept at its earliest, so the order of images does not matter). */
export function nextMilestones(previous: NeedMilestones | undefined, need: NeedImage): NeedMilestones {
  const publishedAt = LIVE.includes(need.status)
    ? earlier(previous?.publishedAt, need.updatedAt)
    : previous?.publishedAt;
  const filledAt = need.status === 'filled' ? earlier(previous?.filledAt, need.updatedAt) : previous?.filledAt;
  return {
    needVersion: Math.max(need.version, previous?.needVersion ?? 0),
    ...(publishedAt !== undefined && { publishedAt }),
    ...(filledAt !== undefined && { filledAt }),
  };
}

/** A need's counts from its current image and milestones. */
export function needCounts(need: NeedImage, milestones: NeedMilestones): Counts {
  const counts: Counts = {};
  if (milestones.publishedAt === undefined) return counts;
  const cell = cellOf(need.quarterId, monthOf(berlinDate(new Date(milestones.publishedAt))));
  add(counts, cell, 'posted');
  for (const code of new Set(need.languages)) add(counts, cell, `askedLanguage:${code}`);
  if (milestones.filledAt) add(counts, cell, `fillTime:${fillTimeBucket(milestones.publishedAt, milestones.filledAt)}`);
  // A cancelled need has no outcome: it was neither filled nor left unfilled.
  if (need.status === 'cancelled' || need.status === 'draft') return counts;
  const last = occurrences(need.schedule).at(-1);
  if (!last) return counts;
  const filled = need.status === 'filled' || need.acceptedCount >= need.places;
  add(
    counts,
    cellOf(need.quarterId, monthOf(last.date)),
    `${filled ? 'filled' : 'unfilled'}@${endKey(last.date, last.end)}`,
  );
  return counts;
}
