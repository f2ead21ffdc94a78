import { occurrences } from '../matching/occurrences.ts';
import type { Commitment } from '../matching/types.ts';
import { addMonths } from '../time/calendar.ts';
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
  const others = ledger.commitments.filter(
    (commitment) => commitment.needId !== match.needId || commitment.date !== match.date,
  );
  const coming = new Set(comingDates(match, match.schedule));
  const commitment: Commitment = {
    needId: match.needId,
    ...(match.date !== undefined && { date: match.date }),
    venueId: match.venueId,
    status,
    occurrences: occurrences(match.schedule).filter((occurrence) => coming.has(occurrence.date)),
  };
  return { ...ledger, commitments: prune([...others, commitment], today), version: ledger.version + 1 };
}

/** The ledger without the commitment to the need (or, with `date`, the cover commitment on that date). */
export function withoutCommitment(ledger: Ledger, needId: string, today: string, date?: string): Ledger {
  return {
    ...ledger,
    commitments: prune(
      ledger.commitments.filter((c) => c.needId !== needId || c.date !== date),
      today,
    ),
    version: ledger.version + 1,
  };
}

function prune(commitments: Commitment[], today: string): Commitment[] {
  const cutoff = addMonths(today, -KEEP_MONTHS);
  return commitments.filter((commitment) => commitment.occurrences.some((occurrence) => occurrence.date >= cutoff));
}
