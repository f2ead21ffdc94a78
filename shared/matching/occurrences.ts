import { addDays, minutesOfDay, WEEKDAYS, type Weekday, weekdayOf } from '../time/calendar.ts';

/** When a need happens: once, or every week on a weekday from a first to a last date. */
export type Schedule =
  | { kind: 'once'; date: string; start: string; end: string }
  | { kind: 'weekly'; weekday: Weekday; start: string; end: string; firstDate: string; lastDate: string };

/** One concrete time a need happens: a Berlin wall-clock date and minutes of that day. */
export interface Occurrence {
  date: string;
  start: number;
  end: number;
}

/**
 * Every occurrence of a schedule, in date order. A weekly schedule occurs on its weekday in
 * every week from the first to the last date, inclusive; each occurrence keeps its wall-clock
 * times, so daylight-saving changes move nothing.
 */
export function occurrences(schedule: Schedule): Occurrence[] {
  const start = minutesOfDay(schedule.start);
  const end = minutesOfDay(schedule.end);
  if (schedule.kind === 'once') return [{ date: schedule.date, start, end }];
  const result: Occurrence[] = [];
  const offset = (WEEKDAYS.indexOf(schedule.weekday) - WEEKDAYS.indexOf(weekdayOf(schedule.firstDate)) + 7) % 7;
  for (let date = addDays(schedule.firstDate, offset); date <= schedule.lastDate; date = addDays(date, 7)) {
    result.push({ date, start, end });
  }
  return result;
}

/** The occurrences on or after `today` (a Berlin date): what matching still has to cover. */
export function upcomingOccurrences(schedule: Schedule, today: string): Occurrence[] {
  return occurrences(schedule).filter((occurrence) => occurrence.date >= today);
}

/** The weekday every occurrence of a schedule falls on. */
export function scheduleWeekday(schedule: Schedule): Weekday {
  return schedule.kind === 'once' ? weekdayOf(schedule.date) : schedule.weekday;
}

/** Two occurrences overlap when they share at least one minute; touching end-to-start does not. */
export function overlaps(a: Occurrence, b: Occurrence): boolean {
  return a.date === b.date && a.start < b.end && b.start < a.end;
}

export function hoursOf(occurrence: Occurrence): number {
  return (occurrence.end - occurrence.start) / 60;
}
