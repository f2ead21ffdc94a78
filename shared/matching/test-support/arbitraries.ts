/**
 * fast-check arbitraries for matching: needs, and candidates that lean towards meeting each
 * constraint (or not), for the engine's properties and the candidate index's completeness.
 */
import fc from 'fast-check';
import { LANGUAGE_LEVELS } from '../../catalog/languages.ts';
import type { LanguageCode } from '../../catalog/schemas.ts';
import { WEEKDAYS, type Weekday } from '../../time/calendar.ts';
import type { DatePeriod, SpokenLanguage, WeeklySlot } from '../../volunteers/schemas.ts';
import type { ConstraintContext } from '../constraints.ts';
import type { Occurrence, Schedule } from '../occurrences.ts';
import {
  type Candidate,
  type Commitment,
  DEFAULT_SAFEGUARDING_POLICY,
  type MatchingNeed,
  type MatchingProfile,
  type SafeguardingFacts,
} from '../types.ts';
import {
  dateOfDay,
  dayNumber,
  minutesByMonth,
  oracleOccurrences,
  range,
  time,
  weekdayOfDay,
} from './oracle-calendar.ts';

export const CONTEXT: ConstraintContext = { consentVersion: 'consent-2026-05', policy: DEFAULT_SAFEGUARDING_POLICY };

export const TODAY = dayNumber('2026-11-24');
export const SKILLS = ['homework', 'cooking', 'driving', 'sports', 'crafts'];
const LANGUAGES: LanguageCode[] = ['de', 'ar', 'fa', 'uk', 'tr'];
export const QUARTERS = ['nordstadt', 'suedviertel', 'altstadt', 'hafen'];
const VENUES = ['venue-1', 'venue-2', 'venue-3'];
export const NEED_ID = 'need-x';
export const IDS = ['0b7e', '1c2d', '3f9a', '5a01', '7d44', '9e3c', 'a2b8', 'c6f0'];
const NAMES = ['Amal', 'Jonas', 'Olena', 'Mehmet', 'Sara', 'Dawit'];

const often = <T>(likely: fc.Arbitrary<T>, rarely: fc.Arbitrary<T>, weight = 4) =>
  fc.oneof({ arbitrary: likely, weight }, { arbitrary: rarely, weight: 1 });
const slack = often(fc.constant(0), fc.integer({ min: 1, max: 90 }), 1);
const clampToDay = (minute: number) => Math.max(0, Math.min(1440, minute));
const windowArb = (maxLength: number) =>
  fc
    .integer({ min: 0, max: 1439 })
    .chain((start) =>
      fc.integer({ min: start + 1, max: Math.min(1440, start + maxLength) }).map((end) => ({ start, end })),
    );

export const needArb: fc.Arbitrary<MatchingNeed> = fc
  .record({
    once: fc.boolean(),
    first: fc.integer({ min: TODAY - 20, max: TODAY + 60 }),
    span: fc.nat({ max: 120 }),
    weekday: fc.constantFrom(...WEEKDAYS),
    window: windowArb(240),
    required: fc.subarray(SKILLS, { maxLength: 2 }),
    nice: fc.subarray(SKILLS, { maxLength: 2 }),
    languages: fc.subarray(LANGUAGES, { maxLength: 2 }),
    involvesMinors: fc.boolean(),
    quarterId: fc.constantFrom(...QUARTERS),
    venueId: fc.constantFrom(...VENUES),
    // The default, every date (today's rule), or any share at all.
    minSharePercent: fc.oneof(fc.constant(75), fc.constant(100), fc.integer({ min: 1, max: 100 })),
  })
  .map(
    ({
      once,
      first,
      span,
      weekday,
      window,
      required,
      nice,
      languages,
      involvesMinors,
      quarterId,
      venueId,
      minSharePercent,
    }): MatchingNeed => {
      const [start, end] = [time(window.start), time(window.end)];
      // A weekly need without a single date cannot be matched at all (see the example below).
      const hasWeekday = range(first, first + span + 1).some((day) => weekdayOfDay(day) === weekday);
      const schedule: Schedule = once
        ? { kind: 'once', date: dateOfDay(first), start, end }
        : {
            kind: 'weekly',
            weekday: hasWeekday ? weekday : weekdayOfDay(first),
            start,
            end,
            firstDate: dateOfDay(first),
            lastDate: dateOfDay(first + span),
          };
      return {
        needId: NEED_ID,
        quarterId,
        venueId,
        schedule,
        requiredSkills: required,
        niceToHaveSkills: nice.filter((skill) => !required.includes(skill)),
        languages,
        involvesMinors,
        // Also on one-off needs: their one date must be covered whatever share is asked.
        minSharePercent,
      };
    },
  );

