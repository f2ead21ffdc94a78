import { afterEach, describe, expect, it } from 'vitest';
import { occurrences, type Schedule } from '../matching/occurrences.ts';
import { buildCalendar } from './build-calendar.ts';
import type { FeedEvent } from './feed-event.ts';
import { parseFeed } from './test-support/parse-feed.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
/** Tuesdays across the change to summer time (2027-03-28). */
const ACROSS_DST: Schedule = {
  kind: 'weekly',
  weekday: 'tue',
  start: '15:00',
  end: '17:00',
  firstDate: '2027-03-01',
  lastDate: '2027-04-20',
};

const event = (overrides: Partial<FeedEvent> & Pick<FeedEvent, 'uid' | 'occurrences'>): FeedEvent => ({
  sequence: 3,
  cancelled: false,
  repeat: 'weekly',
  summary: 'Hausaufgabenhilfe',
  location: 'Alte Feuerwache, Nordstadt, Wuppertal',
  description: 'Grundschulkinder',
  url: 'https://example.org/dashboard#need-1',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...overrides,
});

const wallClock = (date: string, minutes: number) =>
  `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('buildCalendar, read back by ical.js', () => {
  it('writes a weekly need as one VEVENT whose rule yields exactly its occurrences, in Berlin time across DST', () => {
    const dates = occurrences(ACROSS_DST);
    const feed = parseFeed(buildCalendar('Test', [event({ uid: 'a@x', occurrences: dates })], NOW));
    expect(feed.timezones).toEqual(['Europe/Berlin']);
    expect(feed.events).toHaveLength(1);
    const [parsed] = feed.events;
    expect(parsed?.tzid).toBe('Europe/Berlin');
    expect(parsed?.rrule).toMatch(/^FREQ=WEEKLY;UNTIL=20270420T235959Z$/);
    expect(parsed?.exdates).toEqual([]);
    expect(parsed?.occurrences.map((o) => [o.start, o.end])).toEqual(
      dates.map((o) => [wallClock(o.date, o.start), wallClock(o.date, o.end)]),
    );
    // 15:00 in Berlin is 14:00 UTC in winter and 13:00 UTC from the last Sunday of March.
    const utc = Object.fromEntries(parsed?.occurrences.map((o) => [o.start.slice(0, 10), o.utcStart]) ?? []);
    expect(utc['2027-03-23']).toBe('2027-03-23T14:00:00.000Z');
    expect(utc['2027-03-30']).toBe('2027-03-30T13:00:00.000Z');
    expect(parsed).toMatchObject({ uid: 'a@x', sequence: 3, status: 'CONFIRMED', summary: 'Hausaufgabenhilfe' });
  });

  it('leaves out a date in the middle with EXDATE, and the parser skips it', () => {
    const dates = occurrences(ACROSS_DST).filter((o) => o.date !== '2027-03-30');
    const [parsed] = parseFeed(buildCalendar('Test', [event({ uid: 'a@x', occurrences: dates })], NOW)).events;
    expect(parsed?.exdates).toEqual(['2027-03-30T15:00:00']);
    expect(parsed?.occurrences.map((o) => o.start.slice(0, 10))).toEqual(dates.map((o) => o.date));
  });

  it('writes a one-off need as a single VEVENT, and a cancellation as STATUS:CANCELLED', () => {
    const once = occurrences({ kind: 'once', date: '2026-12-08', start: '09:30', end: '11:00' });
    const [parsed] = parseFeed(
      buildCalendar('Test', [event({ uid: 'b@x', occurrences: once, repeat: 'once', cancelled: true })], NOW),
    ).events;
    expect(parsed?.rrule).toBeUndefined();
    expect(parsed?.status).toBe('CANCELLED');
    expect(parsed?.occurrences).toEqual([
      { start: '2026-12-08T09:30:00', end: '2026-12-08T11:00:00', utcStart: '2026-12-08T08:30:00.000Z' },
    ]);
  });

  it('writes the same text whatever time zone the process runs in (a Lambda in UTC, a laptop in Berlin)', () => {
    // 02:30 on the night clocks go forward does not exist in Berlin: a process in Berlin would shift it.
    const dates = occurrences({ ...ACROSS_DST, start: '02:30', end: '04:00', weekday: 'sun' });
    const build = (tz: string) => {
      process.env.TZ = tz;
      return buildCalendar('Test', [event({ uid: 'c@x', occurrences: dates })], NOW);
    };
    const inBerlin = build('Europe/Berlin');
    expect(build('UTC')).toBe(inBerlin);
    expect(build('America/New_York')).toBe(inBerlin);
    expect(inBerlin).toContain('DTSTART;TZID=Europe/Berlin:20270307T023000');
    expect(inBerlin).toContain('DTSTAMP:20261124T100000Z');
  });
});
