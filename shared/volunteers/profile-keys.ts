import { TABLE } from '../db/table.ts';
import type { MatchingProfile } from '../matching/types.ts';
import type { VolunteerProfile } from './schemas.ts';

/** Key layout of volunteer items (see docs/access-patterns.md). */
export const profileKey = (volunteerId: string) => ({
  [TABLE.partitionKey]: `VOLUNTEER#${volunteerId}`,
  [TABLE.sortKey]: 'PROFILE',
});

/** `all` is stored as the pseudo-quarter `*`, so "every quarter" is one index partition. */
export const ALL_QUARTERS = '*';

export function membershipQuarters(quarters: 'all' | string[]): string[] {
  return quarters === 'all' ? [ALL_QUARTERS] : quarters;
}

/** The partition of the candidate index for a quarter (or `*`) and a weekday. */
export const candidatePartition = (quarter: string, weekday: string) => `CAND#${quarter}#${weekday}`;

/** What matching reads of a profile: copied onto every candidate index item. */
export function matchingProfile(profile: VolunteerProfile): MatchingProfile {
  return {
    volunteerId: profile.volunteerId,
    firstName: profile.firstName,
    paused: profile.paused,
    consentVersion: profile.consent.version,
    quarters: profile.quarters,
    skills: profile.skills,
    languages: profile.languages,
    weeklySlots: profile.weeklySlots,
    availableFrom: profile.availableFrom,
    availableUntil: profile.availableUntil,
    blackouts: profile.blackouts,
    maxHoursPerMonth: profile.maxHoursPerMonth,
  };
}

type Item = Record<string, unknown>;

/**
 * The index items that live beside a profile, all in the volunteer's partition:
 * - one membership per quarter (`GSI1PK = QUARTER#<q>`): managers list volunteers by quarter;
 * - one candidate item per quarter × weekday the volunteer has a slot on
 *   (`GSI1PK = CAND#<q>#<weekday>`), carrying the matching projection. Matching reads a need's
 *   quarter and weekday (plus `*` for "all quarters"), so what it reads grows with the plausible
 *   candidates — the people of that quarter free on that weekday — not with the city.
 */
export function indexItems(profile: VolunteerProfile): Item[] {
  const { volunteerId } = profile;
  const pk = `VOLUNTEER#${volunteerId}`;
  const quarters = membershipQuarters(profile.quarters);
  const weekdays = [...new Set(profile.weeklySlots.map((slot) => slot.weekday))].sort();
  const projection = matchingProfile(profile);
  return [
    ...quarters.map((quarter) => ({
      [TABLE.partitionKey]: pk,
      [TABLE.sortKey]: `QUARTER#${quarter}`,
      GSI1PK: `QUARTER#${quarter}`,
      GSI1SK: `VOLUNTEER#${volunteerId}`,
      type: 'QuarterMembership',
      volunteerId,
    })),
    ...quarters.flatMap((quarter) =>
      weekdays.map((weekday) => ({
        [TABLE.partitionKey]: pk,
        [TABLE.sortKey]: `CAND#${quarter}#${weekday}`,
        GSI1PK: candidatePartition(quarter, weekday),
        GSI1SK: `VOLUNTEER#${volunteerId}`,
        type: 'Candidate',
        profile: projection,
        profileVersion: profile.version,
      })),
    ),
  ];
}

export const keyOf = (item: Item) => ({
  [TABLE.partitionKey]: item[TABLE.partitionKey],
  [TABLE.sortKey]: item[TABLE.sortKey],
});
