import { type RosterMatch, roster } from '../matches/roster.ts';
import { hasEnded } from '../matching/done-hours.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { addDays, berlinDate, weekdayOf } from '../time/calendar.ts';

/** The Monday of the Berlin week `date` lies in. */
export function mondayOf(date: string): string {
  let day = date;
  while (weekdayOf(day) !== 'mon') day = addDays(day, -1);
  return day;
}

/** The week a manager asks for: the given Monday, or the week of `now` in Berlin. */
export function weekStart(from: string | undefined, now: Date): string {
  return from ?? mondayOf(berlinDate(now));
}

/** One date of one need in the week, with its places. */
export interface WeekDate {
  date: string;
  start: number;
  end: number;
  needId: string;
  title: string;
  quarterId: string;
  venueId: string;
  places: number;
  filled: number;
  open: number;
  /** A date of an open or filled series, not over yet, with a gap: it has a cover page. */
  coverable: boolean;
}

/** Needs whose dates are shown in a week: published ones (open, filled, closed), not drafts or cancelled. */
export const WEEK_STATUSES: readonly Need['status'][] = ['open', 'filled', 'closed'];

/** Whether any date of the need lies in the week starting `monday` (without reading its matches). */
export function touchesWeek(need: Need, monday: string): boolean {
  const sunday = addDays(monday, 6);
  if (!WEEK_STATUSES.includes(need.status)) return false;
  const s = need.schedule;
  const first = s.kind === 'once' ? s.date : s.firstDate;
  const last = s.kind === 'once' ? s.date : s.lastDate;
  if (last < monday || first > sunday) return false;
  return occurrences(s).some((o) => o.date >= monday && o.date <= sunday);
}

/**
 * Every date of the given needs in the week starting `monday`, with filled and open places from
 * the roster (shared/matches/roster.ts), ordered by date and time.
 */
export function weekDates(needs: { need: Need; matches: RosterMatch[] }[], monday: string, now: Date): WeekDate[] {
  const sunday = addDays(monday, 6);
  return needs
    .flatMap(({ need, matches }) =>
      roster(need, matches)
        .filter((entry) => entry.date >= monday && entry.date <= sunday)
        .map(
          (entry): WeekDate => ({
            date: entry.date,
            start: entry.start,
            end: entry.end,
            needId: need.needId,
            title: need.title,
            quarterId: need.quarterId,
            venueId: need.venueId,
            places: need.places,
            filled: entry.coming.length,
            open: entry.open,
            coverable:
              need.schedule.kind === 'weekly' &&
              (need.status === 'open' || need.status === 'filled') &&
              entry.open > 0 &&
              !hasEnded(entry, now),
          }),
        ),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start || a.title.localeCompare(b.title, 'de'));
}
