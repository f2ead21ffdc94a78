import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_LEVELS } from '../catalog/languages.ts';
import { rankCandidates } from './engine.ts';
import type { Occurrence, Schedule } from './occurrences.ts';
import { CONTEXT, candidateArb, IDS, needArb, TODAY } from './test-support/arbitraries.ts';
import {
  dateOfDay,
  dayNumber,
  minutesByMonth,
  minutesOf,
  oracleOccurrences,
  pad,
  range,
  weekdayOfDay,
} from './test-support/oracle-calendar.ts';
import type {
  Candidate,
  Commitment,
  MatchingNeed,
  MatchingProfile,
  MatchingResult,
  SafeguardingFacts,
  Violation,
  ViolationCode,
} from './types.ts';

/** Never the clock: 11:00 in Berlin on Tuesday, 2026-11-24. */
const NOW = new Date('2026-11-24T10:00:00Z');
/** NOW in Berlin minutes of its day (CET, no daylight-saving change near it). */
const NOW_MINUTES = 11 * 60;

/** Calendar months later, on the same day or the month's last day when it has fewer (§ 188 BGB). */
function monthsLater(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return `${year}-${pad(month)}-${pad(Math.min(d, length))}`;
}

// --- The oracle: DESIGN.md's matching semantics, written independently of the engine ------------

function oracleCovers(profile: MatchingProfile, occurrence: Occurrence): boolean {
  const day = dayNumber(occurrence.date);
  if (day < dayNumber(profile.availableFrom)) return false;
  if (profile.availableUntil !== undefined && day > dayNumber(profile.availableUntil)) return false;
  const blackedOut = new Set(profile.blackouts.flatMap((p) => range(dayNumber(p.from), dayNumber(p.until) + 1)));
  if (blackedOut.has(day)) return false;
  return profile.weeklySlots.some(
    (slot) =>
      slot.weekday === weekdayOfDay(day) &&
      range(occurrence.start, occurrence.end).every((m) => minutesOf(slot.start) <= m && m < minutesOf(slot.end)),
  );
}

/** Done: its window ended by NOW, and it is not marked as no-show. */
const oracleDone = (commitment: Commitment, o: Occurrence) =>
  !(commitment.noShows ?? []).includes(o.date) &&
  (dayNumber(o.date) < TODAY || (dayNumber(o.date) === TODAY && o.end <= NOW_MINUTES));

const shareAMinute = (a: Occurrence, b: Occurrence) =>
  a.date === b.date && range(a.start, a.end).some((m) => b.start <= m && m < b.end);

function oracleCheckValid(facts: SafeguardingFacts, date: string): boolean {
  const policy = CONTEXT.policy;
  return (
    !facts.relevantConviction &&
    facts.issuedOn <= facts.inspectedOn &&
    facts.inspectedOn <= monthsLater(facts.issuedOn, policy.certificateMaxAgeMonths) &&
    facts.inspectedOn <= date &&
    date <= monthsLater(facts.inspectedOn, 12 * policy.inspectionValidYears)
  );
}

/** What the oracle expects of each violated constraint. */
interface OracleFinding {
  missingSkills?: string[];
  firstInvalidDate?: string;
  unavailable?: { dates: string[]; coming: number; required: number; total: number };
  overlapping?: Array<{ needId: string; date: string }>;
  capExcess?: { month: string; hours: number; cap: number };
}

/** The least number of dates that reach `percent` % of `total`, counted up one by one (at least one). */
function oracleRequired(total: number, percent: number): number {
  let dates = 1;
  while (dates * 100 < total * percent) dates++;
  return dates;
}

/**
 * The dates the oracle judges (those still to come, or one cover date alone), the share asked
 * (a one-off need or a cover date: 100 %), and which of them the volunteer can come to.
 */
function oracleScope(candidate: Candidate, need: MatchingNeed, onDate?: string) {
  // Only what is still to come is judged: dates before today (in Berlin) have passed.
  const judged = oracleOccurrences(need.schedule).filter(
    (o) => o.date >= '2026-11-24' && (onDate === undefined || o.date === onDate),
  );
  const percent = need.schedule.kind === 'once' || onDate !== undefined ? 100 : need.minSharePercent;
  const coming = judged.filter((o) => oracleCovers(candidate.profile, o));
  const absent = judged.filter((o) => !oracleCovers(candidate.profile, o)).map((o) => o.date);
  return { judged, percent, coming, absent };
}

