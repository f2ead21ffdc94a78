import { occurrences } from '../matching/occurrences.ts';
import type { Commitment } from '../matching/types.ts';
import { addMonths } from '../time/calendar.ts';
import { withNoShowDate } from './attendance.ts';
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

export function withCommitment(
  ledger: Ledger,
  match: Pick<Match, 'needId' | 'venueId' | 'schedule'>,
  status: Commitment['status'],
  today: string,
): Ledger {
  const others = ledger.commitments.filter((commitment) => commitment.needId !== match.needId);
  // Completing a commitment keeps the dates marked as no-show: the volunteer did not come to them.
  const noShows = ledger.commitments.find((commitment) => commitment.needId === match.needId)?.noShows;
  const commitment: Commitment = {
    needId: match.needId,
    venueId: match.venueId,
    status,
    occurrences: occurrences(match.schedule),
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

export function withoutCommitment(ledger: Ledger, needId: string, today: string): Ledger {
  return {
    ...ledger,
    commitments: prune(
      ledger.commitments.filter((c) => c.needId !== needId),
      today,
    ),
    version: ledger.version + 1,
  };
}

function prune(commitments: Commitment[], today: string): Commitment[] {
  const cutoff = addMonths(today, -KEEP_MONTHS);
  return commitments.filter((commitment) => commitment.occurrences.some((occurrence) => occurrence.date >= cutoff));
}
