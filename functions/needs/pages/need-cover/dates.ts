import { rosterMatches } from '../../../../shared/matches/cover.ts';
import { type RosterDate, roster } from '../../../../shared/matches/roster.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { berlinInstant } from '../../../../shared/time/berlin-instant.ts';

export const startOf = (entry: Pick<RosterDate, 'date' | 'start'>) => berlinInstant(entry.date, entry.start).getTime();

/** The need's dates still ahead that have a place open, with who is asked to cover them. */
export function datesWithGap(need: Need, matches: Match[], now: Date): RosterDate[] {
  if ((need.status !== 'open' && need.status !== 'filled') || need.schedule.kind !== 'weekly') return [];
  return roster(need, rosterMatches(matches, now, need)).filter(
    (entry) => entry.open > 0 && startOf(entry) > now.getTime(),
  );
}