/** Slots for the need's weekday: around its window (covering), split in two, shifted, or none. */
function needDaySlotsArb(
  weekday: Weekday,
  window: { start: number; end: number },
  lean: number,
): fc.Arbitrary<WeeklySlot[]> {
  const slot = (start: number, end: number): WeeklySlot[] =>
    end > start ? [{ weekday, start: time(clampToDay(start)), end: time(clampToDay(end)) }] : [];
  return fc.oneof(
    { arbitrary: fc.tuple(slack, slack).map(([b, a]) => slot(window.start - b, window.end + a)), weight: 5 * lean },
    {
      // Two adjacent slots, split inside the window: neither holds all of it.
      arbitrary: fc.nat().map((at) => {
        const length = window.end - window.start;
        if (length < 2) return slot(window.start, window.end);
        const split = window.start + 1 + (at % (length - 1));
        return [...slot(window.start - 30, split), ...slot(split, window.end + 30)];
      }),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: -90, max: 90 }), slack, slack)
        .map(([shift, b, a]) => slot(window.start + shift - b, window.end + shift + a)),
      weight: 1,
    },
    { arbitrary: fc.constant<WeeklySlot[]>([]), weight: 1 },
  );
}

/** A candidate for the need; the larger `lean`, the likelier each constraint is met. */
export function candidateArb(need: MatchingNeed, lean: number): fc.Arbitrary<Candidate> {
  const occurrences = oracleOccurrences(need.schedule);
  const first = occurrences[0] as Occurrence;
  const firstDay = dayNumber(first.date);
  const lastDay = dayNumber((occurrences.at(-1) as Occurrence).date);
  const window = { start: first.start, end: first.end };
  const weekday = weekdayOfDay(firstDay);
  const busiestMonth = Math.max(...minutesByMonth(occurrences).values());

  const commitmentOccurrenceArb: fc.Arbitrary<Occurrence> = fc.oneof(
    // On one of the need's dates, sharing its first minute, or touching it end-to-start.
    fc
      .record({
        index: fc.nat(),
        before: fc.nat({ max: 60 }),
        after: fc.nat({ max: 120 }),
        how: fc.constantFrom('overlap', 'touch-before', 'touch-after'),
      })
      .map(({ index, before, after, how }): Occurrence => {
        const date = (occurrences[index % occurrences.length] as Occurrence).date;
        if (how === 'touch-before' && window.start > 0) {
          return { date, start: Math.max(0, window.start - 1 - before), end: window.start };
        }
        if (how === 'touch-after' && window.end < 1440) {
          return { date, start: window.end, end: Math.min(1440, window.end + 1 + after) };
        }
        return { date, start: Math.max(0, window.start - before), end: Math.min(1440, window.start + 1 + after) };
      }),
    // Recently (the fair-spread window), or anywhere in the need's months.
    fc
      .record({ day: fc.integer({ min: TODAY - 40, max: TODAY }), window: windowArb(300) })
      .map(({ day, window: w }) => ({ date: dateOfDay(day), ...w })),
    fc
      .record({ day: fc.integer({ min: firstDay - 10, max: lastDay + 10 }), window: windowArb(300) })
      .map(({ day, window: w }) => ({ date: dateOfDay(day), ...w })),
  );

  const commitmentArb: fc.Arbitrary<Commitment> = fc
    .record({
      needId: fc.constantFrom(NEED_ID, 'need-y', 'need-z'),
      venueId: fc.constantFrom(...VENUES),
      status: fc.constantFrom<Commitment['status']>('accepted', 'completed'),
      occurrences: fc
        .array(commitmentOccurrenceArb, { minLength: 1, maxLength: 4 })
        .map((list) => list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
    })
    // Now and then a date marked as no-show: its hours leave the cap, the fair spread and continuity.
    .chain((commitment) =>
      often(
        fc.constant(commitment),
        fc
          .subarray([...new Set(commitment.occurrences.map((o) => o.date))], { minLength: 1 })
          .map((noShows) => ({ ...commitment, noShows })),
      ),
    );

  const safeguardingArb: fc.Arbitrary<SafeguardingFacts> = fc
    .record({
      inspected: often(
        fc.integer({ min: firstDay - 1700, max: firstDay }),
        fc.integer({ min: firstDay - 1900, max: lastDay + 10 }),
        3 * lean,
      ),
      age: often(fc.integer({ min: 0, max: 95 }), fc.integer({ min: -5, max: 130 }), 4 * lean),
      relevantConviction: often(fc.constant(false), fc.constant(true), 7 * lean),
    })
    .map(({ inspected, age, relevantConviction }) => ({
      inspectedOn: dateOfDay(inspected),
      issuedOn: dateOfDay(inspected - age),
      relevantConviction,
    }));

  const otherWeekdays = WEEKDAYS.filter((day) => day !== weekday);
  const profileArb = fc
    .record({
      firstName: fc.constantFrom(...NAMES),
      paused: often(fc.constant(false), fc.constant(true), 5 * lean),
      consentVersion: often(fc.constant(CONTEXT.consentVersion), fc.constant('consent-2025-01'), 5 * lean),
      quarters: fc.oneof(
        { arbitrary: fc.constant<'all'>('all'), weight: lean },
        {
          arbitrary: fc.subarray(QUARTERS, { minLength: 1 }).map((list) => [...new Set([need.quarterId, ...list])]),
          weight: lean,
        },
        { arbitrary: fc.subarray(QUARTERS, { minLength: 1 }), weight: 1 },
      ),
      skills: fc
        .tuple(often(fc.constant(true), fc.constant(false), 3 * lean), fc.subarray(SKILLS))
        .map(([hasRequired, list]) => [...new Set([...(hasRequired ? need.requiredSkills : []), ...list])]),
      languages: fc
        .tuple(
          fc.uniqueArray(
            fc.record({ code: fc.constantFrom(...LANGUAGES), level: fc.constantFrom(...LANGUAGE_LEVELS) }),
            { selector: (l) => l.code, minLength: 1, maxLength: 3 },
          ),
          often(
            fc.constantFrom<LanguageCode>(...(need.languages as LanguageCode[]), 'de'),
            fc.constant(undefined),
            3 * lean,
          ),
          fc.constantFrom(...LANGUAGE_LEVELS),
        )
        .map(([list, spoken, level]): SpokenLanguage[] =>
          spoken === undefined || list.some((l) => l.code === spoken) ? list : [...list, { code: spoken, level }],
        ),
      needDaySlots: needDaySlotsArb(weekday, window, lean),
      otherSlots: fc.uniqueArray(fc.record({ weekday: fc.constantFrom(...otherWeekdays), window: windowArb(600) }), {
        selector: (s) => s.weekday,
        maxLength: 3,
      }),
      from: often(fc.integer({ min: -60, max: 0 }), fc.integer({ min: 1, max: 30 }), 4 * lean),
      until: fc.option(often(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -30, max: -1 }), 4 * lean)),
      blackouts: fc.oneof(
        { arbitrary: fc.constant<DatePeriod[]>([]), weight: lean },
        {
          arbitrary: fc.array(
            fc
              .record({ start: fc.integer({ min: firstDay - 10, max: lastDay + 10 }), length: fc.nat({ max: 10 }) })
              .map(({ start, length }): DatePeriod => ({ from: dateOfDay(start), until: dateOfDay(start + length) })),
            { minLength: 1, maxLength: 2 },
          ),
          weight: 1,
        },
        {
          // Away on exactly one of the need's dates: an absence the share may allow.
          arbitrary: fc.nat().map((index): DatePeriod[] => {
            const { date } = occurrences[index % occurrences.length] as Occurrence;
            return [{ from: date, until: date }];
          }),
          weight: Math.ceil(lean / 2),
        },
      ),
      cap: often(
        fc.integer({ min: 0, max: 8 }).map((extra) => Math.min(160, Math.ceil(busiestMonth / 60) + extra)),
        fc.integer({ min: 1, max: 160 }),
        2 * lean,
      ),
    })
    .map(
      (p): MatchingProfile => ({
        volunteerId: '',
        firstName: p.firstName,
        paused: p.paused,
        consentVersion: p.consentVersion,
        quarters: p.quarters,
        skills: p.skills,
        languages: p.languages,
        weeklySlots: [
          ...p.needDaySlots,
          ...p.otherSlots.map((s) => ({ weekday: s.weekday, start: time(s.window.start), end: time(s.window.end) })),
        ],
        availableFrom: dateOfDay(firstDay + p.from),
        availableUntil: p.until === null ? undefined : dateOfDay(lastDay + p.until),
        blackouts: p.blackouts,
        maxHoursPerMonth: Math.max(1, p.cap),
      }),
    );

  return fc
    .record({
      profile: profileArb,
      commitments: often(fc.constant<Commitment[]>([]), fc.array(commitmentArb, { minLength: 1, maxLength: 3 }), 1),
      safeguarding: fc.option(safeguardingArb, { freq: 4 * lean, nil: undefined }),
    })
    .map(({ profile, commitments, safeguarding }): Candidate => {
      const candidate: Candidate = { profile, commitments };
      if (safeguarding) candidate.safeguarding = safeguarding;
      return candidate;
    });
}
