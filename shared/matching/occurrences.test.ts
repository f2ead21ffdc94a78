import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../time/calendar.ts';
import { hoursOf, type Occurrence, occurrences, overlaps, type Schedule, scheduleWeekday } from './occurrences.ts';
import { dateOfDay, dayNumber, time } from './test-support/oracle-calendar.ts';

/** 1970-01-01 was a Thursday (index 3, Monday = 0). */
const weekdayIndex = (date: string) => (((dayNumber(date) + 3) % 7) + 7) % 7;

/** Brute force: walk every day of the range and keep those on the weekday. */
function bruteForceDates(weekday: number, firstDate: string, lastDate: string): string[] {
  const dates: string[] = [];
  for (let day = dayNumber(firstDate); day <= dayNumber(lastDate); day++) {
    const date = dateOfDay(day);
    if (weekdayIndex(date) === weekday) dates.push(date);
  }
  return dates;
}

const dayIn = (from: string, until: string) => fc.integer({ min: dayNumber(from), max: dayNumber(until) });
const dateIn = (from: string, until: string) => dayIn(from, until).map(dateOfDay);
const windowArb = fc
  .integer({ min: 0, max: 1439 })
  .chain((start) => fc.integer({ min: start + 1, max: 1440 }).map((end) => ({ start, end })));

const weeklyArb = fc
  .record({
    first: dayIn('2024-01-01', '2028-12-31'),
    span: fc.nat({ max: 400 }),
    weekday: fc.constantFrom(...WEEKDAYS),
    window: windowArb,
  })
  .map(
    ({ first, span, weekday, window }): Extract<Schedule, { kind: 'weekly' }> => ({
      kind: 'weekly',
      weekday,
      start: time(window.start),
      end: time(window.end),
      firstDate: dateOfDay(first),
      lastDate: dateOfDay(first + span),
    }),
  );

/** Every minute of an occurrence, as `date minute` keys. */
const minutesOf = (o: Occurrence) => Array.from({ length: o.end - o.start }, (_, i) => `${o.date} ${o.start + i}`);
const shareAMinute = (a: Occurrence, b: Occurrence) => {
  const taken = new Set(minutesOf(a));
  return minutesOf(b).some((minute) => taken.has(minute));
};

