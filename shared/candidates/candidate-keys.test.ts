import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { violations } from '../matching/constraints.ts';
import { upcomingOccurrences } from '../matching/occurrences.ts';
import { CONTEXT, candidateArb, needArb } from '../matching/test-support/arbitraries.ts';
import type { Candidate, MatchingNeed } from '../matching/types.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';
import { candidateItems, candidateQuery, checkMayCount, slotBuckets } from './candidate-keys.ts';

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
  const query = candidateQuery(need);
  return query.groups.map((group) =>
    items.some(
      (item) => group.partitionKeys.includes(item.GSI1PK as string) && (item.GSI1SK as string) >= query.fromSortKey,
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

  it('writes one item per pool × quarter × slot bucket × skill (and any skill), with the projection', () => {
    const items = candidateItems(profile(), undefined, CONTEXT, TODAY);
    // pool A only; 2 quarters; buckets: tue 7, 8 and sat 4; skills: *, homework-help, music.
    expect(items).toHaveLength(2 * 3 * 3);
    const tue = items.find((item) => item.GSI1PK === 'CAND#A#nordstadt#tue#07#homework-help');
    expect(tue).toMatchObject({
      PK: 'VOLUNTEER#v-1',
      SK: 'CAND#A#nordstadt#tue#07#homework-help#14:30',
      GSI1SK: '18:00#v-1',
      profileVersion: 7,
      profile: { volunteerId: 'v-1', firstName: 'Amina', consentVersion: CONTEXT.consentVersion },
    });
    expect(new Set(items.map((item) => item.SK)).size).toBe(items.length);
    expect(candidateItems(profile({ quarters: 'all' }), undefined, CONTEXT, TODAY)).toHaveLength(9);
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

  it('reads, for a need, the quarter and * partitions of each required skill from the need’s end on', () => {
    const query = candidateQuery({
      needId: 'n',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: { kind: 'once', date: '2026-12-05', start: '15:00', end: '17:30' },
      requiredSkills: ['music', 'homework-help'],
      niceToHaveSkills: [],
      languages: [],
      involvesMinors: true,
      minSharePercent: 100,
    });
    expect(query).toEqual({
      groups: [
        {
          skill: 'homework-help',
          partitionKeys: ['CAND#M#nordstadt#sat#07#homework-help', 'CAND#M#*#sat#07#homework-help'],
        },
        { skill: 'music', partitionKeys: ['CAND#M#nordstadt#sat#07#music', 'CAND#M#*#sat#07#music'] },
      ],
      fromSortKey: '17:30',
    });
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
  });
});
