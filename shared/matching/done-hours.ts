/**
 * Hours per occurrence (DESIGN.md, "Series and cover"): an occurrence a volunteer is committed to
 * counts as done as soon as its time window has ended, unless a manager marked it a no-show.
 * Completion needs no write; the hours count at once for the cap, the fair spread and statistics.
 */
import { berlinInstant } from '../time/berlin-instant.ts';
import { berlinDate, monthOf } from '../time/calendar.ts';
import type { Occurrence } from './occurrences.ts';
import type { Commitment } from './types.ts';

/** The instant an occurrence's time window ends (Berlin wall clock). */
export function endOf(occurrence: Occurrence): Date {
  return berlinInstant(occurrence.date, occurrence.end);
}

/**
 * Whether an occurrence's time window has ended at `now`. `today` (the Berlin date of `now`) may
 * be passed when many occurrences are judged at once: only today's need the time zone.
 */
export function hasEnded(occurrence: Occurrence, now: Date, today: string = berlinDate(now)): boolean {
  if (occurrence.date !== today) return occurrence.date < today;
  return endOf(occurrence).getTime() <= now.getTime();
}

const isNoShow = (commitment: Commitment, date: string) => commitment.noShows?.includes(date) ?? false;

/** The occurrences of a commitment that are done at `now`: ended, and not marked as no-show. */
export function doneOccurrences(commitment: Commitment, now: Date, today: string = berlinDate(now)): Occurrence[] {
  return commitment.occurrences.filter(
    (occurrence) => hasEnded(occurrence, now, today) && !isNoShow(commitment, occurrence.date),
  );
}

/**
 * The occurrences that count against the monthly hour cap: everything committed (done or still
 * ahead) except the dates marked as no-show (the person did not come).
 */
export function countedOccurrences(commitment: Commitment): Occurrence[] {
  return commitment.noShows?.length
    ? commitment.occurrences.filter((occurrence) => !isNoShow(commitment, occurrence.date))
    : commitment.occurrences;
}

/** Whole minutes per calendar month (`YYYY-MM`) of the given occurrences: sums stay exact. */
export function minutesByMonth(occurrences: Occurrence[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const occurrence of occurrences) {
    const month = monthOf(occurrence.date);
    result.set(month, (result.get(month) ?? 0) + occurrence.end - occurrence.start);
  }
  return result;
}

/** Hours done per calendar month (`YYYY-MM`) at `now`, over all commitments. */
export function doneHoursByMonth(commitments: Commitment[], now: Date): Map<string, number> {
  const today = berlinDate(now);
  const minutes = minutesByMonth(commitments.flatMap((commitment) => doneOccurrences(commitment, now, today)));
  return new Map([...minutes].map(([month, sum]) => [month, sum / 60]));
}

/** A volunteer's hours in one month: done so far, and counted for the cap (done and still booked). */
export interface MonthHours {
  month: string;
  done: number;
  counted: number;
}

/** The hours of `now`'s Berlin month: what the volunteer's dashboard shows against their cap. */
export function hoursThisMonth(commitments: Commitment[], now: Date): MonthHours {
  const month = monthOf(berlinDate(now));
  const counted = minutesByMonth(commitments.flatMap(countedOccurrences)).get(month) ?? 0;
  return { month, done: doneHoursByMonth(commitments, now).get(month) ?? 0, counted: counted / 60 };
}
