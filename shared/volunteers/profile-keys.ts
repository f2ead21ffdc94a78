import { TABLE } from '../db/table.ts';
import type { MatchingProfile } from '../matching/types.ts';
import type { VolunteerProfile } from './schemas.ts';
import { searchName } from './search-name.ts';

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

/** What matching reads of a profile: copied onto every candidate index item (shared/candidates). */
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
 * The quarter memberships of a profile (`GSI1PK = QUARTER#<q>`), one per quarter it helps in,
 * in the volunteer's partition: managers list volunteers by quarter. Written in the profile's own
 * transaction. The candidate index for matching is projected from the profile asynchronously
 * (shared/candidates), because its size depends on skills and slots.
 *
 * Each carries what the managers' volunteer search shows and filters on (name, skills, language
 * codes, the profile's quarters, paused), and sorts by the searchable name (`NAME#<first last>#<sub>`),
 * so that a name prefix is read by key (shared/manager-desk/directory-repository.ts).
 */
export function indexItems(profile: VolunteerProfile): Item[] {
  const { volunteerId } = profile;
  return membershipQuarters(profile.quarters).map((quarter) => ({
    [TABLE.partitionKey]: `VOLUNTEER#${volunteerId}`,
    [TABLE.sortKey]: `QUARTER#${quarter}`,
    GSI1PK: `QUARTER#${quarter}`,
    GSI1SK: `${MEMBER_SORT_PREFIX}${searchName(`${profile.firstName} ${profile.lastName}`)}#${volunteerId}`,
    type: 'QuarterMembership',
    volunteerId,
    firstName: profile.firstName,
    lastName: profile.lastName,
    skills: profile.skills,
    languageCodes: profile.languages.map((language) => language.code),
    quarters: profile.quarters,
    paused: profile.paused,
  }));
}

/** Bump when the memberships' attributes change: the local platform rewrites older ones at start. */
export const MEMBERSHIP_LAYOUT = 2;

/** The sort key prefix of quarter memberships: the searchable name follows. */
export const MEMBER_SORT_PREFIX = 'NAME#';

export const keyOf = (item: Item) => ({
  [TABLE.partitionKey]: item[TABLE.partitionKey],
  [TABLE.sortKey]: item[TABLE.sortKey],
});

/**
 * One agreement to a consent version (`SK = CONSENT#<acceptedAt>#<version>`), kept for the
 * export: the profile holds only the current one. Written in the profile's transaction whenever
 * its consent changes; deleted with the volunteer's partition.
 */
export function consentItem(profile: VolunteerProfile): Item {
  const { version, acceptedAt } = profile.consent;
  return {
    [TABLE.partitionKey]: `VOLUNTEER#${profile.volunteerId}`,
    [TABLE.sortKey]: `CONSENT#${acceptedAt}#${version}`,
    type: 'ConsentRecord',
    volunteerId: profile.volunteerId,
    version,
    acceptedAt,
  };
}
