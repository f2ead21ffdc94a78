import { occurrences } from '../matching/occurrences.ts';
import type { Commitment } from '../matching/types.ts';
import { addMonths } from '../time/calendar.ts';
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
 * A commitment is one per need and date: the series (no date) or a cover of one date. A
 * volunteer's series and their cover of another need's date, or covers of several dates of one
 * need, never replace each other.
 */
const isCommitment = (commitment: Commitment, needId: string, date: string | undefined) =>
  commitment.needId === needId && commitment.date === date;

/** The ledger with the commitment of `match` (its one date for cover) made or updated. */
export function withCommitment(
  ledger: Ledger,
  match: Pick<Match, 'needId' | 'venueId' | 'schedule'> & { date?: string | undefined },
  status: Commitment['status'],
  today: string,
): Ledger {
  const { date } = match;
  const others = ledger.commitments.filter((commitment) => !isCommitment(commitment, match.needId, date));
  const commitment: Commitment = {
    needId: match.needId,
    ...(date !== undefined && { date }),
    venueId: match.venueId,
    status,
    occurrences: occurrences(match.schedule).filter((occurrence) => date === undefined || occurrence.date === date),
  };
  return { ...ledger, commitments: prune([...others, commitment], today), version: ledger.version + 1 };
}

/** The ledger without the commitment to the need (the series), or to one date of it (cover). */
export function withoutCommitment(ledger: Ledger, needId: string, today: string, date?: string): Ledger {
  return {
    ...ledger,
    commitments: prune(
      ledger.commitments.filter((c) => !isCommitment(c, needId, date)),
      today,
    ),
    version: ledger.version + 1,
  };
}

function prune(commitments: Commitment[], today: string): Commitment[] {
  const cutoff = addMonths(today, -KEEP_MONTHS);
  return commitments.filter((commitment) => commitment.occurrences.some((occurrence) => occurrence.date >= cutoff));
}
