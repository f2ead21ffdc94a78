/** Wall-clock values in Europe/Berlin, as strings: `YYYY-MM-DD` dates and `HH:MM` times. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Minutes since midnight; `24:00` is the end of the day. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Europe/Berlin for an instant. */
export function berlinDate(instant: Date): string {
  return BERLIN_DATE.format(instant);
}

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function format(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}

/** The weekday of a calendar date (no time zone involved: a date is a wall-clock day). */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = parts(date);
  // getUTCDay: 0 = Sunday.
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] as Weekday;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Adds calendar months, clamping to the month's last day (2026-08-31 + 1 month = 2026-09-30). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

/** `YYYY-MM` of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}
