import { describe, expect, it } from 'vitest';
import type { Need } from '../needs/schemas.ts';
import { emptyLedger, type Ledger, withCommitment } from './ledger.ts';
import type { Match, MatchAction } from './schemas.ts';
import { decideStep, type StepDates, WHOLE_NEED } from './step-decision.ts';
import { planStep, type StepFacts } from './step-planner.ts';
import { DECEMBER_TUESDAYS, seriesNeed } from './test-support/series.ts';

/** Weekly on Tuesdays, 15:00–17:00 Berlin, 1 to 22 December 2026 (CET: the 8th ends at 16:00Z), filled. */
const aNeed = (overrides: Partial<Need> = {}): Need =>
  seriesNeed({ schedule: DECEMBER_TUESDAYS, status: 'filled', acceptedCount: 2, version: 4, ...overrides });

function anAcceptedMatch(need: Need, overrides: Partial<Match> = {}): Match {
  return {
    needId: need.needId,
    volunteerId: 'v1',
    status: 'accepted',
    firstName: 'Amina',
    languages: [],
    needTitle: need.title,
    quarterId: need.quarterId,
    venueId: need.venueId,
    schedule: need.schedule,
    version: 3,
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    ...overrides,
  };
}

const committedLedger = (need: Need): Ledger => withCommitment(emptyLedger('v1'), need, 'accepted', '2026-11-20');
const on = (date: string): StepDates => ({ kind: 'occurrence', date });

function decide(
  action: MatchAction,
  now: string,
  options: { need?: Need; dates?: StepDates; match?: Partial<Match>; windowDays?: number; role?: 'manager' } = {},
) {
  const need = options.need ?? aNeed();
  return decideStep({
    action,
    role: options.role ?? 'manager',
    match: anAcceptedMatch(need, options.match),
    need,
    dates: options.dates ?? on('2026-12-08'),
    now: new Date(now),
    noShowWindowDays: options.windowDays,
  });
}

function facts(action: MatchAction, now: string, overrides: Partial<StepFacts> = {}): StepFacts {
  const need = overrides.need ?? aNeed();
  return {
    action,
    role: 'manager',
    actor: 'm1',
    need,
    volunteerId: 'v1',
    match: anAcceptedMatch(need),
    dates: on('2026-12-08'),
    now: new Date(now),
    ledger: committedLedger(need),
    invitationTtlHours: 72,
    noShowWindowDays: 7,
    safeguardingRetentionMonths: 3,
    ...overrides,
  };
}

describe('the no-show window of one date', () => {
  it('opens when the date has ended: refused before, allowed from its end', () => {
    // Prepare: 8 December ends at 17:00 Berlin = 16:00Z.
    // Act
    const during = decide('no_show', '2026-12-08T15:59:59Z');
    const atEnd = decide('no_show', '2026-12-08T16:00:00Z');
    // Assess
    expect(during).toMatchObject({ kind: 'refused', reason: 'not_yet_past', current: 'accepted' });
    expect(atEnd).toEqual({ kind: 'allowed', from: 'accepted', to: 'accepted', needMustBeOpen: false });
  });

  it('closes the configured number of days after the end (7 by default)', () => {
    // Act
    const lastMoment = decide('no_show', '2026-12-15T15:59:59Z');
    const closed = decide('no_show', '2026-12-15T16:00:00Z');
    const shorter = decide('no_show', '2026-12-10T16:00:00Z', { windowDays: 2 });
    const shorterOpen = decide('no_show', '2026-12-10T15:59:59Z', { windowDays: 2 });
    // Assess
    expect(lastMoment.kind).toBe('allowed');
    expect(closed).toMatchObject({ kind: 'refused', reason: 'no_show_window_over' });
    expect(shorter).toMatchObject({ kind: 'refused', reason: 'no_show_window_over' });
    expect(shorterOpen.kind).toBe('allowed');
  });

  it('counts the days in Berlin wall-clock time across the change to summer time', () => {
    // Prepare: Tuesday 23 March 2027 ends 17:00 CET (16:00Z); clocks go forward on the 28th, so
    // the window closes on 30 March 17:00 CEST = 15:00Z, not 16:00Z.
    const need = aNeed({ schedule: { kind: 'once', date: '2027-03-23', start: '15:00', end: '17:00' } });
    // Act
    const before = decide('no_show', '2027-03-30T14:59:59Z', { need, dates: WHOLE_NEED });
    const after = decide('no_show', '2027-03-30T15:00:00Z', { need, dates: WHOLE_NEED });
    // Assess
    expect(before.kind).toBe('allowed');
    expect(after).toMatchObject({ kind: 'refused', reason: 'no_show_window_over' });
  });

  it('lets a marked date be undone ("came after all") in the same window only', () => {
    const marked = { noShows: ['2026-12-08'] };
    expect(decide('came', '2026-12-09T10:00:00Z', { match: marked }).kind).toBe('allowed');
    expect(decide('came', '2026-12-15T16:00:00Z', { match: marked })).toMatchObject({
      reason: 'no_show_window_over',
    });
  });
});