function oracleViolations(
  candidate: Candidate,
  need: MatchingNeed,
  onDate?: string,
): Map<ViolationCode, OracleFinding> {
  const { profile } = candidate;
  const { judged, percent, coming, absent } = oracleScope(candidate, need, onDate);
  const found = new Map<ViolationCode, OracleFinding>();
  if (profile.paused) found.set('paused', {});
  if (profile.consentVersion !== CONTEXT.consentVersion) found.set('consent_missing', {});
  if (profile.quarters !== 'all' && !profile.quarters.includes(need.quarterId)) found.set('not_in_quarter', {});
  const missingSkills = need.requiredSkills.filter((skill) => !profile.skills.includes(skill));
  if (missingSkills.length > 0) found.set('missing_skills', { missingSkills });
  const spoken = new Set<string>(profile.languages.map((l) => l.code));
  if (need.languages.length > 0 && !need.languages.some((code) => spoken.has(code))) {
    found.set('no_common_language', {});
  }
  // Safeguarding, overlap and the cap are judged on the dates the volunteer comes to, not on absences.
  if (need.involvesMinors) {
    const facts = candidate.safeguarding;
    if (facts === undefined) found.set('safeguarding_missing', {});
    else {
      const invalid = coming.find((o) => !oracleCheckValid(facts, o.date));
      if (invalid) found.set('safeguarding_invalid', { firstInvalidDate: invalid.date });
    }
  }
  // A need with nothing left to come can be helped with by no one.
  const required = oracleRequired(judged.length, percent);
  if (coming.length < required) {
    found.set('not_available', {
      unavailable: { dates: absent.slice(0, 3), coming: coming.length, required, total: judged.length },
    });
  }
  const overlapping = candidate.commitments
    .filter((c) => c.status === 'accepted')
    .flatMap((c) =>
      c.occurrences
        .filter((t) => coming.some((o) => shareAMinute(o, t)))
        .map((t) => ({ needId: c.needId, date: t.date })),
    );
  if (overlapping.length > 0) found.set('overlaps_commitment', { overlapping });
  // The ledger's hours count whether the help is still ahead or done, but not a no-show's.
  const committed = minutesByMonth(
    candidate.commitments.flatMap((c) => c.occurrences.filter((o) => !(c.noShows ?? []).includes(o.date))),
  );
  const excess = [...minutesByMonth(coming)]
    .map(([month, minutes]) => ({ month, total: (committed.get(month) ?? 0) + minutes }))
    .filter(({ total }) => total > profile.maxHoursPerMonth * 60)
    .sort((a, b) => (a.month < b.month ? -1 : 1))[0];
  if (excess) {
    found.set('hour_cap', {
      capExcess: { month: excess.month, hours: excess.total / 60, cap: profile.maxHoursPerMonth },
    });
  }
  return found;
}

/** Checks one exclusion's violations against the oracle's findings, code by code and detail by detail. */
function expectSameViolations(violations: Violation[], expected: Map<ViolationCode, OracleFinding>): void {
  const codes = violations.map((v) => v.code);
  expect(new Set(codes).size).toBe(codes.length); // each constraint listed once
  expect([...codes].sort()).toEqual([...expected.keys()].sort());
  for (const violation of violations) {
    const finding = expected.get(violation.code) ?? {};
    switch (violation.code) {
      case 'missing_skills':
        expect(violation.skills).toEqual(finding.missingSkills);
        break;
      case 'safeguarding_invalid':
        expect(violation.date).toBe(finding.firstInvalidDate);
        break;
      case 'not_available':
        // At most three dates are named: the first ones; and the figures of the share.
        expect({
          dates: violation.dates,
          coming: violation.coming,
          required: violation.required,
          total: violation.total,
        }).toEqual(finding.unavailable);
        break;
      case 'overlaps_commitment':
        expect(finding.overlapping).toContainEqual({ needId: violation.needId, date: violation.date });
        break;
      case 'hour_cap':
        expect({ month: violation.month, hours: violation.hours, cap: violation.cap }).toEqual(finding.capExcess);
        break;
      default:
        expect(Object.keys(violation)).toEqual(['code']);
    }
  }
}

// --- Generators ----------------------------------------------------------------------------------

