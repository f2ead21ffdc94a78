/**
 * An oracle calendar for the matching tests (days since 1970-01-01, proleptic Gregorian;
 * H. Hinnant's algorithms), written independently of shared/time/calendar.ts so the tests do
 * not judge the engine by the engine's own calendar helpers.
 */

import { WEEKDAYS, type Weekday } from '../../time/calendar.ts';
import type { Occurrence, Schedule } from '../occurrences.ts';

export const pad = (n: number) => String(n).padStart(2, '0');

export function dayNumber(date: string): number {
  const [y0, m, d] = date.split('-').map(Number) as [number, number, number];
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${pad(m)}-${pad(d)}`;
}

/** 1970-01-01 was a Thursday (index 3, Monday = 0). */
export const weekdayOfDay = (day: number): Weekday => WEEKDAYS[(((day + 3) % 7) + 7) % 7] as Weekday;
export const time = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
export const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
export const range = (from: number, until: number) =>
  Array.from({ length: Math.max(0, until - from) }, (_, i) => from + i);

/** Every date from the first to the last (inclusive) on the weekday, walked day by day. */
export function oracleOccurrences(schedule: Schedule): Occurrence[] {
  const [start, end] = [minutesOf(schedule.start), minutesOf(schedule.end)];
  if (schedule.kind === 'once') return [{ date: schedule.date, start, end }];
  return range(dayNumber(schedule.firstDate), dayNumber(schedule.lastDate) + 1)
    .filter((day) => weekdayOfDay(day) === schedule.weekday)
    .map((day) => ({ date: dateOfDay(day), start, end }));
}

/** Minutes per calendar month (`YYYY-MM`), summed minute by minute of the occurrences. */
export function minutesByMonth(list: Occurrence[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const o of list) result.set(o.date.slice(0, 7), (result.get(o.date.slice(0, 7)) ?? 0) + o.end - o.start);
  return result;
}
