import type * as z from 'zod/mini';
import { type RosterMatch, roster } from '../../shared/matches/roster.ts';
import type { Need } from '../../shared/needs/schemas.ts';
import type { RosterEntry } from './contract.ts';

/** The need's roster as the API gives it to managers: times as the need states them (HH:MM, Berlin). */
export function rosterEntries(
  need: Pick<Need, 'schedule' | 'places'>,
  matches: readonly RosterMatch[],
): z.infer<typeof RosterEntry>[] {
  const { start, end } = need.schedule;
  return roster(need, [...matches]).map((entry) => ({
    date: entry.date,
    start,
    end,
    coming: entry.coming,
    absent: entry.absent,
    invited: entry.invited,
    open: entry.open,
  }));
}
