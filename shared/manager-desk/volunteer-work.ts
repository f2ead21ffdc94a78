import type { Ledger } from '../matches/ledger.ts';
import type { Match } from '../matches/schemas.ts';
import { doneOccurrences, hasEnded } from '../matching/done-hours.ts';
import type { Commitment } from '../matching/types.ts';
import { berlinDate } from '../time/calendar.ts';

/** One need (or one covered date) a volunteer works on, as their manager sees it. */
export interface WorkEntry {
  needId: string;
  needTitle: string;
  quarterId: string;
  /** A cover match: its one date. */
  date?: string | undefined;
  status: Match['status'];
  /** Dates done (ended, not marked no-show), with their hours. */
  doneDates: string[];
  doneHours: number;
  /** Dates still ahead, with their hours. */
  comingDates: string[];
  comingHours: number;
  /** Dates marked no-show. */
  noShows: string[];
}

const STATES_SHOWN: readonly Match['status'][] = ['invited', 'offered', 'accepted', 'completed', 'no_show'];

const hours = (occurrences: Commitment['occurrences']) =>
  occurrences.reduce((sum, occurrence) => sum + occurrence.end - occurrence.start, 0) / 60;

/**
 * A volunteer's past and coming work in the given quarters: their matches there (invited,
 * offered, accepted, completed), with the dates and hours their ledger holds. Dates done count as
 * soon as they are over unless marked no-show (shared/matching/done-hours.ts), as everywhere.
 * Sorted with the most recent first date first.
 */
export function volunteerWork(
  matches: Match[],
  ledger: Ledger,
  quarters: 'all' | readonly string[],
  now: Date,
): WorkEntry[] {
  const today = berlinDate(now);
  const inScope = (match: Match) => quarters === 'all' || quarters.includes(match.quarterId);
  return matches
    .filter((match) => inScope(match) && STATES_SHOWN.includes(match.status))
    .map((match): WorkEntry => {
      const commitment = ledger.commitments.find((c) => c.needId === match.needId && c.date === match.date);
      const done = commitment ? doneOccurrences(commitment, now, today) : [];
      const coming = commitment ? commitment.occurrences.filter((o) => !hasEnded(o, now, today)) : [];
      return {
        needId: match.needId,
        needTitle: match.needTitle,
        quarterId: match.quarterId,
        ...(match.date !== undefined && { date: match.date }),
        status: match.status,
        doneDates: done.map((o) => o.date),
        doneHours: hours(done),
        comingDates: coming.map((o) => o.date),
        comingHours: hours(coming),
        noShows: commitment?.noShows ?? [],
      };
    })
    .sort((a, b) => firstDateOf(b, matches).localeCompare(firstDateOf(a, matches)));
}

function firstDateOf(entry: WorkEntry, matches: Match[]): string {
  if (entry.date) return entry.date;
  const schedule = matches.find((m) => m.needId === entry.needId && m.date === undefined)?.schedule;
  if (!schedule) return '';
  return schedule.kind === 'once' ? schedule.date : schedule.firstDate;
}
