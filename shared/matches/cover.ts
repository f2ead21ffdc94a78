/**
 * Cover: a match for one date of a series (DESIGN.md, "Series and cover"). Pure helpers the
 * planner, the service and the pages share: the date as a schedule of its own, and what the date's
 * roster says about a volunteer.
 */
import type { Schedule } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { effectiveState } from './lifecycle.ts';
import { type RosterDate, type RosterMatch, roster } from './roster.ts';
import type { Match } from './schemas.ts';
import type { CoverFacts } from './step-decision.ts';

/** One date of a schedule as a schedule of its own: what reminders and matching of a cover concern. */
export function onDateSchedule(schedule: Schedule, date: string): Schedule {
  return { kind: 'once', date, start: schedule.start, end: schedule.end };
}

/** The matches as the roster reads them: effective states (an invitation past its expiry is no longer out). */
export function rosterMatches(matches: Match[], now: Date, need: Pick<Need, 'fillRound'>): RosterMatch[] {
  return matches.map((match) => ({ ...match, status: effectiveState(match, now, need) as Match['status'] }));
}

/** The roster entry of one date, if it is one of the need's dates. */
export function rosterOn(
  need: Pick<Need, 'schedule' | 'places'>,
  matches: RosterMatch[],
  date: string,
): RosterDate | undefined {
  return roster(need, matches).find((entry) => entry.date === date);
}

/** What a cover step for `volunteerId` on `date` reads of the roster (see step-decision.ts). */
export function coverFacts(
  need: Pick<Need, 'schedule' | 'places'>,
  matches: RosterMatch[],
  volunteerId: string,
  date: string,
): CoverFacts {
  const entry = rosterOn(need, matches, date);
  return {
    open: entry?.open ?? 0,
    comesInSeries: entry?.coming.some((person) => person.volunteerId === volunteerId && !person.cover) ?? false,
  };
}