describe('which date a no-show concerns', () => {
  it('needs the date for a series, and takes a one-off need its only date', () => {
    // Prepare
    const once = aNeed({ schedule: { kind: 'once', date: '2026-12-08', start: '15:00', end: '17:00' } });
    // Act
    const series = decide('no_show', '2026-12-09T10:00:00Z', { dates: WHOLE_NEED });
    const oneOff = decide('no_show', '2026-12-09T10:00:00Z', { need: once, dates: WHOLE_NEED });
    // Assess
    expect(series).toMatchObject({ kind: 'refused', reason: 'date_required' });
    expect(oneOff.kind).toBe('allowed');
  });

  it('refuses a date that is not one of the need', () => {
    // 9 December is a Wednesday.
    expect(decide('no_show', '2026-12-10T10:00:00Z', { dates: on('2026-12-09') })).toMatchObject({
      kind: 'refused',
      reason: 'not_an_occurrence',
    });
  });

  it('names a repeated mark, or undoing an unmarked date, as already done', () => {
    expect(decide('no_show', '2026-12-09T10:00:00Z', { match: { noShows: ['2026-12-08'] } })).toEqual({
      kind: 'already',
      to: 'accepted',
    });
    expect(decide('came', '2026-12-09T10:00:00Z')).toEqual({ kind: 'already', to: 'accepted' });
  });

  it('is for managers, on accepted matches only', () => {
    const need = aNeed();
    const volunteer = decideStep({
      action: 'no_show',
      role: 'volunteer',
      match: anAcceptedMatch(need),
      need,
      dates: on('2026-12-08'),
      now: new Date('2026-12-09T10:00:00Z'),
    });
    expect(volunteer).toMatchObject({ kind: 'refused', reason: 'invalid_transition' });
    for (const status of ['invited', 'withdrawn', 'completed', 'cancelled'] as const) {
      expect(decide('no_show', '2026-12-09T10:00:00Z', { match: { status } }), status).toMatchObject({
        kind: 'refused',
      });
    }
  });
});

