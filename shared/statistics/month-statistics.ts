/**
 * A month's statistics for one quarter, read from its counter item at `now` (pure): attributes
 * that count at a date's end are summed only once that end has passed. People counts (volunteers
 * active, speakers of a language among them, checks due, no-shows, which each concern one
 * person) from 1 to 4 are given as `{ suppressed: true }`, never the number; hours, dates due and
 * needs are not counts of people and are given as they are.
 */
import { endOfAttribute } from './counts.ts';
import { FILL_TIME_BUCKETS, type FillTimeBucket } from './need-counts.ts';

/** Below this, a count of people is not shown. */
export const SMALLEST_SHOWN = 5;

export type PeopleCount = { count: number } | { suppressed: true };

export const peopleCount = (count: number): PeopleCount =>
  count > 0 && count < SMALLEST_SHOWN ? { suppressed: true } : { count };

export interface MonthStatistics {
  month: string;
  volunteersActive: PeopleCount;
  hoursGiven: number;
  needsPosted: number;
  needsFilled: number;
  needsUnfilled: number;
  fillTime: { buckets: Record<FillTimeBucket, number>; medianBucket?: FillTimeBucket };
  noShows: { datesDue: number; noShows: PeopleCount; rate?: number };
  languages: { code: string; askedByNeeds: number; activeVolunteers: PeopleCount }[];
  checksDue: PeopleCount;
}

/** The raw attributes of a counter item (numbers only). */
export type CounterAttributes = Record<string, number>;

/** The bucket that holds the middle need (the lower middle for an even count). */
export function medianBucket(buckets: Record<FillTimeBucket, number>): FillTimeBucket | undefined {
  const total = Object.values(buckets).reduce((sum, n) => sum + n, 0);
  if (total === 0) return undefined;
  let seen = 0;
  for (const { bucket } of FILL_TIME_BUCKETS) {
    seen += buckets[bucket];
    if (seen >= Math.ceil(total / 2)) return bucket;
  }
  return undefined;
}

/** Sums of each attribute name (without its end key) over the attributes already due at `now`. */
function dueSums(attributes: CounterAttributes, now: Date): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [attribute, value] of Object.entries(attributes)) {
    const end = endOfAttribute(attribute);
    if (end !== undefined && end.getTime() > now.getTime()) continue;
    const name = end === undefined ? attribute : attribute.slice(0, attribute.lastIndexOf('@'));
    sums.set(name, (sums.get(name) ?? 0) + value);
  }
  return sums;
}

/**
 * One month of one quarter; `checksDue` of volunteers who help in every quarter (kept under `*`)
 * is passed in `everyQuarterChecksDue`.
 */
export function monthStatistics(
  month: string,
  attributes: CounterAttributes,
  now: Date,
  everyQuarterChecksDue = 0,
): MonthStatistics {
  const sums = dueSums(attributes, now);
  const get = (name: string) => sums.get(name) ?? 0;
  const buckets = Object.fromEntries(
    FILL_TIME_BUCKETS.map(({ bucket }) => [bucket, get(`fillTime:${bucket}`)]),
  ) as Record<FillTimeBucket, number>;
  const median = medianBucket(buckets);
  const datesDue = get('due');
  const noShows = get('noShows');
  const codes = new Set<string>();
  for (const name of sums.keys()) {
    const match = /^(?:askedLanguage|activeLanguage):(.+)$/.exec(name);
    if (match?.[1]) codes.add(match[1]);
  }
  const noShowsShown = peopleCount(noShows);
  return {
    month,
    volunteersActive: peopleCount(get('active')),
    hoursGiven: get('minutes') / 60,
    needsPosted: get('posted'),
    needsFilled: get('filled'),
    needsUnfilled: get('unfilled'),
    fillTime: { buckets, ...(median && { medianBucket: median }) },
    noShows: {
      datesDue,
      noShows: noShowsShown,
      // The rate would give a suppressed count away.
      ...(datesDue > 0 && 'count' in noShowsShown && { rate: noShows / datesDue }),
    },
    languages: [...codes].sort().map((code) => ({
      code,
      askedByNeeds: get(`askedLanguage:${code}`),
      activeVolunteers: peopleCount(get(`activeLanguage:${code}`)),
    })),
    checksDue: peopleCount(get('checksDue') + everyQuarterChecksDue),
  };
}
