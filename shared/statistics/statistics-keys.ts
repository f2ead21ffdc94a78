import { TABLE } from '../db/table.ts';

/** One counter item per quarter and Berlin month: counts only, no ids of people. */
export const counterKey = (quarterId: string, month: string) => ({
  [TABLE.partitionKey]: `STATS#${quarterId}`,
  [TABLE.sortKey]: `MONTH#${month}`,
});

/** What a source contributed so far, in its own partition (a volunteer's goes with their erasure). */
export const volunteerSnapshotKey = (volunteerId: string) => ({
  [TABLE.partitionKey]: `VOLUNTEER#${volunteerId}`,
  [TABLE.sortKey]: 'STATS',
});

export const needSnapshotKey = (needId: string) => ({
  [TABLE.partitionKey]: `NEED#${needId}`,
  [TABLE.sortKey]: 'STATS',
});

/** The sort keys of the items the statistics are counted from (the stream consumer's filter). */
export const STATISTICS_SOURCE_SORT_KEYS = ['PROFILE', 'LEDGER', 'SAFEGUARDING', 'NEED'] as const;
