import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../catalog/languages.ts';
import { violations } from '../matching/constraints.ts';
import { datesRequired, leastBusiestMonthMinutes } from '../matching/least-hours.ts';
import { upcomingOccurrences } from '../matching/occurrences.ts';
import { CONTEXT, candidateArb, needArb } from '../matching/test-support/arbitraries.ts';
import type { Candidate, MatchingNeed } from '../matching/types.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';
import {
  candidateItems,
  candidateQuery,
  candidateScope,
  checkMayCount,
  hourClassesFor,
  hourClassOf,
  indexedLanguages,
  MAX_CANDIDATE_ITEMS,
  slotBuckets,
} from './candidate-keys.ts';

const TODAY = '2026-11-24';

/** A stored profile around a matching projection (what the projector reads). */
function storedProfile(candidate: Candidate, volunteerId = 'v-1'): VolunteerProfile {
  const { consentVersion, ...rest } = candidate.profile;
  return {
    ...rest,
    volunteerId,
    email: 'someone@example.org',
    lastName: 'Muster',
    consent: { version: consentVersion, acceptedAt: '2026-01-01T00:00:00.000Z' },
    version: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  } as VolunteerProfile;
}

/** Whether the need's reads (each group on its own) reach one of the volunteer's items. */
function reached(need: MatchingNeed, items: Record<string, unknown>[]) {
  const query = candidateQuery(need, upcomingOccurrences(need.schedule, TODAY));
  return query.groups.map((group) =>
    items.some(
      (item) =>
        group.partitionKeys.includes(item.GSI1PK as string) &&
        query.ranges.some((range) => (item.GSI1SK as string) >= range.from && (item.GSI1SK as string) <= range.to),
    ),
  );
}

const profile = (overrides: Partial<VolunteerProfile> = {}): VolunteerProfile =>
  ({
    volunteerId: 'v-1',
    email: 'amina@example.org',
    firstName: 'Amina',
    lastName: 'Haddad',
    languages: [{ code: 'ar', level: 'native' }],
    skills: ['homework-help', 'music'],
    quarters: ['nordstadt', 'ostersbaum'],
    weeklySlots: [
      { weekday: 'tue', start: '14:30', end: '18:00' },
      { weekday: 'sat', start: '09:00', end: '10:00' },
    ],
    availableFrom: '2026-01-01',
    blackouts: [],
    maxHoursPerMonth: 10,
    consent: { version: CONTEXT.consentVersion, acceptedAt: '2026-01-01T00:00:00.000Z' },
    paused: false,
    version: 7,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }) as VolunteerProfile;

const check = { inspectedOn: '2026-10-01', issuedOn: '2026-09-15', relevantConviction: false };