/** A need, candidates with distinct ids, and a shuffled order of the same candidates. */
const scenarioArb = needArb.chain((need) =>
  fc
    .tuple(
      fc.array(fc.oneof(candidateArb(need, 1), candidateArb(need, 6)), { minLength: 1, maxLength: 6 }),
      fc.shuffledSubarray(IDS, { minLength: IDS.length, maxLength: IDS.length }),
    )
    .map(([generated, ids]) =>
      generated.map((c, i) => ({ ...c, profile: { ...c.profile, volunteerId: ids[i] as string } })),
    )
    .chain((candidates) =>
      fc
        .shuffledSubarray(candidates, { minLength: candidates.length, maxLength: candidates.length })
        .map((shuffled) => ({ need, candidates, shuffled })),
    ),
);

// --- The properties ------------------------------------------------------------------------------

/** (a)–(d) of the first property: the result against the oracle, for all dates or one cover date. */
function expectOracleResult(
  need: MatchingNeed,
  candidates: Candidate[],
  result: MatchingResult,
  count: (key: string) => void,
  onDate?: string,
): void {
  // (d) proposals and exclusions partition the candidates.
  const proposed = result.proposals.map((p) => p.volunteerId);
  const excluded = result.excluded.map((e) => e.volunteerId);
  expect([...proposed, ...excluded].sort()).toEqual(candidates.map((c) => c.profile.volunteerId).sort());

  const byId = new Map(candidates.map((c) => [c.profile.volunteerId, c]));
  for (const proposal of result.proposals) {
    const candidate = byId.get(proposal.volunteerId) as Candidate;
    // (a) a proposed volunteer violates nothing the oracle knows of, and their absences are
    // exactly the judged dates their availability does not cover.
    expect([...oracleViolations(candidate, need, onDate).keys()]).toEqual([]);
    expect(proposal.absences).toEqual(oracleScope(candidate, need, onDate).absent);
    expect(proposal.firstName).toBe(candidate.profile.firstName);
    count('proposed');
    if (proposal.absences.length > 0) count('proposed with absences');
  }
  for (const exclusion of result.excluded) {
    const candidate = byId.get(exclusion.volunteerId) as Candidate;
    const expected = oracleViolations(candidate, need, onDate);
    // (b) at least one violation, each really violated, (c) none left out.
    expect(exclusion.violations.length).toBeGreaterThan(0);
    expectSameViolations(exclusion.violations, expected);
    expect(exclusion.firstName).toBe(candidate.profile.firstName);
    for (const code of expected.keys()) count(code);
  }
}

/** A scenario and a cover date: mostly one of the need's remaining dates, sometimes any day near it. */
const coverScenarioArb = scenarioArb.chain((scenario) => {
  const upcoming = oracleOccurrences(scenario.need.schedule)
    .map((o) => o.date)
    .filter((date) => date >= '2026-11-24');
  const anyDay = fc.integer({ min: TODAY - 10, max: TODAY + 200 }).map(dateOfDay);
  const date = upcoming.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...upcoming), weight: 5 }, anyDay) : anyDay;
  return date.map((onDate) => ({ ...scenario, onDate }));
});

