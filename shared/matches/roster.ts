/**
 * Who comes on which date of a need: places are counted per occurrence (DESIGN.md, "Series and
 * cover"). Pure, derived from the need's matches, so it can never drift from them. Steps that
 * change who comes on a date pin the need's `rosterVersion` as read and count it up in their
 * transaction: of two steps computed from the same roster one wins, the other reads again, so no
 * date is ever over-filled.
 */
import { type Occurrence, occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import type { Absence, Match } from './schemas.ts';

/** What says which dates a match concerns: its cover date, committed dates and absences. */
export type DatedMatch = Partial<Pick<Match, 'date' | 'dates' | 'absences'>>;

/** What the roster reads of a match (its effective state as `status`). */
export type RosterMatch = Pick<Match, 'volunteerId' | 'status' | 'firstName'> & DatedMatch;

export interface RosterDate extends Occurrence {
  /** Volunteers who come: series commitments not absent that day, and accepted cover. */
  coming: { volunteerId: string; firstName: string; cover: boolean }[];
  /** Series volunteers who do not come that day, and why. */
  absent: { volunteerId: string; firstName: string; kind: Absence['kind'] }[];
  /** Cover invitations still open for the date. */
  invited: { volunteerId: string; firstName: string }[];
  /** Places still free: the need's places less those coming (never below 0). */
  open: number;
}

/**
 * The dates an accepted match commits its volunteer to: a cover match its one date; a series the
 * dates fixed at acceptance (`dates`), or, for commitments made before dates were recorded, every
 * date of the need less absences.
 */
export function comingDates(match: DatedMatch, schedule: Need['schedule']): string[] {
  if (match.date !== undefined) return [match.date];
  const absent = new Set((match.absences ?? []).map((absence) => absence.date));
  const dates = match.dates ?? occurrences(schedule).map((occurrence) => occurrence.date);
  return dates.filter((date) => !absent.has(date));
}

/** Every date of the need with who comes, who is absent, who is asked to cover, and the places open. */
export function roster(need: Pick<Need, 'schedule' | 'places'>, matches: RosterMatch[]): RosterDate[] {
  const dates = occurrences(need.schedule).map(
    (occurrence): RosterDate => ({ ...occurrence, coming: [], absent: [], invited: [], open: need.places }),
  );
  const byDate = new Map(dates.map((entry) => [entry.date, entry]));
  for (const match of matches) {
    const person = { volunteerId: match.volunteerId, firstName: match.firstName };
    if (match.status === 'invited' && match.date !== undefined) byDate.get(match.date)?.invited.push(person);
    if (match.status !== 'accepted') continue;
    for (const date of comingDates(match, need.schedule))
      byDate.get(date)?.coming.push({ ...person, cover: match.date !== undefined });
    for (const absence of match.date === undefined ? (match.absences ?? []) : [])
      byDate.get(absence.date)?.absent.push({ ...person, kind: absence.kind });
  }
  for (const entry of dates) {
    entry.open = Math.max(0, need.places - entry.coming.length);
    // By name, as a manager reads a list; not by the order of ids in the table.
    for (const people of [entry.coming, entry.absent, entry.invited]) people.sort(byName);
  }
  return dates;
}

const byName = (a: { firstName: string; volunteerId: string }, b: { firstName: string; volunteerId: string }) =>
  a.firstName.localeCompare(b.firstName, 'de') || a.volunteerId.localeCompare(b.volunteerId);

/** How many come on one date (0 for a date that is not one of the need's). */
export function comingOn(need: Pick<Need, 'schedule' | 'places'>, matches: RosterMatch[], date: string): number {
  return roster(need, matches).find((entry) => entry.date === date)?.coming.length ?? 0;
}