describe('the records a no-show changes', () => {
  it("marks the date on the match and on the ledger's commitment, with a dated history entry", () => {
    // Prepare
    const input = facts('no_show', '2026-12-09T10:00:00Z');
    // Act
    const plan = planStep(input);
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    const { step, fills } = plan;
    expect(fills).toBe(false);
    expect(step.next).toMatchObject({ status: 'accepted', noShows: ['2026-12-08'], version: 4 });
    expect(step.ledger?.previous).toBe(input.ledger);
    expect(step.ledger?.next.version).toBe(input.ledger.version + 1);
    expect(step.ledger?.next.commitments[0]).toMatchObject({ needId: 'n1', noShows: ['2026-12-08'] });
    expect(step.ledger?.next.commitments[0]?.occurrences).toHaveLength(4);
    expect(step.event).toEqual({
      needId: 'n1',
      volunteerId: 'v1',
      action: 'no_show',
      from: 'accepted',
      to: 'accepted',
      by: 'm1',
      at: '2026-12-09T10:00:00.000Z',
      date: '2026-12-08',
    });
    // No place, no need change, no reminders moved.
    expect(step.needChange).toBeUndefined();
    expect(step.needMustBeOpen).toBe(false);
    expect(step.notices).toBeUndefined();
  });

  it('undoes it: the date leaves the match and the ledger', () => {
    // Prepare
    const need = aNeed();
    const marked = planStep(facts('no_show', '2026-12-09T10:00:00Z'));
    if (marked.kind !== 'write' || !marked.step.ledger) throw new Error('expected a write');
    // Act
    const plan = planStep(
      facts('came', '2026-12-10T10:00:00Z', { match: marked.step.next, ledger: marked.step.ledger.next, need }),
    );
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    expect(plan.step.next.noShows).toBeUndefined();
    expect(plan.step.ledger?.next.commitments[0]?.noShows).toBeUndefined();
    expect(plan.step.event).toMatchObject({ action: 'came', date: '2026-12-08' });
  });

  it('refuses a date the volunteer is not committed to (the ledger does not list it)', () => {
    // Prepare: the ledger commits them to 1 December only.
    const need = aNeed();
    const ledger = committedLedger(need);
    const only1st = {
      ...ledger,
      commitments: ledger.commitments.map((c) => ({ ...c, occurrences: c.occurrences.slice(0, 1) })),
    };
    // Act
    const plan = planStep(facts('no_show', '2026-12-09T10:00:00Z', { ledger: only1st }));
    // Assess
    expect(plan).toMatchObject({ kind: 'refused', reason: 'not_committed', current: 'accepted' });
  });

  it('keeps the no-shows when the match is later recorded as completed', () => {
    // Prepare
    const marked = planStep(facts('no_show', '2026-12-09T10:00:00Z'));
    if (marked.kind !== 'write' || !marked.step.ledger) throw new Error('expected a write');
    // Act
    const plan = planStep(
      facts('complete', '2026-12-23T10:00:00Z', {
        match: marked.step.next,
        ledger: marked.step.ledger.next,
        dates: WHOLE_NEED,
      }),
    );
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    expect(plan.step.next).toMatchObject({ status: 'completed', noShows: ['2026-12-08'] });
    expect(plan.step.ledger?.next.commitments[0]).toMatchObject({ status: 'completed', noShows: ['2026-12-08'] });
  });
});

describe('a commitment that ends early keeps the hours already done', () => {
  it('withdrawing mid-series: the dates over stay as completed help, the dates ahead go', () => {
    // Prepare: 1 and 8 December are over (8 December marked no-show); the volunteer withdraws on the 9th.
    const marked = planStep(facts('no_show', '2026-12-09T09:00:00Z'));
    if (marked.kind !== 'write' || !marked.step.ledger) throw new Error('expected a write');
    // Act
    const plan = planStep({
      ...facts('withdraw', '2026-12-09T10:00:00Z', { match: marked.step.next, ledger: marked.step.ledger.next }),
      role: 'volunteer',
      actor: 'v1',
      dates: WHOLE_NEED,
    });
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    expect(plan.step.next.status).toBe('withdrawn');
    expect(plan.step.ledger?.next.commitments).toEqual([
      {
        needId: 'n1',
        venueId: 'nordstadt-treff',
        status: 'completed',
        occurrences: [
          { date: '2026-12-01', start: 900, end: 1020 },
          { date: '2026-12-08', start: 900, end: 1020 },
        ],
        noShows: ['2026-12-08'],
      },
    ]);
  });

  it('withdrawing before the first date has ended: the commitment goes entirely', () => {
    const plan = planStep({
      ...facts('withdraw', '2026-12-01T15:59:00Z'),
      role: 'volunteer',
      actor: 'v1',
      dates: WHOLE_NEED,
    });
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    expect(plan.step.ledger?.next.commitments).toEqual([]);
  });
});
