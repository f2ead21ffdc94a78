import { TABLE } from '../db/table.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { Need } from './schemas.ts';

/** A need, its matches, invitations and history share one partition: one query reads them all. */
export const needPartition = (needId: string) => `NEED#${needId}`;

export const needKey = (needId: string) => ({ [TABLE.partitionKey]: needPartition(needId), [TABLE.sortKey]: 'NEED' });

/** The first date a need happens on (for ordering lists). */
export function firstDate(need: Pick<Need, 'schedule'>): string {
  return (
    occurrences(need.schedule)[0]?.date ??
    (need.schedule.kind === 'once' ? need.schedule.date : need.schedule.firstDate)
  );
}

/** Needs by quarter: `GSI1PK = NEEDS#<quarter>`, sorted by status, then date. */
export function needIndexKeys(need: Need) {
  return { GSI1PK: `NEEDS#${need.quarterId}`, GSI1SK: `${need.status}#${firstDate(need)}#${need.needId}` };
}

export function needItem(need: Need) {
  return { ...needKey(need.needId), ...needIndexKeys(need), type: 'Need', ...need };
}
