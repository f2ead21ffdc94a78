import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, type Weekday } from '../time/calendar.ts';
import type { DatePeriod, WeeklySlot } from '../volunteers/schemas.ts';
import {
  availabilitySplit,
  covers,
  firstCapExcess,
  firstOverlap,
  hoursByMonth,
  requiredDates,
  safeguardingValidOn,
} from './availability.ts';
import type { Occurrence } from './occurrences.ts';
import { dateOfDay, dayNumber, minutesOf, range, time, weekdayOfDay } from './test-support/oracle-calendar.ts';
import { type Commitment, DEFAULT_SAFEGUARDING_POLICY, type MatchingProfile } from './types.ts';

const minutes = minutesOf;

type Availability = Pick<MatchingProfile, 'weeklySlots' | 'availableFrom' | 'availableUntil' | 'blackouts'>;

/**
 * The oracle, straight from DESIGN.md: one slot of the weekday holds every minute of the window,
 * the day lies in the range (inclusive), and no blackout lists the day (whole days, inclusive).
 */
function coversOracle(profile: Availability, occurrence: Occurrence): boolean {
  const day = dayNumber(occurrence.date);
  if (day < dayNumber(profile.availableFrom)) return false;
  if (profile.availableUntil !== undefined && day > dayNumber(profile.availableUntil)) return false;
  const blackedOut = new Set(
    profile.blackouts.flatMap((period) => range(dayNumber(period.from), dayNumber(period.until) + 1)),
  );
  if (blackedOut.has(day)) return false;
  const needed = range(occurrence.start, occurrence.end);
  return profile.weeklySlots.some((slot) => {
    if (slot.weekday !== weekdayOfDay(day)) return false;
    const offered = new Set(range(minutes(slot.start), minutes(slot.end)));
    return needed.every((minute) => offered.has(minute));
  });
}

const BASE = dayNumber('2026-11-24');
const windowArb = fc
  .integer({ min: 0, max: 1439 })
  .chain((start) => fc.integer({ min: start + 1, max: 1440 }).map((end) => ({ start, end })));
const occurrenceArb = fc
  .record({ day: fc.integer({ min: BASE - 30, max: BASE + 30 }), window: windowArb })
  .map(({ day, window }): Occurrence => ({ date: dateOfDay(day), ...window }));

/** A slot around a window: `before` minutes earlier, `after` later, kept inside the day. */
const slotAround = (weekday: Weekday, window: { start: number; end: number }, before: number, after: number) => ({
  weekday,
  start: time(Math.max(0, window.start - before)),
  end: time(Math.min(1440, window.end + after)),
});
const slack = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 }));

/** Random availability, biased so that a good share of occurrences are covered. */
const availabilityFor = (occurrence: Occurrence) => {
  const day = dayNumber(occurrence.date);
  return fc
    .record({
      around: fc.option(fc.record({ before: slack, after: slack, shift: fc.integer({ min: -30, max: 30 }) }), {
        freq: 3,
      }),
      others: fc.array(
        fc.record({ weekday: fc.constantFrom(...WEEKDAYS), window: windowArb }).map(({ weekday, window }) => ({
          weekday,
          start: time(window.start),
          end: time(window.end),
        })),
        { maxLength: 3 },
      ),
      from: fc.integer({ min: -20, max: 5 }),
      until: fc.option(fc.integer({ min: -5, max: 20 })),
      blackouts: fc.array(
        fc.record({ start: fc.integer({ min: -15, max: 15 }), length: fc.nat({ max: 6 }) }).map(
          ({ start, length }): DatePeriod => ({
            from: dateOfDay(day + start),
            until: dateOfDay(day + start + length),
          }),
        ),
        { maxLength: 2 },
      ),
    })
    .map(({ around, others, from, until, blackouts }): Availability => {
      const weeklySlots: WeeklySlot[] = [...others];
      if (around) {
        const shifted = { start: occurrence.start + around.shift, end: occurrence.end + around.shift };
        weeklySlots.push(slotAround(weekdayOfDay(day), shifted, around.before, around.after));
      }
      return {
        weeklySlots: weeklySlots.filter((slot) => minutes(slot.end) > minutes(slot.start)),
        availableFrom: dateOfDay(day + from),
        availableUntil: until === null ? undefined : dateOfDay(day + until),
        blackouts,
      };
    });
};

