/**
 * Cover: a match for one date of a series (DESIGN.md, "Series and cover"). Pure helpers the
 * planner, the service and the pages share: the date as a schedule of its own, and what the date's
 * roster says about a volunteer.
 */
import { NotFoundError } from '../errors/index.ts';
import { occurrences, type Schedule } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { berlinInstant } from '../time/berlin-instant.ts';
import { effectiveState } from './lifecycle.ts';
import { type RosterDate, type RosterMatch, roster } from './roster.ts';
import type { Match } from './schemas.ts';
import type { CoverFacts } from './step-decision.ts';
import { refusalError } from './step-refusal.ts';

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
    declaredAbsent: declaredAbsentees(entry).has(volunteerId),
  };
}

/** Members of the series who said they cannot come on the date: cover does not ask them for it. */
export function declaredAbsentees(entry: RosterDate | undefined): Set<string> {
  return new Set((entry?.absent ?? []).filter((person) => person.kind === 'declared').map((p) => p.volunteerId));
}

/** The effective state of each volunteer's series match (cover matches left out): what the need's candidates show. */
export function seriesStates(matches: Match[], now: Date, need: Pick<Need, 'fillRound'>): Record<string, string> {
  return Object.fromEntries(
    matches
      .filter((match) => match.date === undefined)
      .map((match) => [match.volunteerId, effectiveState(match, now, need)]),
  );
}

/**
 * The effective state of each volunteer's cover match for `date`, and `accepted` for the members of
 * the series who come that date: what a date's cover candidates show (and who is not asked).
 */
export function coverStates(
  matches: Match[],
  now: Date,
  need: Pick<Need, 'schedule' | 'places' | 'fillRound'>,
  date: string,
): Record<string, string> {
  const states: Record<string, string> = {};
  for (const person of rosterOn(need, rosterMatches(matches, now, need), date)?.coming ?? [])
    if (!person.cover) states[person.volunteerId] = 'accepted';
  for (const match of matches) if (match.date === date) states[match.volunteerId] = effectiveState(match, now, need);
  return states;
}

/** A cover date must be one of the need's dates, not yet started: else 404 (no such date) or 409. */
export function assertDateAhead(need: Pick<Need, 'schedule'>, date: string, now: Date): void {
  // Cover is for a date of a series; a one-off need's one place is the need's own.
  const occurrence =
    need.schedule.kind === 'weekly' ? occurrences(need.schedule).find((entry) => entry.date === date) : undefined;
  if (!occurrence) throw new NotFoundError('Occurrence');
  if (berlinInstant(date, occurrence.start).getTime() <= now.getTime()) throw refusalError('date_passed', 'none');
}
