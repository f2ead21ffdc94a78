import { TABLE } from '../db/table.ts';
import type { Notice } from './notice.ts';

/**
 * A scheduled notice waiting for its time: the schedule index the notice job reads by key.
 * `PK = DUE#<YYYY-MM-DD of dueAt, UTC>`, `SK = <dueAt ISO>#<kind>#<needId>#<volunteerId or ->#<date or expiry>`,
 * type `DueNotice`; TTL a few days after `dueAt`. The sort key starts with the due time, so a
 * window of time is one key range per day.
 */
export interface DueNotice extends Pick<Notice, 'kind' | 'needId' | 'volunteerId' | 'date' | 'inviteExpiresAt'> {
  /** When it is to fire (ISO, UTC, `toISOString()`'s fixed width: sorts as it compares). */
  dueAt: string;
}

export const DUE_PREFIX = 'DUE#';
export const DUE_TYPE = 'DueNotice';
/** Due items outlive their time by this long: DynamoDB's TTL sweep removes them afterwards. */
export const DUE_KEEP_DAYS = 3;

/** The partition of the due items of a UTC day (YYYY-MM-DD). */
export const duePartition = (day: string) => `${DUE_PREFIX}${day}`;

export function dueSortKey(due: DueNotice): string {
  return `${due.dueAt}#${due.kind}#${due.needId}#${due.volunteerId ?? '-'}#${due.date ?? due.inviteExpiresAt ?? '-'}`;
}

export function dueKey(due: DueNotice) {
  return { [TABLE.partitionKey]: duePartition(due.dueAt.slice(0, 10)), [TABLE.sortKey]: dueSortKey(due) };
}

export function dueItem(due: DueNotice) {
  return {
    ...dueKey(due),
    type: 'DueNotice',
    ...due,
    [TABLE.timeToLiveAttribute]: Math.floor(Date.parse(due.dueAt) / 1000) + DUE_KEEP_DAYS * 86_400,
  };
}

/** What one step adds to and removes from the schedule. */
export interface DueChanges {
  put: DueNotice[];
  remove: DueNotice[];
}

export const NO_DUE_CHANGES: DueChanges = { put: [], remove: [] };