describe('covers', () => {
  it('agrees with a minute-by-minute, day-by-day oracle', () => {
    let covered = 0;
    fc.assert(
      fc.property(
        occurrenceArb.chain((occurrence) => fc.tuple(fc.constant(occurrence), availabilityFor(occurrence))),
        ([occurrence, profile]) => {
          const expected = coversOracle(profile, occurrence);
          if (expected) covered++;
          expect(covers(profile, occurrence)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
    // The generator is useful only if both answers come up often.
    expect(covered).toBeGreaterThan(50);
    expect(covered).toBeLessThan(450);
  });

  /** Availability that surely covers: a slot around the window, a range around the date, no blackout on it. */
  const coveringArb = occurrenceArb.chain((occurrence) => {
    const day = dayNumber(occurrence.date);
    return fc
      .record({
        before: slack,
        after: slack,
        from: fc.nat({ max: 30 }),
        until: fc.option(fc.nat({ max: 30 })),
        otherBlackout: fc.option(
          fc.record({ side: fc.constantFrom(-1, 1), gap: fc.integer({ min: 1, max: 10 }), length: fc.nat({ max: 5 }) }),
        ),
      })
      .map(({ before, after, from, until, otherBlackout }) => {
        const blackouts: DatePeriod[] = [];
        if (otherBlackout) {
          const { side, gap, length } = otherBlackout;
          const near = day + side * gap;
          const far = day + side * (gap + length);
          blackouts.push({ from: dateOfDay(Math.min(near, far)), until: dateOfDay(Math.max(near, far)) });
        }
        const profile: Availability = {
          weeklySlots: [slotAround(weekdayOfDay(day), occurrence, before, after)],
          availableFrom: dateOfDay(day - from),
          availableUntil: until === null ? undefined : dateOfDay(day + until),
          blackouts,
        };
        return { occurrence, profile, day };
      });
  });

  it('covers when a slot of the weekday contains the window and the date is in range and not blacked out', () => {
    fc.assert(
      fc.property(coveringArb, ({ occurrence, profile }) => {
        expect(covers(profile, occurrence)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not cover on a day any blackout contains (edges inclusive)', () => {
    fc.assert(
      fc.property(
        coveringArb,
        fc.oneof(fc.constant(0), fc.nat({ max: 10 })),
        fc.oneof(fc.constant(0), fc.nat({ max: 10 })),
        fc.nat({ max: 2 }),
        ({ occurrence, profile, day }, before, after, position) => {
          const blackout = { from: dateOfDay(day - before), until: dateOfDay(day + after) };
          const blackouts = [...profile.blackouts];
          blackouts.splice(Math.min(position, blackouts.length), 0, blackout);
          expect(covers({ ...profile, blackouts }, occurrence)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not cover a date before availableFrom or after availableUntil', () => {
    fc.assert(
      fc.property(coveringArb, fc.integer({ min: 1, max: 60 }), ({ occurrence, profile, day }, by) => {
        expect(covers({ ...profile, availableFrom: dateOfDay(day + by) }, occurrence)).toBe(false);
        expect(covers({ ...profile, availableUntil: dateOfDay(day - by) }, occurrence)).toBe(false);
        // The edges themselves are inside.
        expect(
          covers({ ...profile, availableFrom: occurrence.date, availableUntil: occurrence.date }, occurrence),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not cover with a slot of another weekday, or one that misses a single minute', () => {
    fc.assert(
      fc.property(coveringArb, fc.integer({ min: 1, max: 6 }), ({ occurrence, profile, day }, shift) => {
        const [slot] = profile.weeklySlots as [WeeklySlot];
        const otherDay = { ...slot, weekday: weekdayOfDay(day + shift) };
        expect(covers({ ...profile, weeklySlots: [otherDay] }, occurrence)).toBe(false);
        if (occurrence.start < 1440 - 1 && occurrence.end - occurrence.start > 1) {
          const lateStart = { ...slot, start: time(occurrence.start + 1) };
          const earlyEnd = { ...slot, end: time(occurrence.end - 1) };
          expect(covers({ ...profile, weeklySlots: [lateStart] }, occurrence)).toBe(false);
          expect(covers({ ...profile, weeklySlots: [earlyEnd] }, occurrence)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  describe('examples', () => {
    // 2026-11-24 is a Tuesday.
    const profile = (weeklySlots: WeeklySlot[], more: Partial<Availability> = {}): Availability => ({
      weeklySlots,
      availableFrom: '2026-01-01',
      blackouts: [],
      ...more,
    });
    const on = (start: string, end: string, date = '2026-11-24'): Occurrence => ({
      date,
      start: minutes(start),
      end: minutes(end),
    });

    it('handles windows at the edges of the day (00:00 and 24:00)', () => {
      const allDay = profile([{ weekday: 'tue', start: '00:00', end: '24:00' }]);
      expect(covers(allDay, on('00:00', '24:00'))).toBe(true);
      expect(covers(allDay, on('00:00', '00:01'))).toBe(true);
      expect(covers(allDay, on('23:59', '24:00'))).toBe(true);
      expect(covers(allDay, on('00:00', '24:00', '2026-11-25'))).toBe(false);
      const evening = profile([{ weekday: 'tue', start: '22:00', end: '24:00' }]);
      expect(covers(evening, on('23:00', '24:00'))).toBe(true);
      expect(covers(evening, on('21:59', '24:00'))).toBe(false);
      const early = profile([{ weekday: 'tue', start: '00:00', end: '01:00' }]);
      expect(covers(early, on('00:00', '01:00'))).toBe(true);
      expect(covers(early, on('00:00', '01:01'))).toBe(false);
    });

    it('needs one slot to hold the whole window: adjacent slots do not add up', () => {
      const split = profile([
        { weekday: 'tue', start: '10:00', end: '12:00' },
        { weekday: 'tue', start: '12:00', end: '14:00' },
      ]);
      expect(covers(split, on('11:00', '13:00'))).toBe(false);
      expect(covers(split, on('12:00', '14:00'))).toBe(true);
    });

    it('counts the first and last days of the range and of blackouts', () => {
      const slots: WeeklySlot[] = [{ weekday: 'tue', start: '15:00', end: '19:00' }];
      const window = on('16:00', '18:00');
      expect(covers(profile(slots, { availableFrom: '2026-11-24', availableUntil: '2026-11-24' }), window)).toBe(true);
      expect(covers(profile(slots, { availableFrom: '2026-11-25' }), window)).toBe(false);
      expect(covers(profile(slots, { availableUntil: '2026-11-23' }), window)).toBe(false);
      const blackout = (from: string, until: string) => profile(slots, { blackouts: [{ from, until }] });
      expect(covers(blackout('2026-11-24', '2026-11-24'), window)).toBe(false);
      expect(covers(blackout('2026-11-20', '2026-11-24'), window)).toBe(false);
      expect(covers(blackout('2026-11-24', '2026-11-30'), window)).toBe(false);
      expect(covers(blackout('2026-11-17', '2026-11-23'), window)).toBe(true);
      expect(covers(blackout('2026-11-25', '2026-12-01'), window)).toBe(true);
    });
  });
});

describe('availabilitySplit and requiredDates', () => {
  /** Weekly occurrences of one window from a start day, and availability generated around the first. */
  const seriesArb = fc
    .record({ first: occurrenceArb, weeks: fc.integer({ min: 1, max: 20 }) })
    .map(({ first, weeks }) =>
      range(0, weeks).map((week) => ({ ...first, date: dateOfDay(dayNumber(first.date) + 7 * week) })),
    )
    .chain((series) => fc.tuple(fc.constant(series), availabilityFor(series[0] as Occurrence)));

  it('splits the occurrences into those covered (in order) and the dates of the others, as the oracle does', () => {
    let both = 0;
    fc.assert(
      fc.property(seriesArb, ([series, profile]) => {
        const { coming, absent } = availabilitySplit(profile, series);
        expect(coming).toEqual(series.filter((o) => coversOracle(profile, o)));
        expect(absent).toEqual(series.filter((o) => !coversOracle(profile, o)).map((o) => o.date));
        if (coming.length > 0 && absent.length > 0) both++;
      }),
      { numRuns: 300 },
    );
    expect(both).toBeGreaterThan(20);
  });

  it('asks for the share rounded up to whole dates: the least n with n ÷ total ≥ percent ÷ 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 100 }), (total, percent) => {
        // Counted up date by date, in integers.
        let least = 0;
        while (least * 100 < total * percent) least++;
        expect(requiredDates(total, percent)).toBe(least);
      }),
      { numRuns: 500 },
    );
    expect(requiredDates(17, 75)).toBe(13);
    expect(requiredDates(20, 75)).toBe(15);
    expect(requiredDates(17, 100)).toBe(17);
    expect(requiredDates(1, 1)).toBe(1);
  });
});

// --- The ledger: overlaps and the monthly hour cap -------------------------------------------

const ledgerOccurrenceArb = (maxMinutes: number) =>
  fc
    .record({
      day: fc.integer({ min: dayNumber('2026-11-20'), max: dayNumber('2027-02-10') }),
      start: fc.integer({ min: 0, max: 1439 }),
      length: fc.integer({ min: 1, max: maxMinutes }),
    })
    .map(
      ({ day, start, length }): Occurrence => ({ date: dateOfDay(day), start, end: Math.min(1440, start + length) }),
    );

const byDate = (a: Occurrence, b: Occurrence) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start);

const commitmentArb = (occurrence: fc.Arbitrary<Occurrence>) =>
  fc.record({
    needId: fc.constantFrom('n-a', 'n-b', 'n-c'),
    venueId: fc.constantFrom('venue-1', 'venue-2'),
    status: fc.constantFrom<Commitment['status']>('accepted', 'completed'),
    occurrences: fc.array(occurrence, { minLength: 1, maxLength: 5 }).map((list) => list.sort(byDate)),
  });

/** Minutes per `YYYY-MM`, in integers: no floating-point sums. */
function minutesByMonth(list: Occurrence[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const o of list) result.set(o.date.slice(0, 7), (result.get(o.date.slice(0, 7)) ?? 0) + o.end - o.start);
  return result;
}

describe('firstCapExcess', () => {
  /**
   * Random commitments and need occurrences and a cap chosen near the totals; in half the runs a
   * committed occurrence tops one month's total up to whole hours and the cap is exactly that total
   * (the edge where committed + need hours equal the cap, which is allowed).
   */
  const scenarioArb = fc
    .record({
      need: fc.array(ledgerOccurrenceArb(240), { minLength: 1, maxLength: 8 }).map((list) => list.sort(byDate)),
      commitments: fc.array(commitmentArb(ledgerOccurrenceArb(300)), { maxLength: 4 }),
      pick: fc.nat(),
      exact: fc.boolean(),
      capDelta: fc.oneof(
        { arbitrary: fc.constant(0), weight: 2 },
        { arbitrary: fc.integer({ min: -2, max: 2 }), weight: 1 },
      ),
      randomCap: fc.option(fc.integer({ min: 1, max: 160 }), { freq: 6 }),
    })
    .map(({ need, commitments: generated, pick, exact, capDelta, randomCap }) => {
      const months = [...minutesByMonth(need).keys()];
      const month = months[pick % months.length] as string;
      const totalIn = (commitments: Commitment[]) =>
        (minutesByMonth(commitments.flatMap((c) => c.occurrences)).get(month) ?? 0) +
        (minutesByMonth(need).get(month) ?? 0);
      const rest = totalIn(generated) % 60;
      const commitments: Commitment[] =
        exact && rest !== 0
          ? [
              ...generated,
              {
                needId: 'n-top-up',
                venueId: 'venue-3',
                status: pick % 2 === 0 ? 'accepted' : 'completed',
                occurrences: [{ date: `${month}-01`, start: 0, end: 60 - rest }],
              },
            ]
          : generated;
      const total = totalIn(commitments);
      const near = (exact ? total / 60 : Math.floor(total / 60)) + capDelta;
      const cap = randomCap ?? Math.max(1, Math.min(160, Math.round(near)));
      return { need, commitments, cap };
    });

  it('reports an excess iff in some month the committed plus the need hours exceed the cap (oracle)', () => {
    let excesses = 0;
    fc.assert(
      fc.property(scenarioArb, ({ need, commitments, cap }) => {
        // The ledger counts accepted and completed help alike: both were accepted.
        const committed = minutesByMonth(commitments.flatMap((c) => c.occurrences));
        const over = [...minutesByMonth(need)]
          .map(([month, needMinutes]) => ({ month, total: (committed.get(month) ?? 0) + needMinutes }))
          .filter(({ total }) => total > cap * 60)
          .sort((a, b) => (a.month < b.month ? -1 : 1));
        const result = firstCapExcess(cap, commitments, need);
        const first = over[0];
        if (first === undefined) {
          expect(result).toBeUndefined();
        } else {
          excesses++;
          expect(result).toEqual({ month: first.month, hours: first.total / 60, cap });
        }
      }),
      { numRuns: 500 },
    );
    expect(excesses).toBeGreaterThan(50);
    expect(excesses).toBeLessThan(450);
  });

  it('allows a month that reaches the cap exactly, whatever the minutes (no floating-point drift)', () => {
    // 112 + 48 + 20 minutes are exactly 3 hours; as floating-point hours they sum to 3.0000000000000004.
    const on = (start: number, end: number, date = '2026-12-07'): Occurrence => ({ date, start, end });
    const commitments: Commitment[] = [
      {
        needId: 'n-a',
        venueId: 'venue-1',
        status: 'accepted',
        occurrences: [on(600, 712), on(800, 848, '2026-12-14')],
      },
    ];
    expect(firstCapExcess(3, commitments, [on(1000, 1020, '2026-12-21')])).toBeUndefined();
    expect(firstCapExcess(3, commitments, [on(1000, 1021, '2026-12-21')])).toEqual({
      month: '2026-12',
      hours: 181 / 60,
      cap: 3,
    });
  });

  it('judges each month on its own and names the first month over the cap', () => {
    const on = (date: string, hours: number): Occurrence => ({ date, start: 600, end: 600 + hours * 60 });
    const commitments: Commitment[] = [
      { needId: 'n-a', venueId: 'venue-1', status: 'completed', occurrences: [on('2026-11-02', 6)] },
      { needId: 'n-b', venueId: 'venue-1', status: 'accepted', occurrences: [on('2026-12-07', 8)] },
    ];
    const need = [on('2026-11-30', 2), on('2026-12-01', 2), on('2027-01-05', 2)];
    expect(firstCapExcess(10, commitments, need)).toBeUndefined(); // 8, 10, 2
    expect(firstCapExcess(9, commitments, need)).toEqual({ month: '2026-12', hours: 10, cap: 9 });
    expect(firstCapExcess(7, commitments, need)).toEqual({ month: '2026-11', hours: 8, cap: 7 });
    // Hours in months the need does not touch do not count.
    expect(firstCapExcess(2, [], [on('2027-01-05', 2)])).toBeUndefined();
  });
});

describe('hoursByMonth', () => {
  it('sums the hours of each calendar month', () => {
    fc.assert(
      fc.property(fc.array(ledgerOccurrenceArb(600), { maxLength: 10 }), (list) => {
        const expected = minutesByMonth(list);
        const result = hoursByMonth(list);
        expect([...result.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [month, total] of expected) expect(result.get(month)).toBeCloseTo(total / 60, 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('firstOverlap', () => {
  const shareAMinute = (a: Occurrence, b: Occurrence) =>
    a.date === b.date && range(a.start, a.end).some((minute) => minute >= b.start && minute < b.end);
  const nearArb = fc
    .record({
      day: fc.integer({ min: BASE, max: BASE + 3 }),
      start: fc.nat({ max: 1439 }),
      length: fc.nat({ max: 300 }),
    })
    .map(
      ({ day, start, length }): Occurrence => ({
        date: dateOfDay(day),
        start,
        end: Math.min(1440, start + 1 + length),
      }),
    );

  it('finds an overlap iff an accepted commitment shares a minute with the need; completed help does not count', () => {
    fc.assert(
      fc.property(
        fc.array(commitmentArb(nearArb), { maxLength: 4 }),
        fc.array(nearArb, { minLength: 1, maxLength: 4 }),
        (commitments, need) => {
          const clashes = commitments
            .filter((c) => c.status === 'accepted')
            .flatMap((c) =>
              c.occurrences.filter((t) => need.some((o) => shareAMinute(o, t))).map((t) => [c.needId, t.date]),
            );
          const result = firstOverlap(commitments, need);
          expect(result !== undefined).toBe(clashes.length > 0);
          if (result) expect(clashes).toContainEqual([result.needId, result.date]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not count touching end-to-start', () => {
    const taken: Commitment = {
      needId: 'n-a',
      venueId: 'venue-1',
      status: 'accepted',
      occurrences: [{ date: '2026-11-24', start: 600, end: 720 }],
    };
    expect(firstOverlap([taken], [{ date: '2026-11-24', start: 720, end: 780 }])).toBeUndefined();
    expect(firstOverlap([taken], [{ date: '2026-11-24', start: 540, end: 600 }])).toBeUndefined();
    expect(firstOverlap([taken], [{ date: '2026-11-24', start: 719, end: 780 }])).toEqual({
      needId: 'n-a',
      date: '2026-11-24',
    });
  });
});

describe('safeguardingValidOn', () => {
  const policy = DEFAULT_SAFEGUARDING_POLICY;
  const check = (issuedOn: string, inspectedOn: string, relevantConviction = false) => ({
    issuedOn,
    inspectedOn,
    relevantConviction,
  });

  it('accepts a certificate exactly three months old at inspection, not one day older', () => {
    expect(safeguardingValidOn(check('2026-03-15', '2026-06-15'), '2026-07-01', policy)).toBe(true);
    expect(safeguardingValidOn(check('2026-03-14', '2026-06-15'), '2026-07-01', policy)).toBe(false);
    expect(safeguardingValidOn(check('2026-03-15', '2026-06-16'), '2026-07-01', policy)).toBe(false);
    // Issued on the day of inspection: valid; issued after it: not a certificate that was inspected.
    expect(safeguardingValidOn(check('2026-06-15', '2026-06-15'), '2026-07-01', policy)).toBe(true);
    expect(safeguardingValidOn(check('2026-06-16', '2026-06-15'), '2026-07-01', policy)).toBe(false);
  });

  it('counts months from the issue date, clamping to the end of shorter months', () => {
    // 2026-05-31 + 3 months = 2026-08-31 (no clamping needed).
    expect(safeguardingValidOn(check('2026-05-31', '2026-08-31'), '2026-09-01', policy)).toBe(true);
    expect(safeguardingValidOn(check('2026-05-31', '2026-09-01'), '2026-09-01', policy)).toBe(false);
    // 2026-08-31 + 3 months = 2026-11-30 (November has 30 days).
    expect(safeguardingValidOn(check('2026-08-31', '2026-11-30'), '2026-12-01', policy)).toBe(true);
    expect(safeguardingValidOn(check('2026-08-31', '2026-12-01'), '2026-12-01', policy)).toBe(false);
    // 2026-11-30 + 3 months = 2027-02-28; in a leap year 2027-11-30 + 3 months = 2028-02-29.
    expect(safeguardingValidOn(check('2026-11-30', '2027-02-28'), '2027-03-01', policy)).toBe(true);
    expect(safeguardingValidOn(check('2026-11-30', '2027-03-01'), '2027-03-01', policy)).toBe(false);
    expect(safeguardingValidOn(check('2027-11-30', '2028-02-29'), '2028-03-01', policy)).toBe(true);
    expect(safeguardingValidOn(check('2027-11-30', '2028-03-01'), '2028-03-01', policy)).toBe(false);
    // Counted forward from the issue date (as § 188 BGB counts periods): 2026-02-28 + 3 months is
    // 2026-05-28, so a certificate of 2026-02-28 is too old on 2026-05-31.
    expect(safeguardingValidOn(check('2026-02-28', '2026-05-28'), '2026-06-01', policy)).toBe(true);
    expect(safeguardingValidOn(check('2026-02-28', '2026-05-31'), '2026-06-01', policy)).toBe(false);
  });

  it('counts an inspection for five years: valid on the day five years later, not the day after', () => {
    const inspected = check('2026-05-01', '2026-06-15');
    expect(safeguardingValidOn(inspected, '2026-06-15', policy)).toBe(true);
    expect(safeguardingValidOn(inspected, '2031-06-15', policy)).toBe(true);
    expect(safeguardingValidOn(inspected, '2031-06-16', policy)).toBe(false);
    // Inspected on a leap day: five years later is 2029-02-28.
    const leap = check('2024-01-10', '2024-02-29');
    expect(safeguardingValidOn(leap, '2029-02-28', policy)).toBe(true);
    expect(safeguardingValidOn(leap, '2029-03-01', policy)).toBe(false);
  });

  it('is not valid on a date before the inspection', () => {
    // DESIGN.md: "inspection at most five years before the occurrence"; on an earlier day the
    // volunteer had not shown a certificate yet.
    const inspected = check('2026-11-02', '2026-12-01');
    expect(safeguardingValidOn(inspected, '2026-11-30', policy)).toBe(false);
    expect(safeguardingValidOn(inspected, '2026-12-01', policy)).toBe(true);
  });

  it('is never valid with a relevant conviction', () => {
    const day = fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2032-12-31') });
    fc.assert(
      fc.property(day, fc.nat({ max: 120 }), day, (inspected, age, on) => {
        const facts = check(dateOfDay(inspected - age), dateOfDay(inspected), true);
        expect(safeguardingValidOn(facts, dateOfDay(on), policy)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('follows the policy it is given', () => {
    const strict = { certificateMaxAgeMonths: 1, inspectionValidYears: 1 };
    expect(safeguardingValidOn(check('2026-01-31', '2026-02-28'), '2027-02-28', strict)).toBe(true);
    expect(safeguardingValidOn(check('2026-01-31', '2026-03-01'), '2026-03-02', strict)).toBe(false);
    expect(safeguardingValidOn(check('2026-02-01', '2026-02-28'), '2027-03-01', strict)).toBe(false);
  });
});
