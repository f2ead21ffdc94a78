import { addDays, berlinDate } from '../time/calendar.ts';
import { retentionStart } from './audit-entry.ts';

const HOUR = 3600_000;

/**
 * The instant a Europe/Berlin day starts. Berlin is UTC+1 or UTC+2 and never changes its offset
 * at midnight, so midnight is 22:00 or 23:00 UTC the day before.
 */
export function berlinDayStart(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const summer = new Date(utcMidnight - 2 * HOUR);
  return berlinDate(summer) === date ? summer : new Date(utcMidnight - HOUR);
}

/** A half-open span of instants [start, end). */
export interface Span {
  start: Date;
  end: Date;
}

/**
 * The instants a filter's period covers, within what is kept: `from` and `to` are Berlin days,
 * both inclusive; without them, the whole retention window up to now.
 */
export function periodSpan(period: { from?: string | undefined; to?: string | undefined }, now: Date): Span {
  const kept = retentionStart(now);
  const from = period.from === undefined ? kept : berlinDayStart(period.from);
  const end = period.to === undefined ? new Date(now.getTime() + 1) : berlinDayStart(addDays(period.to, 1));
  return { start: new Date(Math.max(from.getTime(), kept.getTime())), end };
}

/** `YYYY-MM` (UTC) of every month the span touches, newest first. */
export function monthsOf(span: Span): string[] {
  const months: string[] = [];
  if (span.end <= span.start) return months;
  const last = new Date(span.end.getTime() - 1);
  let year = last.getUTCFullYear();
  let month = last.getUTCMonth();
  const firstKey = span.start.toISOString().slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month + 1).padStart(2, '0')}`;
    months.push(key);
    if (key <= firstKey) return months;
    month -= 1;
    if (month < 0) {
      month = 11;
      year -= 1;
    }
  }
}
