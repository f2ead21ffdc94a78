import { TABLE } from '../db/table.ts';

/** Key layout of volunteer items (see docs/access-patterns.md). */
export const profileKey = (volunteerId: string) => ({
  [TABLE.partitionKey]: `VOLUNTEER#${volunteerId}`,
  [TABLE.sortKey]: 'PROFILE',
});

/** `all` is stored as the pseudo-quarter `*`, so "every quarter" is one index partition. */
export const ALL_QUARTERS = '*';

export const membershipKey = (volunteerId: string, quarter: string) => ({
  [TABLE.partitionKey]: `VOLUNTEER#${volunteerId}`,
  [TABLE.sortKey]: `QUARTER#${quarter}`,
});

export const membershipItem = (volunteerId: string, quarter: string) => ({
  ...membershipKey(volunteerId, quarter),
  GSI1PK: `QUARTER#${quarter}`,
  GSI1SK: `VOLUNTEER#${volunteerId}`,
  type: 'QuarterMembership',
  volunteerId,
});

export function membershipQuarters(quarters: 'all' | string[]): string[] {
  return quarters === 'all' ? [ALL_QUARTERS] : quarters;
}