describe('the oracle calendar', () => {
  it('knows a few weekdays and round-trips dates', () => {
    expect(weekdayIndex('2026-03-29')).toBe(6); // a Sunday
    expect(weekdayIndex('2026-11-24')).toBe(1); // a Tuesday
    expect(weekdayIndex('2024-02-29')).toBe(3); // a Thursday
    expect(dateOfDay(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(dateOfDay(dayNumber('2026-12-31') + 1)).toBe('2027-01-01');
  });
});

describe('occurrences', () => {
  it('of a weekly schedule are exactly the dates on its weekday within [firstDate, lastDate], 7 days apart', () => {
    fc.assert(
      fc.property(weeklyArb, (schedule) => {
        const result = occurrences(schedule);
        const weekday = WEEKDAYS.indexOf(schedule.weekday);
        const [startMinutes, endMinutes] = [schedule.start, schedule.end].map(
          (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)),
        );
        expect(result.every((o) => weekdayIndex(o.date) === weekday)).toBe(true);
        expect(result.every((o) => o.date >= schedule.firstDate && o.date <= schedule.lastDate)).toBe(true);
        expect(result.every((o) => o.start === startMinutes && o.end === endMinutes)).toBe(true);
        const gaps = result.slice(1).map((o, i) => dayNumber(o.date) - dayNumber((result[i] as Occurrence).date));
        expect(gaps.every((gap) => gap === 7)).toBe(true);
        // None missing, none extra, in date order.
        expect(result.map((o) => o.date)).toEqual(bruteForceDates(weekday, schedule.firstDate, schedule.lastDate));
      }),
      { numRuns: 400 },
    );
  });

  it('keep the same wall-clock times across the daylight-saving changes of 2026 (March 29, October 25)', () => {
    fc.assert(
      fc.property(
        dateIn('2026-02-01', '2026-03-28'),
        dateIn('2026-10-26', '2026-12-31'),
        fc.constantFrom(...WEEKDAYS),
        windowArb,
        (firstDate, lastDate, weekday, window) => {
          const schedule: Schedule = {
            kind: 'weekly',
            weekday,
            start: time(window.start),
            end: time(window.end),
            firstDate,
            lastDate,
          };
          const result = occurrences(schedule);
          expect(result.length).toBe(bruteForceDates(WEEKDAYS.indexOf(weekday), firstDate, lastDate).length);
          expect(result.every((o) => o.start === window.start && o.end === window.end)).toBe(true);
          expect(new Set(result.map((o) => weekdayIndex(o.date)))).toEqual(new Set([WEEKDAYS.indexOf(weekday)]));
          if (weekday === 'sun') {
            const dates = result.map((o) => o.date);
            expect(dates).toContain('2026-03-29');
            expect(dates).toContain('2026-10-25');
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('of a weekly schedule are not moved by the hour that does not exist or happens twice', () => {
    // 02:00–03:00 does not exist in Berlin on 2026-03-29 and happens twice on 2026-10-25; a
    // Sunday 02:00–03:30 need still occurs on both days with its wall-clock times.
    const springAndAutumn = (firstDate: string, lastDate: string) =>
      occurrences({ kind: 'weekly', weekday: 'sun', start: '02:00', end: '03:30', firstDate, lastDate });
    expect(springAndAutumn('2026-03-22', '2026-04-05')).toEqual([
      { date: '2026-03-22', start: 120, end: 210 },
      { date: '2026-03-29', start: 120, end: 210 },
      { date: '2026-04-05', start: 120, end: 210 },
    ]);
    expect(springAndAutumn('2026-10-18', '2026-11-01').map((o) => o.date)).toEqual([
      '2026-10-18',
      '2026-10-25',
      '2026-11-01',
    ]);
    // A whole year of Mondays: 52 of them in 2026 (it starts on a Thursday).
    const mondays = occurrences({
      kind: 'weekly',
      weekday: 'mon',
      start: '00:00',
      end: '24:00',
      firstDate: '2026-01-01',
      lastDate: '2026-12-31',
    });
    expect(mondays).toHaveLength(52);
    expect(mondays[0]).toEqual({ date: '2026-01-05', start: 0, end: 1440 });
    expect(mondays.at(-1)).toEqual({ date: '2026-12-28', start: 0, end: 1440 });
  });

  it('of a weekly schedule include both edges when they fall on the weekday, and none for a range without it', () => {
    const tuesday = (firstDate: string, lastDate: string) =>
      occurrences({ kind: 'weekly', weekday: 'tue', start: '16:00', end: '18:00', firstDate, lastDate }).map(
        (o) => o.date,
      );
    expect(tuesday('2026-11-24', '2026-12-08')).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
    expect(tuesday('2026-11-24', '2026-11-24')).toEqual(['2026-11-24']);
    expect(tuesday('2026-11-25', '2026-11-30')).toEqual([]);
    expect(tuesday('2026-12-08', '2026-11-24')).toEqual([]);
    // Across a year end and a leap day.
    expect(tuesday('2027-12-27', '2028-01-05')).toEqual(['2027-12-28', '2028-01-04']);
    expect(tuesday('2028-02-27', '2028-03-07')).toEqual(['2028-02-29', '2028-03-07']);
  });

  it('of a once schedule are exactly one, on its date', () => {
    fc.assert(
      fc.property(dateIn('2024-01-01', '2028-12-31'), windowArb, (date, window) => {
        const schedule: Schedule = { kind: 'once', date, start: time(window.start), end: time(window.end) };
        expect(occurrences(schedule)).toEqual([{ date, start: window.start, end: window.end }]);
        expect(WEEKDAYS.indexOf(scheduleWeekday(schedule))).toBe(weekdayIndex(date));
      }),
      { numRuns: 200 },
    );
  });

  it('give the weekday of a weekly schedule as its weekday', () => {
    fc.assert(
      fc.property(weeklyArb, (schedule) => {
        expect(scheduleWeekday(schedule)).toBe(schedule.weekday);
      }),
      { numRuns: 50 },
    );
  });

  it('count their hours from the wall-clock window', () => {
    expect(hoursOf({ date: '2026-03-29', start: 120, end: 210 })).toBe(1.5);
    expect(hoursOf({ date: '2026-10-25', start: 0, end: 1440 })).toBe(24);
  });
});

describe('overlaps', () => {
  const occurrenceArb = (dates: string[]) =>
    fc.record({ date: fc.constantFrom(...dates), window: windowArb }).map(({ date, window }) => ({ date, ...window }));

  it('is symmetric and holds exactly when two occurrences share a minute', () => {
    const arb = occurrenceArb(['2026-11-24', '2026-11-25']);
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(overlaps(a, b)).toBe(shareAMinute(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('is not an overlap when one ends as the other starts; sharing one minute is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1439 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 600 }),
        (boundary, before, after) => {
          const first = { date: '2026-11-24', start: Math.max(0, boundary - before), end: boundary };
          const second = { date: '2026-11-24', start: boundary, end: Math.min(1440, boundary + after) };
          expect(overlaps(first, second)).toBe(false);
          expect(overlaps(second, first)).toBe(false);
          const oneMinuteMore = { ...first, end: boundary + 1 };
          expect(overlaps(oneMinuteMore, second)).toBe(true);
          expect(overlaps(second, oneMinuteMore)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles windows at the edges of the day', () => {
    const day = (start: number, end: number, date = '2026-11-24') => ({ date, start, end });
    const wholeDay = day(0, 1440);
    expect(overlaps(wholeDay, day(0, 1))).toBe(true);
    expect(overlaps(wholeDay, day(1439, 1440))).toBe(true);
    expect(overlaps(wholeDay, wholeDay)).toBe(true);
    expect(overlaps(day(0, 60), day(60, 1440))).toBe(false);
    expect(overlaps(day(0, 61), day(60, 1440))).toBe(true);
    expect(overlaps(day(1380, 1440), day(0, 1380))).toBe(false);
    // The end of one day touches the start of the next: different dates never overlap.
    expect(overlaps(day(1380, 1440, '2026-11-24'), day(0, 60, '2026-11-25'))).toBe(false);
    expect(overlaps(wholeDay, day(0, 1440, '2026-11-25'))).toBe(false);
  });
});
