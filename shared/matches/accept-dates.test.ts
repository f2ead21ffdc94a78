import { describe, expect, it } from 'vitest';
import { occurrences } from '../matching/occurrences.ts';
import { emptyLedger } from './ledger.ts';
import type { Match } from './schemas.ts';
import { WHOLE_NEED } from './step-decision.ts';
import { planStep, type StepFacts } from './step-planner.ts';
import { SERIES_17, seriesMatch, seriesNeed } from './test-support/series.ts';

// Tuesday 1 December 2026, 08:00 in Berlin: before the first date (15:00).
const MORNING = new Date('2026-12-01T07:00:00Z');
// The same day, 16:00 in Berlin: the first date has begun.
const AFTERNOON = new Date('2026-12-01T15:00:00Z');
const ALL_DATES = occurrences(SERIES_17).map((occurrence) => occurrence.date);

function acceptFacts(overrides: Partial<StepFacts> = {}): StepFacts {
  return {
    action: 'accept',
    role: 'volunteer',
    actor: 'v1',
    need: seriesNeed(),
    volunteerId: 'v1',
    match: seriesMatch('invited'),
    dates: WHOLE_NEED,
    now: MORNING,
    ledger: emptyLedger('v1'),
    eligibility: { violations: [], profile: { firstName: 'Amina', languages: [] }, safeguarding: undefined },
    invitationTtlHours: 72,
    safeguardingRetentionMonths: 3,
    ...overrides,
  };
}

function written(facts: StepFacts) {
  const plan = planStep(facts);
  if (plan.kind !== 'write') throw new Error(`expected a write, got ${JSON.stringify(plan)}`);
  return plan.step;
}

const reminderDates = (step: ReturnType<typeof written>) =>
  (step.notices?.put ?? []).filter((notice) => notice.kind === 'reminder').map((notice) => notice.date);
const ledgerDates = (step: ReturnType<typeof written>) =>
  step.ledger?.next.commitments.flatMap((commitment) => commitment.occurrences.map((o) => o.date));

describe('accepting a series commits the volunteer to dates', () => {
  it('before the first date: all 17 dates, no absences; the ledger and the reminders hold all 17', () => {
    // Prepare
    const facts = acceptFacts();
    // Act
    const step = written(facts);
    // Assess
    expect(step.next.dates).toEqual(ALL_DATES);
    expect(step.next.dates).toHaveLength(17);
    expect(step.next.absences).toEqual([]);
    expect(ledgerDates(step)).toEqual(ALL_DATES);
    expect(reminderDates(step)).toEqual(ALL_DATES);
  });

  it('once the first date has begun: the 16 dates still ahead', () => {
    // Prepare: an invitation still open at 16:00 on the first date.
    const facts = acceptFacts({ now: AFTERNOON, match: seriesMatch('invited', { inviteExpiresAt: undefined }) });
    // Act
    const step = written(facts);
    // Assess
    expect(step.next.dates).toEqual(ALL_DATES.slice(1));
    expect(step.next.absences).toEqual([]);
    expect(ledgerDates(step)).toEqual(ALL_DATES.slice(1));
  });

  it('leaves out the dates the availability does not cover, as unavailable absences, from ledger and reminders too', () => {
    // Prepare: away over Christmas.
    const facts = acceptFacts({
      eligibility: {
        violations: [],
        profile: { firstName: 'Amina', languages: [] },
        safeguarding: undefined,
        absences: ['2026-12-22', '2026-12-29'],
      },
    });
    // Act
    const step = written(facts);
    // Assess
    const coming = ALL_DATES.filter((date) => date !== '2026-12-22' && date !== '2026-12-29');
    expect(step.next.dates).toEqual(coming);
    expect(step.next.absences).toEqual([
      { date: '2026-12-22', kind: 'unavailable' },
      { date: '2026-12-29', kind: 'unavailable' },
    ]);
    expect(ledgerDates(step)).toEqual(coming);
    expect(reminderDates(step)).toEqual(coming);
  });

  it('leaves out the dates whose places others already take (accepted cover), as taken', () => {
    // Prepare: two places; on 5 January two cover volunteers come, on 12 January one.
    const cover = (volunteerId: string, date: string): Match =>
      seriesMatch('accepted', { volunteerId, firstName: volunteerId, date });
    const needMatches = [
      cover('v2', '2027-01-05'),
      cover('v3', '2027-01-05'),
      cover('v2', '2027-01-12'),
      // Declined and invited cover takes no place.
      seriesMatch('declined', { volunteerId: 'v4', date: '2027-01-19' }),
      seriesMatch('invited', { volunteerId: 'v5', date: '2027-01-19' }),
      // The volunteer's own series match (the invitation being accepted) is not counted.
      seriesMatch('invited'),
    ];
    // Act
    const step = written(acceptFacts({ needMatches }));
    // Assess
    expect(step.next.absences).toEqual([{ date: '2027-01-05', kind: 'taken' }]);
    expect(step.next.dates).toEqual(ALL_DATES.filter((date) => date !== '2027-01-05'));
  });

  it('a manager accepting an offer commits the volunteer the same way', () => {
    const step = written(
      acceptFacts({
        role: 'manager',
        actor: 'm1',
        match: seriesMatch('offered'),
        eligibility: {
          violations: [],
          profile: { firstName: 'Amina', languages: [] },
          safeguarding: undefined,
          absences: ['2027-03-23'],
        },
      }),
    );
    expect(step.next.dates).toEqual(ALL_DATES.slice(0, 16));
    expect(step.next.absences).toEqual([{ date: '2027-03-23', kind: 'unavailable' }]);
  });

  it('a one-off need: its one date', () => {
    const need = seriesNeed({ schedule: { kind: 'once', date: '2026-12-10', start: '10:00', end: '12:00' } });
    const step = written(acceptFacts({ need, match: seriesMatch('invited', { schedule: need.schedule }) }));
    expect(step.next.dates).toEqual(['2026-12-10']);
    expect(step.next.absences).toEqual([]);
  });

  it('refuses a series none of whose remaining dates the volunteer could come to', () => {
    // Prepare: one place, every remaining date but one unavailable, that one taken by cover.
    const unavailable = ALL_DATES.filter((date) => date !== '2027-01-05');
    const facts = acceptFacts({
      need: seriesNeed({ places: 1 }),
      eligibility: {
        violations: [],
        profile: { firstName: 'Amina', languages: [] },
        safeguarding: undefined,
        absences: unavailable,
      },
      needMatches: [seriesMatch('accepted', { volunteerId: 'v2', date: '2027-01-05' })],
    });
    // Act
    const plan = planStep(facts);
    // Assess
    expect(plan).toMatchObject({ kind: 'refused', reason: 'not_eligible', current: 'invited' });
  });

  it('a commitment accepted before dates were recorded still counts every date when completed', () => {
    // Prepare: an old accepted match without `dates`, after the series ended.
    const old = seriesMatch('accepted');
    const facts = acceptFacts({
      action: 'complete',
      role: 'manager',
      actor: 'm1',
      match: old,
      need: seriesNeed({ acceptedCount: 1 }),
      now: new Date('2027-03-24T12:00:00Z'),
    });
    // Act
    const step = written(facts);
    // Assess
    expect(step.next.dates).toBeUndefined();
    expect(ledgerDates(step)).toEqual(ALL_DATES);
  });
});
