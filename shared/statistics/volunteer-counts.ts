/**
 * What one volunteer contributes to the statistics (pure): per quarter and Berlin month the dates
 * they were due at (`due@end`), the minutes of those they came to (`minutes@end`), no-shows
 * (`noShows@end`), whether they were active (`active@end` at the end of their first date done in
 * that month, with `activeLanguage:<code>@end` per language they speak) and, by the month their
 * safeguarding check stops counting, `checksDue` for each quarter they help in (`*`: all).
 */
import type { Commitment, SafeguardingFacts } from '../matching/types.ts';
import { addMonths, addYears, monthOf } from '../time/calendar.ts';
import { add, type Counts, cellOf, endKey } from './counts.ts';

export interface VolunteerFacts {
  commitments: Commitment[];
  /** The quarter a venue belongs to (undefined: unknown venue, not counted). */
  quarterOfVenue: (venueId: string) => string | undefined;
  /** Language codes the volunteer speaks. */
  languages: string[];
  /** The quarters they help in (`all`: every quarter, counted as `*`). */
  quarters: string[] | 'all';
  safeguarding?: SafeguardingFacts | undefined;
  policy: { inspectionValidYears: number; certificateMaxAgeMonths: number };
}

/** The quarter id the statistics keep volunteers of every quarter under. */
export const EVERY_QUARTER = '*';

/** The last day a check counts, if it counts at all (see shared/matching/availability.ts). */
export function checkValidUntil(facts: SafeguardingFacts, policy: VolunteerFacts['policy']): string | undefined {
  if (facts.relevantConviction || facts.issuedOn > facts.inspectedOn) return undefined;
  if (addMonths(facts.issuedOn, policy.certificateMaxAgeMonths) < facts.inspectedOn) return undefined;
  return addYears(facts.inspectedOn, policy.inspectionValidYears);
}

/** A volunteer's counts; no name, no id: the snapshot that holds them is keyed by the volunteer. */
export function volunteerCounts(facts: VolunteerFacts): Counts {
  const counts: Counts = {};
  const firstDone = new Map<string, string>();
  for (const commitment of facts.commitments) {
    const quarterId = facts.quarterOfVenue(commitment.venueId);
    if (quarterId === undefined) continue;
    const noShows = new Set(commitment.noShows ?? []);
    for (const occurrence of commitment.occurrences) {
      const cell = cellOf(quarterId, monthOf(occurrence.date));
      const key = endKey(occurrence.date, occurrence.end);
      add(counts, cell, `due@${key}`);
      if (noShows.has(occurrence.date)) {
        add(counts, cell, `noShows@${key}`);
        continue;
      }
      add(counts, cell, `minutes@${key}`, occurrence.end - occurrence.start);
      const first = firstDone.get(cell);
      if (first === undefined || key < first) firstDone.set(cell, key);
    }
  }
  for (const [cell, key] of firstDone) {
    add(counts, cell, `active@${key}`);
    for (const code of new Set(facts.languages)) add(counts, cell, `activeLanguage:${code}@${key}`);
  }
  const validUntil = facts.safeguarding && checkValidUntil(facts.safeguarding, facts.policy);
  if (validUntil) {
    const quarters = facts.quarters === 'all' ? [EVERY_QUARTER] : facts.quarters;
    for (const quarterId of quarters) add(counts, cellOf(quarterId, monthOf(validUntil)), 'checksDue');
  }
  return counts;
}
