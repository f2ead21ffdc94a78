import { TABLE } from '../db/table.ts';
import { safeguardingValidOn } from '../matching/availability.ts';
import type { ConstraintContext } from '../matching/constraints.ts';
import { scheduleWeekday } from '../matching/occurrences.ts';
import type { MatchingNeed, SafeguardingFacts } from '../matching/types.ts';
import { minutesOfDay, type Weekday } from '../time/calendar.ts';
import { ALL_QUARTERS, matchingProfile, membershipQuarters } from '../volunteers/profile-keys.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';

/**
 * The candidate index (see docs/access-patterns.md): one item per quarter (or `*`) × slot ×
 * time bucket the slot touches × skill (and `*` for needs without a required skill), in pool
 * `A` (every active volunteer) and, for volunteers whose safeguarding check can count, again in
 * pool `M` (needs with minors). A need reads the partitions of its quarter and of `*` for one
 * required skill, its weekday and the bucket its start lies in, from its end time on:
 * `GSI1SK >= end`. Every slot that covers the need is in that range; a slot in that range that
 * starts after the need is the only kind of item read in vain besides those the engine rejects.
 */
export const CANDIDATE_BUCKET_MINUTES = 120;
/** Bump when the item layout changes: the projector rewrites items of another layout. */
export const CANDIDATE_LAYOUT = 2;
/** Stands for "no required skill" in a partition key. */
export const ANY_SKILL = '*';
export const CANDIDATE_PREFIX = 'CAND#';

export type CandidatePool = 'A' | 'M';

/**
 * The items a volunteer's candidate items are projected from: a change to one of them (seen on
 * the table's stream) means re-projecting that volunteer. CDK filters the stream on these too.
 */
export const CANDIDATE_SOURCE_SORT_KEYS = ['PROFILE', 'SAFEGUARDING'] as const;

/** The volunteer whose candidate items an item with these keys feeds, if any. */
export function candidateSourceOf(keys: { pk?: string | undefined; sk?: string | undefined }): string | undefined {
  if (!keys.pk?.startsWith('VOLUNTEER#')) return undefined;
  if (!(CANDIDATE_SOURCE_SORT_KEYS as readonly (string | undefined)[]).includes(keys.sk)) return undefined;
  return keys.pk.slice('VOLUNTEER#'.length);
}

export interface CandidatePartition {
  pool: CandidatePool;
  quarter: string;
  weekday: Weekday;
  bucket: number;
  skill: string;
}

const bucketLabel = (bucket: number) => String(bucket).padStart(2, '0');

/** The GSI1 partition key of a candidate partition. */
export const candidatePartitionKey = (p: CandidatePartition) =>
  `${CANDIDATE_PREFIX}${p.pool}#${p.quarter}#${p.weekday}#${bucketLabel(p.bucket)}#${p.skill}`;

/** Time buckets (of {@link CANDIDATE_BUCKET_MINUTES}) that a slot `[start, end)` touches. */
export function slotBuckets(start: string, end: string): number[] {
  const first = Math.floor(minutesOfDay(start) / CANDIDATE_BUCKET_MINUTES);
  const last = Math.floor((minutesOfDay(end) - 1) / CANDIDATE_BUCKET_MINUTES);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Whether a check could make the volunteer eligible for work with minors on some day from
 * `today` on: no conviction, the certificate fresh at inspection, the inspection not yet too old.
 * Matching still checks it against every date of a need; this only decides the pool.
 */
export function checkMayCount(facts: SafeguardingFacts, today: string, context: ConstraintContext): boolean {
  const day = today < facts.inspectedOn ? facts.inspectedOn : today;
  return safeguardingValidOn(facts, day, context.policy);
}

type Item = Record<string, unknown>;

/**
 * The candidate index items of a profile: none for a paused profile or one without the current
 * consent (matching would exclude them anyway, so the index stays sparse). Pure: the projector
 * writes exactly these, and the bench seeds them.
 *
 * @param facts the live safeguarding facts, if any
 * @param today the Berlin date the pool decision is made on
 */
export function candidateItems(
  profile: VolunteerProfile,
  facts: SafeguardingFacts | undefined,
  context: ConstraintContext,
  today: string,
): Item[] {
  if (profile.paused || profile.consent.version !== context.consentVersion) return [];
  const pools: CandidatePool[] = facts && checkMayCount(facts, today, context) ? ['A', 'M'] : ['A'];
  const skills = [ANY_SKILL, ...profile.skills];
  const projection = matchingProfile(profile);
  const pk = `VOLUNTEER#${profile.volunteerId}`;
  const items: Item[] = [];
  for (const pool of pools)
    for (const quarter of membershipQuarters(profile.quarters))
      for (const slot of profile.weeklySlots)
        for (const bucket of slotBuckets(slot.start, slot.end))
          for (const skill of skills) {
            const partition = candidatePartitionKey({ pool, quarter, weekday: slot.weekday, bucket, skill });
            items.push({
              [TABLE.partitionKey]: pk,
              // Slots of one weekday never overlap, so the start tells them apart.
              [TABLE.sortKey]: `${partition}#${slot.start}`,
              GSI1PK: partition,
              GSI1SK: `${slot.end}#${profile.volunteerId}`,
              type: 'Candidate',
              layout: CANDIDATE_LAYOUT,
              profileVersion: profile.version,
              profile: projection,
            });
          }
  return items;
}

/** What to read for a need: one group of partitions per way to narrow it, and the end bound. */
export interface CandidateQuery {
  /**
   * One entry per required skill (or one `*` entry when there is none): the partitions (the
   * need's quarter and `*`) that hold every volunteer who may have that skill. Each entry alone
   * already holds every eligible volunteer, so reading the smallest suffices.
   */
  groups: { skill: string; partitionKeys: string[] }[];
  /** Inclusive lower bound of GSI1SK: slots must end at or after the need's end. */
  fromSortKey: string;
}

/**
 * The partitions and range that hold every volunteer who can be eligible for `need`. Every date
 * of a need shares its weekday and time window, and a volunteer can come on a date only with a
 * slot of that weekday holding that window: so whoever can come to any share of the dates, or to
 * one cover date, is in these partitions. The share of dates and a single cover date are judged
 * after the read (date range and blackouts are not in the key). With
 * `withoutCheck`, a need with minors is read in pool `A` too, so that those who lack only a
 * valid safeguarding check are found (a manager can ask them for one).
 */
export function candidateQuery(need: MatchingNeed, options: { withoutCheck?: boolean } = {}): CandidateQuery {
  const { schedule } = need;
  const pool: CandidatePool = need.involvesMinors && !options.withoutCheck ? 'M' : 'A';
  const weekday = scheduleWeekday(schedule);
  const bucket = Math.floor(minutesOfDay(schedule.start) / CANDIDATE_BUCKET_MINUTES);
  const skills = need.requiredSkills.length > 0 ? [...new Set(need.requiredSkills)].sort() : [ANY_SKILL];
  return {
    groups: skills.map((skill) => ({
      skill,
      partitionKeys: [need.quarterId, ALL_QUARTERS].map((quarter) =>
        candidatePartitionKey({ pool, quarter, weekday, bucket, skill }),
      ),
    })),
    fromSortKey: schedule.end,
  };
}