describe('candidate index keys', () => {
  it('puts a slot in every two-hour bucket it touches, and none it only borders', () => {
    expect(slotBuckets('00:00', '02:00')).toEqual([0]);
    expect(slotBuckets('01:59', '02:01')).toEqual([0, 1]);
    expect(slotBuckets('14:30', '18:00')).toEqual([7, 8]);
    expect(slotBuckets('22:00', '24:00')).toEqual([11]);
    expect(slotBuckets('00:00', '24:00')).toHaveLength(12);
  });

  it('writes one item per pool × quarter × weekday bucket × skill (and any skill) × language (and any), with the projection', () => {
    const items = candidateItems(profile(), undefined, CONTEXT, TODAY);
    // pool A only; 2 quarters; buckets: tue 7, 8 and sat 4; skills: *, homework-help, music;
    // languages: * (cap 10: class 8) and ar (every class).
    expect(items).toHaveLength(2 * 3 * 3 * 2);
    const byPartition = (key: string) => items.find((item) => item.GSI1PK === key);
    // The slot starts in the second hour of bucket 7 (14:00–16:00): it fits needs starting from then.
    expect(byPartition('CAND#A#nordstadt#tue#07#homework-help#*#h08')).toMatchObject({
      PK: 'VOLUNTEER#v-1',
      SK: 'CAND#A#nordstadt#tue#07#homework-help#*#h08',
      GSI1SK: '1#18:00#v-1',
      source: '7',
      profile: { volunteerId: 'v-1', firstName: 'Amina', consentVersion: CONTEXT.consentVersion },
    });
    expect(byPartition('CAND#A#nordstadt#tue#07#homework-help#ar#h00')?.GSI1SK).toBe('1#18:00#v-1');
    // It holds the start of bucket 8: it fits needs there that end by 18:00.
    expect(byPartition('CAND#A#nordstadt#tue#08#music#*#h08')?.GSI1SK).toBe('0#18:00#v-1');
    expect(new Set(items.map((item) => item.SK)).size).toBe(items.length);
    expect(candidateItems(profile({ quarters: 'all' }), undefined, CONTEXT, TODAY)).toHaveLength(18);
    const german = profile({
      languages: [
        { code: 'de', level: 'native' },
        { code: 'en', level: 'B2' },
      ],
    });
    expect(candidateItems(german, undefined, CONTEXT, TODAY)).toHaveLength(2 * 3 * 3);
  });

  it('indexes the less widely spoken languages one by one, more than two as many', () => {
    const spoken = (...codes: string[]) => codes.map((code) => ({ code }));
    expect(indexedLanguages(spoken('de', 'en'))).toEqual([]);
    expect(indexedLanguages(spoken('de', 'ar', 'ti'))).toEqual(['ar', 'ti']);
    expect(indexedLanguages(spoken('ar', 'fa', 'prs'))).toEqual(['+']);
    // Pool M has no language partitions: needs with minors read by quarter, time and skill alone.
    const items = candidateItems(profile(), check, CONTEXT, TODAY);
    expect(items.filter((item) => String(item.GSI1PK).startsWith('CAND#M#'))).toHaveLength(2 * 3 * 3);
    expect(items.some((item) => /^CAND#M#.*#ar#/.test(String(item.GSI1PK)))).toBe(false);
  });

  it('keeps one item per weekday bucket however many slots touch it, never hiding a slot that fits', () => {
    const slots = [
      { weekday: 'tue' as const, start: '08:00', end: '12:30' },
      { weekday: 'tue' as const, start: '12:45', end: '13:15' },
      { weekday: 'tue' as const, start: '13:30', end: '18:00' },
    ];
    const german = [{ code: 'de' as const, level: 'native' as const }];
    const items = candidateItems(
      profile({ skills: [], quarters: 'all', weeklySlots: slots, languages: german }),
      undefined,
      CONTEXT,
      TODAY,
    );
    const keys = new Map(items.map((item) => [item.GSI1PK as string, item.GSI1SK as string]));
    expect(items).toHaveLength(5); // buckets 4, 5, 6, 7, 8
    expect(keys.get('CAND#A#*#tue#04#*#*#h08')).toBe('0#12:30#v-1');
    // Bucket 6 (12:00–14:00) holds the end of one slot and two starts: its start is held, and the
    // latest end (18:00) bounds every need starting there that a slot can hold.
    expect(keys.get('CAND#A#*#tue#06#*#*#h08')).toBe('0#18:00#v-1');
    expect(keys.get('CAND#A#*#tue#08#*#*#h08')).toBe('0#18:00#v-1');
    // Slots that only start inside bucket 6: the earliest start's hour of the bucket, the latest end.
    const later = candidateItems(
      profile({ skills: [], quarters: 'all', weeklySlots: slots.slice(1), languages: german }),
      undefined,
      CONTEXT,
      TODAY,
    );
    expect(later.find((item) => item.GSI1PK === 'CAND#A#*#tue#06#*#*#h08')?.GSI1SK).toBe('1#18:00#v-1');
  });

  it('bounds the items of one profile: at most MAX_CANDIDATE_ITEMS (7,056), reached only at the limits', () => {
    expect(MAX_CANDIDATE_ITEMS).toBe(7056);
    // Round-the-clock slots cut so that each touches as many buckets as it can (4 a day).
    const aroundTheClock = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).flatMap((weekday) =>
      [
        ['00:00', '06:30'],
        ['06:30', '12:30'],
        ['12:30', '18:30'],
        ['18:30', '24:00'],
      ].map(([start, end]) => ({ weekday, start: start as string, end: end as string })),
    );
    const allSkills = Array.from({ length: 50 }, (_, i) => `skill-${i}`);
    const sixQuarters = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
    const allLanguages = LANGUAGE_CODES.map((code) => ({ code, level: 'B1' as const }));
    const count = (overrides: Partial<VolunteerProfile>) =>
      candidateItems(profile({ weeklySlots: aroundTheClock, ...overrides }), check, CONTEXT, TODAY).length;
    // The worst case (6 quarters, every skill, round the clock), speaking every language:
    // `*` × (`*`, MANY_SKILLS) × (pool A: `*`, MANY_LANGUAGES; pool M: `*`).
    expect(count({ quarters: sixQuarters, skills: allSkills, languages: allLanguages })).toBe(1 * 84 * 2 * 3);
    // The largest: 3 quarters, 6 skills, 2 indexed languages.
    const largest = { quarters: sixQuarters.slice(0, 3), skills: allSkills.slice(0, 6) };
    const twoLanguages = allLanguages.filter((language) => ['de', 'ar', 'ti'].includes(language.code));
    expect(count({ ...largest, languages: twoLanguages })).toBe(MAX_CANDIDATE_ITEMS);
    fc.assert(
      fc.property(
        fc.subarray(sixQuarters, { minLength: 1 }),
        fc.subarray(allSkills),
        fc.subarray(aroundTheClock, { minLength: 1 }),
        fc.subarray(allLanguages, { minLength: 1 }),
        (quarters, skills, weeklySlots, languages) => {
          expect(count({ quarters, skills, weeklySlots, languages })).toBeLessThanOrEqual(MAX_CANDIDATE_ITEMS);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads only the hour classes whose caps can hold the required share of dates in its busiest month', () => {
    // Two-hour weekly need, Dec 2026 – Feb 2027 from 24 Nov: 5 + 4 + 4 Tuesdays, 75 % → 10 dates, so at
    // least 4 in some month: 8 hours. Caps below 8 cannot come; 8–11 can.
    const weekly: MatchingNeed = {
      needId: 'n',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: {
        kind: 'weekly',
        weekday: 'tue',
        start: '15:00',
        end: '17:00',
        firstDate: '2026-12-01',
        lastDate: '2027-02-23',
      },
      requiredSkills: [],
      niceToHaveSkills: [],
      languages: [],
      involvesMinors: false,
      minSharePercent: 75,
    };
    const occurrences = upcomingOccurrences(weekly.schedule, TODAY);
    expect(leastBusiestMonthMinutes(occurrences, datesRequired(weekly, occurrences))).toBe(8 * 60);
    expect(leastBusiestMonthMinutes(occurrences, occurrences.length)).toBe(10 * 60);
    expect(hourClassesFor(8 * 60)).toEqual([8, 12, 20]);
    expect(hourClassesFor(11 * 60 + 1)).toEqual([12, 20]);
    expect(hourClassesFor(0)).toEqual([1, 8, 12, 20]);
    const keys = candidateQuery(weekly, occurrences).groups[0]?.partitionKeys;
    expect(keys).toEqual(
      ['nordstadt', '*'].flatMap((q) => ['h08', 'h12', 'h20'].map((h) => `CAND#A#${q}#tue#07#*#*#${h}`)),
    );
    // A volunteer at 7 hours is not read; their hour cap fails on the need alone.
    expect(hourClassOf(7)).toBe(1);
    expect(hourClassOf(40)).toBe(20);
  });

  it('adds pool M only for a check that can still count, and leaves paused or unconsented profiles out', () => {
    const pools = (facts?: typeof check) =>
      new Set(candidateItems(profile(), facts, CONTEXT, TODAY).map((item) => (item.GSI1PK as string).slice(5, 6)));
    expect(pools(check)).toEqual(new Set(['A', 'M']));
    expect(pools({ ...check, relevantConviction: true })).toEqual(new Set(['A']));
    expect(pools({ ...check, issuedOn: '2026-05-01' })).toEqual(new Set(['A'])); // certificate too old
    expect(pools({ ...check, inspectedOn: '2021-11-23', issuedOn: '2021-11-01' })).toEqual(new Set(['A']));
    expect(checkMayCount({ ...check, inspectedOn: '2027-01-05', issuedOn: '2026-12-20' }, TODAY, CONTEXT)).toBe(true);
    expect(candidateItems(profile({ paused: true }), check, CONTEXT, TODAY)).toEqual([]);
    expect(
      candidateItems(
        profile({ consent: { version: 'old', acceptedAt: '2025-01-01T00:00:00.000Z' } }),
        check,
        CONTEXT,
        TODAY,
      ),
    ).toEqual([]);
  });

  it('reads, for a need, the quarter and * partitions of each required skill (and many skills), in the window’s range', () => {
    const need: MatchingNeed = {
      needId: 'n',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: { kind: 'once', date: '2026-12-05', start: '15:00', end: '17:30' },
      requiredSkills: ['music', 'homework-help'],
      niceToHaveSkills: [],
      languages: [],
      involvesMinors: true,
      minSharePercent: 100,
    };
    const query = candidateQuery(need, upcomingOccurrences(need.schedule, TODAY));
    const partitions = (skill: string) =>
      ['nordstadt', '*'].flatMap((q) =>
        [skill, '+'].flatMap((s) => ['h01', 'h08', 'h12', 'h20'].map((h) => `CAND#M#${q}#sat#07#${s}#*#${h}`)),
      );
    expect(query).toEqual({
      groups: [
        { skill: 'homework-help', partitionKeys: partitions('homework-help') },
        { skill: 'music', partitionKeys: partitions('music') },
      ],
      // 15:00 lies in the second hour of bucket 7: slots holding 14:00 or starting by 15:00, ending by 17:30.
      ranges: [
        { from: '0#17:30', to: '0#~' },
        { from: '1#17:30', to: '1#~' },
      ],
    });
    // Starting at the bucket's start, only slots that hold it can hold the need.
    expect(candidateQuery({ ...need, schedule: { ...need.schedule, start: '14:00' } }, []).ranges).toEqual([
      { from: '0#17:30', to: '0#~' },
    ]);
  });

  it('reads the partitions of the need’s languages when all are less widely spoken, else those of any language', () => {
    const need: MatchingNeed = {
      needId: 'n',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: { kind: 'once', date: '2026-12-05', start: '10:00', end: '12:00' },
      requiredSkills: ['doctor-visits'],
      niceToHaveSkills: [],
      languages: ['fa', 'ar'],
      involvesMinors: false,
      minSharePercent: 100,
    };
    const occurrences = upcomingOccurrences(need.schedule, TODAY);
    const keys = (changes: Partial<MatchingNeed>, options = {}) =>
      candidateQuery({ ...need, ...changes }, occurrences, options).groups[0]?.partitionKeys ?? [];
    // Per quarter and skill key: ar, fa and MANY_LANGUAGES, not split by hour class.
    expect(keys({})).toEqual(
      ['nordstadt', '*'].flatMap((q) =>
        ['doctor-visits', '+'].flatMap((s) => ['ar', 'fa', '+'].map((l) => `CAND#A#${q}#sat#05#${s}#${l}#h00`)),
      ),
    );
    const anyLanguage = (key: string) => key.includes('#*#h');
    expect(keys({ languages: ['ar', 'de'] }).every(anyLanguage)).toBe(true);
    expect(keys({ languages: ['ar', 'fa', 'tr', 'ku'] }).every(anyLanguage)).toBe(true);
    expect(keys({ languages: [] }).every(anyLanguage)).toBe(true);
    expect(keys({ involvesMinors: true }).every(anyLanguage)).toBe(true);
    expect(keys({ involvesMinors: true }, { withoutCheck: true })).toEqual(keys({}));
  });

  it('never misses an eligible volunteer: every group of the need’s reads reaches them (property)', () => {
    let eligible = 0;
    fc.assert(
      fc.property(
        needArb.chain((need) => fc.tuple(fc.constant(need), candidateArb(need, 8))),
        ([need, candidate]) => {
          const found = violations(candidate, need, upcomingOccurrences(need.schedule, TODAY), CONTEXT);
          if (found.length > 0) return;
          eligible++;
          const items = candidateItems(storedProfile(candidate), candidate.safeguarding, CONTEXT, TODAY);
          expect(reached(need, items)).not.toContain(false);
        },
      ),
      { numRuns: 600 },
    );
    // The property says something only if eligible volunteers were generated.
    expect(eligible).toBeGreaterThan(60);
  });

  it('does not reach volunteers whose only slot that day ends before the need does', () => {
    const need: MatchingNeed = {
      needId: 'n',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: { kind: 'once', date: '2026-12-01', start: '15:00', end: '17:00' },
      requiredSkills: ['homework-help'],
      niceToHaveSkills: [],
      languages: [],
      involvesMinors: false,
      minSharePercent: 100,
    };
    const early = profile({ weeklySlots: [{ weekday: 'tue', start: '14:00', end: '16:59' }] });
    const late = profile({ weeklySlots: [{ weekday: 'tue', start: '17:00', end: '19:00' }] });
    const fits = profile({ weeklySlots: [{ weekday: 'tue', start: '14:00', end: '17:00' }] });
    expect(reached(need, candidateItems(early, undefined, CONTEXT, TODAY))).toEqual([false]);
    expect(reached(need, candidateItems(late, undefined, CONTEXT, TODAY))).toEqual([false]);
    expect(reached(need, candidateItems(fits, undefined, CONTEXT, TODAY))).toEqual([true]);
    expect(reached({ ...need, involvesMinors: true }, candidateItems(fits, undefined, CONTEXT, TODAY))).toEqual([
      false,
    ]);
    // Starting in a later hour of the need's bucket than the need: not read; in the same hour: read.
    const laterHour = profile({ weeklySlots: [{ weekday: 'tue', start: '15:01', end: '19:00' }] });
    const sameHour = profile({ weeklySlots: [{ weekday: 'tue', start: '14:30', end: '19:00' }] });
    const halfPast = { ...need, schedule: { ...need.schedule, start: '14:15' } };
    expect(reached(need, candidateItems(laterHour, undefined, CONTEXT, TODAY))).toEqual([false]);
    expect(reached(halfPast, candidateItems(sameHour, undefined, CONTEXT, TODAY))).toEqual([true]);
  });

  it('does not reach volunteers who speak none of the need’s less widely spoken languages', () => {
    const need: MatchingNeed = {
      needId: 'n',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: { kind: 'once', date: '2026-12-01', start: '15:00', end: '17:00' },
      requiredSkills: ['homework-help'],
      niceToHaveSkills: [],
      languages: ['ti'],
      involvesMinors: false,
      minSharePercent: 100,
    };
    const speaking = (...codes: string[]) =>
      candidateItems(
        profile({ languages: codes.map((code) => ({ code, level: 'B2' })) as VolunteerProfile['languages'] }),
        undefined,
        CONTEXT,
        TODAY,
      );
    expect(reached(need, speaking('de', 'ar'))).toEqual([false]);
    expect(reached(need, speaking('de', 'ti'))).toEqual([true]);
    // Three indexed languages are kept under MANY_LANGUAGES, which every such need reads.
    expect(reached(need, speaking('ar', 'fa', 'uk'))).toEqual([true]);
  });
});

describe('candidateScope', () => {
  it('names what the read leaves out: the check for minors, the languages of a need asking only less common ones', () => {
    expect(candidateScope({ involvesMinors: true, languages: ['ar'] })).toBe('check');
    expect(candidateScope({ involvesMinors: true, languages: ['ar'] }, { withoutCheck: true })).toBe('languages');
    expect(candidateScope({ involvesMinors: false, languages: ['ar', 'fa'] })).toBe('languages');
    // German or English among them: everyone is read, the languages are judged after the read.
    expect(candidateScope({ involvesMinors: false, languages: ['ar', 'de'] })).toBe('time');
    expect(candidateScope({ involvesMinors: false, languages: [] })).toBe('time');
    expect(candidateScope({ involvesMinors: true, languages: [] }, { withoutCheck: true })).toBe('time');
  });
});
