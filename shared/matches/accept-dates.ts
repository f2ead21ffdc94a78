/**
 * The dates an acceptance commits a volunteer to (DESIGN.md, "Series and cover"): every remaining
 * date of the need less the volunteer's absences, known at that moment. Pure ("now" passed in).
 */
import { occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { berlinInstant } from '../time/berlin-instant.ts';
import { type RosterMatch, roster } from './roster.ts';
import type { Absence } from './schemas.ts';

export interface AcceptedDates {
  /** The dates the volunteer comes to. */
  dates: string[];
  /** The remaining dates they do not come to, and why. */
  absences: Absence[];
}

/**
 * What accepting a need commits the volunteer to. A one-off need: its one date. A weekly need:
 * its dates still to start after `now`, less those the volunteer's availability does not cover
 * (`unavailable`, from the eligibility check) and less those whose every place others already
 * take (cover accepted for that date: `taken`). `others` are the need's other matches (effective
 * states); the volunteer's own series match is left out of the count.
 */
export function acceptedDates(
  need: Pick<Need, 'schedule' | 'places'>,
  volunteerId: string,
  context: { now: Date; unavailable?: readonly string[] | undefined; others?: readonly RosterMatch[] | undefined },
): AcceptedDates {
  const { schedule } = need;
  if (schedule.kind === 'once') return { dates: [schedule.date], absences: [] };
  const unavailable = new Set(context.unavailable ?? []);
  const others = (context.others ?? []).filter(
    (match) => match.volunteerId !== volunteerId || match.date !== undefined,
  );
  const full = new Set(
    roster(need, others)
      .filter((entry) => entry.coming.length >= need.places)
      .map((entry) => entry.date),
  );
  const result: AcceptedDates = { dates: [], absences: [] };
  for (const occurrence of occurrences(schedule)) {
    if (berlinInstant(occurrence.date, occurrence.start).getTime() <= context.now.getTime()) continue;
    if (unavailable.has(occurrence.date)) result.absences.push({ date: occurrence.date, kind: 'unavailable' });
    else if (full.has(occurrence.date)) result.absences.push({ date: occurrence.date, kind: 'taken' });
    else result.dates.push(occurrence.date);
  }
  return result;
}
