import { TABLE } from '../db/table.ts';
import { addDays } from '../time/calendar.ts';
import type { Need } from './schemas.ts';

/**
 * The needs whose waiting list the scheduled sweep runs: one small item per need with automatic
 * cover on and open or filled, `PK = AUTOCOVER`, `SK = NEED#<needId>`, written and removed in the
 * need's own transaction, so the job reads them by key (one Query), never by Scan. It expires two
 * days after the need's last date (the TTL) and is filtered by that date on read.
 */
export const AUTO_COVER_PARTITION = 'AUTOCOVER';

export const autoCoverKey = (needId: string) => ({
  [TABLE.partitionKey]: AUTO_COVER_PARTITION,
  [TABLE.sortKey]: `NEED#${needId}`,
});

/** Whether the need belongs in the sweep's list. */
export const sweptNeed = (need: Pick<Need, 'autoCover' | 'status'>): boolean =>
  (need.autoCover?.mode ?? 'off') !== 'off' && (need.status === 'open' || need.status === 'filled');

export function autoCoverItem(need: Pick<Need, 'needId' | 'schedule'>) {
  const { schedule } = need;
  const lastDate = schedule.kind === 'once' ? schedule.date : schedule.lastDate;
  return {
    ...autoCoverKey(need.needId),
    type: 'AutoCoverNeed',
    needId: need.needId,
    lastDate,
    [TABLE.timeToLiveAttribute]: Math.floor(Date.parse(`${addDays(lastDate, 2)}T00:00:00Z`) / 1000),
  };
}