describe('rankCandidates (properties)', () => {
  it('proposes exactly the candidates that violate no hard constraint and lists every violation of the others', () => {
    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(scenarioArb, ({ need, candidates, shuffled }) => {
        const input = structuredClone(candidates);
        const result = rankCandidates(need, candidates, CONTEXT, NOW);
        expect(candidates).toEqual(input); // the input is left alone
        expectOracleResult(need, candidates, result, count);
        // (e) the same candidates in another order (and fresh copies) give the identical result.
        expect(rankCandidates(need, structuredClone(shuffled), CONTEXT, NOW)).toEqual(result);
      }),
      { numRuns: 300 },
    );
    // The generator is useful only if it reaches both outcomes and every constraint.
    expect(seen.get('proposed') ?? 0).toBeGreaterThan(40);
    expect(seen.get('proposed with absences') ?? 0).toBeGreaterThan(10);
    const codes: ViolationCode[] = [
      'paused',
      'consent_missing',
      'not_in_quarter',
      'missing_skills',
      'no_common_language',
      'safeguarding_missing',
      'safeguarding_invalid',
      'not_available',
      'overlaps_commitment',
      'hour_cap',
    ];
    for (const code of codes) expect(seen.get(code) ?? 0, code).toBeGreaterThan(10);
  });

  it('in cover mode judges the one date alone at 100 %, and proposes nobody for a date the need does not have', () => {
    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(coverScenarioArb, ({ need, candidates, onDate }) => {
        const result = rankCandidates(need, candidates, CONTEXT, NOW, { date: onDate });
        expectOracleResult(need, candidates, result, count, onDate);
        for (const proposal of result.proposals) {
          expect(proposal.absences).toEqual([]);
          expect(proposal.explanation.find((item) => item.criterion === 'share')).toEqual({
            criterion: 'share',
            points: 10,
            share: 1,
            absences: [],
          });
        }
      }),
      { numRuns: 200 },
    );
    expect(seen.get('proposed') ?? 0).toBeGreaterThan(30);
    expect(seen.get('not_available') ?? 0).toBeGreaterThan(10);
  });

  it('orders proposals by score (the sum of their explanation) descending, then by volunteer id', () => {
    let compared = 0;
    fc.assert(
      fc.property(scenarioArb, ({ need, candidates }) => {
        const { proposals } = rankCandidates(need, candidates, CONTEXT, NOW);
        for (const proposal of proposals) {
          // (f) the score is the sum of the points the manager reads.
          expect(proposal.score).toBe(proposal.explanation.reduce((sum, item) => sum + item.points, 0));
        }
        for (let i = 1; i < proposals.length; i++) {
          const [a, b] = [proposals[i - 1], proposals[i]] as [(typeof proposals)[0], (typeof proposals)[0]];
          expect(a.score > b.score || (a.score === b.score && a.volunteerId < b.volunteerId)).toBe(true);
          compared++;
        }
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(15);
  });

  it('explains each score by the facts: nice-to-have skills, best language, continuity, recent hours, share of dates', () => {
    fc.assert(
      fc.property(scenarioArb, ({ need, candidates }) => {
        const { proposals } = rankCandidates(need, candidates, CONTEXT, NOW);
        const byId = new Map(candidates.map((c) => [c.profile.volunteerId, c]));
        for (const proposal of proposals) {
          const { profile, commitments } = byId.get(proposal.volunteerId) as Candidate;
          const item = <C extends string>(criterion: C) => proposal.explanation.find((i) => i.criterion === criterion);
          expect(item('nice_to_have')).toMatchObject({
            skills: need.niceToHaveSkills.filter((skill) => profile.skills.includes(skill)),
          });
          const levels = profile.languages
            .filter((l) => (need.languages as string[]).includes(l.code))
            .map((l) => LANGUAGE_LEVELS.indexOf(l.level));
          const language = item('language');
          if (levels.length === 0) expect(language?.points).toBe(0);
          else expect(language).toMatchObject({ level: LANGUAGE_LEVELS[Math.max(...levels)] });
          // Continuity is earned by help done, not by a booking still ahead.
          const helped = commitments.filter((c) => c.occurrences.some((o) => oracleDone(c, o)));
          const basis = helped.some((c) => c.needId === need.needId)
            ? 'same_need'
            : helped.some((c) => c.venueId === need.venueId)
              ? 'same_venue'
              : 'none';
          expect(item('continuity')).toMatchObject({ basis });
          // Hours done in the 30 days up to NOW, in whole minutes.
          const recentMinutes = commitments
            .flatMap((c) => c.occurrences.filter((o) => oracleDone(c, o)))
            .filter((o) => dayNumber(o.date) > TODAY - 30)
            .reduce((sum, o) => sum + o.end - o.start, 0);
          expect(item('fair_spread')).toEqual({
            criterion: 'fair_spread',
            recentHours: recentMinutes / 60,
            points: Math.max(0, 10 - Math.floor((recentMinutes + 59) / 60)),
          });
          // Share: the most points p (0–10) with p ÷ 10 not above the share of dates they come to.
          const { judged, coming, absent } = oracleScope(byId.get(proposal.volunteerId) as Candidate, need);
          const sharePoints = range(0, 11)
            .filter((p) => p * judged.length <= 10 * coming.length)
            .at(-1);
          expect(item('share')).toEqual({
            criterion: 'share',
            points: sharePoints,
            share: coming.length / judged.length,
            absences: absent,
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});

// --- Examples ------------------------------------------------------------------------------------

/** Homework help in the Nordstadt, Tuesdays 16–18 from 2026-12-01 to 2027-01-26 (nine Tuesdays). */
const homework: MatchingNeed = {
  needId: 'need-homework',
  quarterId: 'nordstadt',
  venueId: 'venue-1',
  schedule: {
    kind: 'weekly',
    weekday: 'tue',
    start: '16:00',
    end: '18:00',
    firstDate: '2026-12-01',
    lastDate: '2027-01-26',
  },
  requiredSkills: ['homework'],
  niceToHaveSkills: ['crafts'],
  languages: ['ar'],
  involvesMinors: true,
  // Every date, as before shares: these examples keep today's rule.
  minSharePercent: 100,
};

const validCheck: SafeguardingFacts = { issuedOn: '2026-09-15', inspectedOn: '2026-10-01', relevantConviction: false };

function volunteer(
  volunteerId: string,
  profile: Partial<MatchingProfile> = {},
  rest: Partial<Omit<Candidate, 'profile'>> = {},
): Candidate {
  return {
    profile: {
      volunteerId,
      firstName: volunteerId,
      paused: false,
      consentVersion: CONTEXT.consentVersion,
      quarters: 'all',
      skills: ['homework'],
      languages: [{ code: 'ar', level: 'C1' }],
      weeklySlots: [{ weekday: 'tue', start: '15:00', end: '19:00' }],
      availableFrom: '2026-11-01',
      blackouts: [],
      maxHoursPerMonth: 20,
      ...profile,
    },
    commitments: [],
    safeguarding: validCheck,
    ...rest,
  };
}

const rank = (need: MatchingNeed, candidates: Candidate[]): MatchingResult =>
  rankCandidates(need, candidates, CONTEXT, NOW);
const ids = (result: MatchingResult) => result.proposals.map((p) => p.volunteerId);

describe('rankCandidates (examples)', () => {
  it('proposes an Arabic-speaking homework helper with a valid check, and explains the score', () => {
    const result = rank(homework, [volunteer('amal')]);
    expect(result.excluded).toEqual([]);
    expect(result.proposals).toEqual([
      {
        volunteerId: 'amal',
        firstName: 'amal',
        score: 30,
        explanation: [
          { criterion: 'nice_to_have', points: 0, skills: [] },
          { criterion: 'language', points: 10, language: 'ar', level: 'C1' },
          { criterion: 'continuity', points: 0, basis: 'none' },
          { criterion: 'fair_spread', points: 10, recentHours: 0 },
          { criterion: 'share', points: 10, share: 1, absences: [] },
        ],
        absences: [],
      },
    ]);
  });

  it('excludes the same helper without a check, with safeguarding_missing only', () => {
    const result = rank(homework, [volunteer('jonas', {}, { safeguarding: undefined })]);
    expect(result.proposals).toEqual([]);
    expect(result.excluded).toEqual([
      { volunteerId: 'jonas', firstName: 'jonas', violations: [{ code: 'safeguarding_missing' }] },
    ]);
  });

  it('names the first occurrence a check is no longer valid on', () => {
    // Inspected 2021-12-10: valid until 2026-12-10, so the third Tuesday (12-15) is the first too late.
    const old = { issuedOn: '2021-11-20', inspectedOn: '2021-12-10', relevantConviction: false };
    expect(rank(homework, [volunteer('olena', {}, { safeguarding: old })]).excluded[0]?.violations).toEqual([
      { code: 'safeguarding_invalid', date: '2026-12-15' },
    ]);
    // A check inspected after the first occurrence did not cover it.
    const late = { issuedOn: '2026-11-20', inspectedOn: '2026-12-02', relevantConviction: false };
    expect(rank(homework, [volunteer('sara', {}, { safeguarding: late })]).excluded[0]?.violations).toEqual([
      { code: 'safeguarding_invalid', date: '2026-12-01' },
    ]);
    const convicted = { ...validCheck, relevantConviction: true };
    expect(rank(homework, [volunteer('x', {}, { safeguarding: convicted })]).excluded[0]?.violations).toEqual([
      { code: 'safeguarding_invalid', date: '2026-12-01' },
    ]);
  });

  it('lists every violated constraint, not only the first', () => {
    const result = rank(homework, [
      volunteer(
        'mehmet',
        {
          paused: true,
          consentVersion: 'consent-2025-01',
          quarters: ['hafen'],
          skills: ['cooking'],
          languages: [{ code: 'de', level: 'native' }],
          // Away on the first Tuesday: the other hard constraints are judged on the eight others.
          blackouts: [{ from: '2026-12-01', until: '2026-12-01' }],
          maxHoursPerMonth: 5,
        },
        {
          safeguarding: undefined,
          commitments: [
            {
              needId: 'need-cooking',
              venueId: 'venue-2',
              status: 'accepted',
              occurrences: [{ date: '2026-12-08', start: 17 * 60 + 59, end: 19 * 60 }],
            },
          ],
        },
      ),
    ]);
    expect(result.excluded[0]?.violations).toEqual(
      expect.arrayContaining([
        { code: 'paused' },
        { code: 'consent_missing' },
        { code: 'not_in_quarter' },
        { code: 'missing_skills', skills: ['homework'] },
        { code: 'no_common_language' },
        { code: 'safeguarding_missing' },
        { code: 'not_available', dates: ['2026-12-01'], coming: 8, required: 9, total: 9 },
        { code: 'overlaps_commitment', needId: 'need-cooking', date: '2026-12-08' },
        // December: the four Tuesdays they would come to, two hours each, plus the 61 minutes accepted.
        { code: 'hour_cap', month: '2026-12', hours: (480 + 61) / 60, cap: 5 },
      ]),
    );
    expect(result.excluded[0]?.violations).toHaveLength(9);
  });

  it('does not count a commitment that ends as the need starts as an overlap', () => {
    const before: Commitment = {
      needId: 'need-cooking',
      venueId: 'venue-2',
      status: 'accepted',
      occurrences: [{ date: '2026-12-08', start: 14 * 60, end: 16 * 60 }],
    };
    expect(ids(rank(homework, [volunteer('amal', {}, { commitments: [before] })]))).toEqual(['amal']);
  });

  it('ranks a volunteer who helped at the venue above an otherwise equal one, and the same need higher still', () => {
    const atVenue: Commitment = {
      needId: 'need-reading',
      venueId: 'venue-1',
      status: 'completed',
      occurrences: [{ date: '2026-06-02', start: 16 * 60, end: 18 * 60 }],
    };
    const sameNeed: Commitment = { ...atVenue, needId: 'need-homework', venueId: 'venue-1' };
    const result = rank(homework, [
      volunteer('v-1'),
      volunteer('v-2', {}, { commitments: [atVenue] }),
      volunteer('v-3', {}, { commitments: [sameNeed] }),
    ]);
    expect(ids(result)).toEqual(['v-3', 'v-2', 'v-1']);
    expect(result.proposals.map((p) => p.explanation.find((i) => i.criterion === 'continuity'))).toEqual([
      { criterion: 'continuity', points: 15, basis: 'same_need' },
      { criterion: 'continuity', points: 10, basis: 'same_venue' },
      { criterion: 'continuity', points: 0, basis: 'none' },
    ]);
  });

  it('ranks a volunteer with fewer hours in the last 30 days higher', () => {
    const recent = (hours: number, date = '2026-11-17'): Commitment => ({
      needId: 'need-garden',
      venueId: 'venue-9',
      status: 'completed',
      occurrences: [{ date, start: 10 * 60, end: 10 * 60 + hours * 60 }],
    });
    const result = rank(homework, [
      // The window is today and the 29 days before: 2026-10-26 is in, 2026-10-25 is out.
      volunteer('a-busy', {}, { commitments: [recent(4, '2026-10-26')] }),
      volunteer('b-rested'),
      volunteer('c-long-ago', {}, { commitments: [recent(4, '2026-10-25')] }),
    ]);
    expect(ids(result)).toEqual(['b-rested', 'c-long-ago', 'a-busy']);
    expect(result.proposals.at(-1)?.explanation.find((item) => item.criterion === 'fair_spread')).toEqual({
      criterion: 'fair_spread',
      points: 6,
      recentHours: 4,
    });
  });

  it('counts recent minutes exactly: 112 + 48 + 20 minutes are 3 hours, not a little more', () => {
    const result = rank(homework, [
      volunteer(
        'dawit',
        {},
        {
          commitments: [
            {
              needId: 'need-garden',
              venueId: 'venue-9',
              status: 'completed',
              occurrences: [
                { date: '2026-11-10', start: 600, end: 712 },
                { date: '2026-11-12', start: 600, end: 648 },
                { date: '2026-11-17', start: 600, end: 620 },
              ],
            },
          ],
        },
      ),
    ]);
    expect(result.proposals[0]?.explanation.find((item) => item.criterion === 'fair_spread')).toEqual({
      criterion: 'fair_spread',
      points: 7,
      recentHours: 3,
    });
  });

  it('allows a month that reaches the cap exactly', () => {
    // December: 5 × 2 hours = 10.
    expect(ids(rank(homework, [volunteer('amal', { maxHoursPerMonth: 10 })]))).toEqual(['amal']);
    expect(rank(homework, [volunteer('amal', { maxHoursPerMonth: 9 })]).excluded[0]?.violations).toEqual([
      { code: 'hour_cap', month: '2026-12', hours: 10, cap: 9 },
    ]);
  });

  it('breaks ties by volunteer id, whatever the input order', () => {
    const tied = ['c', 'a', 'b'].map((id) => volunteer(id));
    expect(ids(rank(homework, tied))).toEqual(['a', 'b', 'c']);
    expect(ids(rank(homework, [...tied].reverse()))).toEqual(['a', 'b', 'c']);
  });

  it('proposes nobody for a weekly need without a single date in its range', () => {
    const empty: MatchingNeed = {
      ...homework,
      schedule: { ...homework.schedule, firstDate: '2026-12-02', lastDate: '2026-12-07' } as Schedule,
    };
    expect(rank(empty, [volunteer('amal')]).excluded).toEqual([
      {
        volunteerId: 'amal',
        firstName: 'amal',
        violations: [{ code: 'not_available', dates: [], coming: 0, required: 1, total: 0 }],
      },
    ]);
  });
});

// --- Share of dates and cover (examples) --------------------------------------------------------

/** Homework help on 17 Tuesdays, 2026-12-01 to 2027-03-23, at the default share of 75 %: at least 13 dates. */
const seventeen: MatchingNeed = {
  ...homework,
  needId: 'need-seventeen',
  schedule: { ...homework.schedule, lastDate: '2027-03-23' } as Schedule,
  minSharePercent: 75,
};
const away = (from: string, until: string) => ({ blackouts: [{ from, until }] });
const shareOf = (result: MatchingResult, volunteerId: string) =>
  result.proposals.find((p) => p.volunteerId === volunteerId)?.explanation.find((i) => i.criterion === 'share');

describe('share of dates (examples)', () => {
  it('proposes a volunteer away on 4 of 17 dates at 75 %, naming the absences, and scores the share', () => {
    // Prepare: away 22 Dec to 12 Jan, four Tuesdays; 13 of 17 remain (⌈17 × 0.75⌉ = 13).
    const candidates = [volunteer('holiday', away('2026-12-22', '2027-01-12')), volunteer('always')];
    // Act
    const result = rank(seventeen, candidates);
    // Assess
    const absences = ['2026-12-22', '2026-12-29', '2027-01-05', '2027-01-12'];
    expect(ids(result)).toEqual(['always', 'holiday']);
    expect(result.proposals[1]?.absences).toEqual(absences);
    // ⌊10 × 13 ÷ 17⌋ = 7 points; every date: 10.
    expect(shareOf(result, 'holiday')).toEqual({ criterion: 'share', points: 7, share: 13 / 17, absences });
    expect(shareOf(result, 'always')).toEqual({ criterion: 'share', points: 10, share: 1, absences: [] });
    expect(result.proposals[0]?.absences).toEqual([]);
  });

  it('excludes a volunteer away on 5 of 17 dates at 75 %, with the first dates and the figures', () => {
    // Prepare: away 15 Dec to 12 Jan, five Tuesdays; 12 of 17 remain.
    const candidates = [volunteer('away-five', away('2026-12-15', '2027-01-12'))];
    // Act
    const result = rank(seventeen, candidates);
    // Assess
    expect(result.proposals).toEqual([]);
    expect(result.excluded[0]?.violations).toEqual([
      {
        code: 'not_available',
        dates: ['2026-12-15', '2026-12-22', '2026-12-29'],
        coming: 12,
        required: 13,
        total: 17,
      },
    ]);
  });

  it('keeps today’s rule at 100 %: one date away excludes', () => {
    // Prepare
    const everyDate = { ...seventeen, minSharePercent: 100 };
    // Act
    const result = rank(everyDate, [volunteer('one-off-away', away('2027-03-23', '2027-03-23'))]);
    // Assess
    expect(result.excluded[0]?.violations).toEqual([
      { code: 'not_available', dates: ['2027-03-23'], coming: 16, required: 17, total: 17 },
    ]);
  });

  it('asks a one-off need for its one date, whatever share it carries', () => {
    // Prepare: a once need with a (meaningless) share of 1 %.
    const once: MatchingNeed = {
      ...homework,
      schedule: { kind: 'once', date: '2026-12-01', start: '16:00', end: '18:00' },
      minSharePercent: 1,
    };
    // Act
    const result = rank(once, [volunteer('away', away('2026-12-01', '2026-12-01')), volunteer('there')]);
    // Assess
    expect(ids(result)).toEqual(['there']);
    expect(result.proposals[0]?.absences).toEqual([]);
    expect(result.excluded[0]?.violations).toEqual([
      { code: 'not_available', dates: ['2026-12-01'], coming: 0, required: 1, total: 1 },
    ]);
  });

  it('judges the hour cap and overlaps on the dates they come to, not on their absences', () => {
    // Prepare: away 22 Dec to 12 Jan, so in December they come on 1, 8 and 15 Dec (6 hours); an
    // accepted commitment overlaps the need on 29 Dec, a date they are away.
    const taken: Commitment = {
      needId: 'need-cooking',
      venueId: 'venue-2',
      status: 'accepted',
      occurrences: [{ date: '2026-12-29', start: 16 * 60, end: 18 * 60 }],
    };
    const capEight = volunteer('cap-eight', { ...away('2026-12-22', '2027-01-12'), maxHoursPerMonth: 8 });
    const booked = volunteer('booked', away('2026-12-22', '2027-01-12'), { commitments: [taken] });
    // Act
    const result = rank(seventeen, [capEight, booked]);
    // Assess: December holds 6 of the need's hours, not 10 (February and March hold 8: a cap of 8
    // suffices), and the booking on the 29th clashes with no date they come to.
    expect(ids(result)).toEqual(['booked', 'cap-eight']);
    expect(result.excluded).toEqual([]);
    // One hour less and December is over the cap on the dates they come to.
    const capFive = volunteer('cap-five', { ...away('2026-12-22', '2027-01-12'), maxHoursPerMonth: 5 });
    expect(rank(seventeen, [capFive]).excluded[0]?.violations).toEqual([
      { code: 'hour_cap', month: '2026-12', hours: 6, cap: 5 },
    ]);
  });

  it('judges the safeguarding check only on the dates they come to', () => {
    // Prepare: a check inspected on 5 Dec does not count on 1 Dec.
    const late: SafeguardingFacts = { issuedOn: '2026-11-20', inspectedOn: '2026-12-05', relevantConviction: false };
    const awayFirst = volunteer('away-first', away('2026-12-01', '2026-12-01'), { safeguarding: late });
    const awaySecond = volunteer('away-second', away('2026-12-08', '2026-12-08'), { safeguarding: late });
    // Act
    const result = rank(seventeen, [awayFirst, awaySecond]);
    // Assess: away on 1 Dec, the check counts on every date they come to; away on 8 Dec, not.
    expect(ids(result)).toEqual(['away-first']);
    expect(result.proposals[0]?.absences).toEqual(['2026-12-01']);
    expect(result.excluded).toEqual([
      {
        volunteerId: 'away-second',
        firstName: 'away-second',
        violations: [{ code: 'safeguarding_invalid', date: '2026-12-01' }],
      },
    ]);
  });
});

describe('cover: one date alone (examples)', () => {
  const cover = (date: string, candidates: Candidate[]) =>
    rankCandidates({ ...seventeen, minSharePercent: 100 }, candidates, CONTEXT, NOW, { date });

  it('proposes for one date whoever can come then, judged on that date alone at 100 %', () => {
    // Prepare: away over Christmas; a cap of 2 hours is enough for one date, not for December.
    const holiday = volunteer('holiday', away('2026-12-22', '2027-01-12'));
    const small = volunteer('small-cap', { maxHoursPerMonth: 2 });
    // Act
    const onTheFifteenth = cover('2026-12-15', [holiday, small]);
    const onTheTwentySecond = cover('2026-12-22', [holiday, small]);
    // Assess
    expect(ids(onTheFifteenth)).toEqual(['holiday', 'small-cap']);
    for (const proposal of onTheFifteenth.proposals) expect(proposal.absences).toEqual([]);
    expect(shareOf(onTheFifteenth, 'holiday')).toEqual({ criterion: 'share', points: 10, share: 1, absences: [] });
    expect(ids(onTheTwentySecond)).toEqual(['small-cap']);
    expect(onTheTwentySecond.excluded[0]?.violations).toEqual([
      { code: 'not_available', dates: ['2026-12-22'], coming: 0, required: 1, total: 1 },
    ]);
    // The whole series at 100 %: neither (away; December over the small cap).
    expect(rank({ ...seventeen, minSharePercent: 100 }, [holiday, small]).proposals).toEqual([]);
  });

  it('proposes nobody for a date that is not a remaining occurrence of the need', () => {
    // Prepare: a Wednesday, and a Tuesday before the first date.
    const there = volunteer('there');
    // Act / Assess
    for (const date of ['2026-12-16', '2026-11-24', '2027-03-30']) {
      expect(cover(date, [there]).excluded[0]?.violations).toEqual([
        { code: 'not_available', dates: [], coming: 0, required: 1, total: 0 },
      ]);
    }
  });
});
