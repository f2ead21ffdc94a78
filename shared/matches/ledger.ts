import { hasEnded } from '../matching/done-hours.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { Commitment } from '../matching/types.ts';
import { addMonths, berlinDate } from '../time/calendar.ts';
import { withNoShowDate } from './attendance.ts';
import { comingDates, type DatedMatch } from './roster.ts';
import type { Match } from './schemas.ts';

/**
 * A volunteer's ledger: their accepted and completed commitments with every occurrence. It is
 * what overlap, hour cap, continuity and fair spread are judged on, and it changes in the same
 * transaction as the match, conditioned on its version, so two accepts cannot double-book.
 */
export interface Ledger {
  volunteerId: string;
  commitments: Commitment[];
  version: number;
}

export const emptyLedger = (volunteerId: string): Ledger => ({ volunteerId, commitments: [], version: 0 });

/** Completed help older than this no longer counts for anything and is dropped from the ledger. */
const KEEP_MONTHS = 13;

/**
 * The ledger with the match's commitment put in (or replaced): only the occurrences the volunteer
 * comes to (see roster.ts `comingDates`), so absences neither block other dates nor count for the
 * hour cap. A cover commitment (one date) stands beside the series commitment of the same need.
 */
export function withCommitment(
  ledger: Ledger,
  match: Pick<Match, 'needId' | 'venueId' | 'schedule'> & DatedMatch,
  status: Commitment['status'],
  today: string,
): Ledger {
  const sameCommitment = (commitment: Commitment) =>
    commitment.needId === match.needId && commitment.date === match.date;
  const others = ledger.commitments.filter((commitment) => !sameCommitment(commitment));
  // Completing a commitment keeps the dates marked as no-show: the volunteer did not come to them.
  const noShows = ledger.commitments.find(sameCommitment)?.noShows;
  const coming = new Set(comingDates(match, match.schedule));
  const commitment: Commitment = {
    needId: match.needId,
    ...(match.date !== undefined && { date: match.date }),
    venueId: match.venueId,
    status,
    occurrences: occurrences(match.schedule).filter((occurrence) => coming.has(occurrence.date)),
    ...(noShows?.length && { noShows }),
  };
  return { ...ledger, commitments: prune([...others, commitment], today), version: ledger.version + 1 };
}

/**
 * The ledger with one date of a commitment marked as no-show (`noShow`) or not: the commitment of
 * the need that lists the date. Undefined when the volunteer is not committed to that date.
 */
export function withNoShow(ledger: Ledger, needId: string, date: string, noShow: boolean): Ledger | undefined {
  const index = ledger.commitments.findIndex(
    (commitment) => commitment.needId === needId && commitment.occurrences.some((o) => o.date === date),
  );
  const commitment = ledger.commitments[index];
  if (!commitment) return undefined;
  const noShows = withNoShowDate(commitment.noShows, date, noShow);
  const { noShows: _, ...rest } = commitment;
  const next: Commitment = noShows.length > 0 ? { ...rest, noShows } : rest;
  const commitments = ledger.commitments.map((c, i) => (i === index ? next : c));
  return { ...ledger, commitments, version: ledger.version + 1 };
}

/**
 * The ledger when a commitment ends early (withdrawn, cancelled): the dates already over stay, as
 * completed help (their hours were done and keep counting for the cap, the fair spread and
 * continuity); the dates still ahead go. A commitment with nothing over yet goes entirely. With
 * `date`, the cover commitment on that date.
 */
export function withoutDatesAhead(ledger: Ledger, needId: string, now: Date, date?: string): Ledger {
  const today = berlinDate(now);
  const commitments = ledger.commitments.flatMap((commitment): Commitment[] => {
    if (commitment.needId !== needId || commitment.date !== date) return [commitment];
    const over = commitment.occurrences.filter((occurrence) => hasEnded(occurrence, now, today));
    if (over.length === 0) return [];
    const { noShows, ...rest } = commitment;
    const kept = noShows?.filter((date) => over.some((occurrence) => occurrence.date === date)) ?? [];
    return [{ ...rest, status: 'completed', occurrences: over, ...(kept.length > 0 && { noShows: kept }) }];
  });
  return { ...ledger, commitments: prune(commitments, today), version: ledger.version + 1 };
}

function prune(commitments: Commitment[], today: string): Commitment[] {
  const cutoff = addMonths(today, -KEEP_MONTHS);
  return commitments.filter((commitment) => commitment.occurrences.some((occurrence) => occurrence.date >= cutoff));
}
