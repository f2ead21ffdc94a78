import { TABLE } from '../db/table.ts';

/**
 * Key layout of a person's sign-in activity (docs/access-patterns.md): one item per account,
 * filed in GSI1 under the month of the last sign-in, so the inactivity job reads the accounts
 * due in a month by key. A sign-in rewrites GSI1PK/GSI1SK, which moves the item in the index.
 */
export const activityKey = (userId: string) => ({
  [TABLE.partitionKey]: `ACCOUNT#${userId}`,
  [TABLE.sortKey]: 'ACTIVITY',
});

export const ACTIVITY_MONTH_PREFIX = 'ACTIVITY#';

/** `2026-11` of an ISO instant (UTC). */
export const monthOf = (iso: string) => iso.slice(0, 7);

export function activityIndexKeys(userId: string, lastSignInAt: string) {
  return { GSI1PK: `${ACTIVITY_MONTH_PREFIX}${monthOf(lastSignInAt)}`, GSI1SK: `${lastSignInAt}#${userId}` };
}

/** The instant `months` calendar months before `now` (UTC; the day is clamped to the month's end). */
export function monthsBefore(now: Date, months: number): Date {
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  target.setUTCHours(now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds());
  return target;
}

/** Every month from `first` to `last` (both `yyyy-mm`, inclusive), oldest first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** Erasures under way (`ErasureRequest`): written first, deleted last; the job finishes any left. */
export const erasureKey = (userId: string) => ({
  [TABLE.partitionKey]: `ERASURE#${userId}`,
  [TABLE.sortKey]: 'ERASURE',
});
export const ERASURES_INDEX_KEY = 'ERASURES';
