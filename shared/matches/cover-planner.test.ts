import { describe, expect, it } from 'vitest';
import { emptyLedger, withCommitment } from './ledger.ts';
import { decideStep, onDate } from './step-decision.ts';
import { planStep, type StepFacts } from './step-planner.ts';
import { aMatchOf, aSeries, NOW } from './test-support/cover-fixtures.ts';

const D15 = '2026-12-15';
const GAP = { open: 1, comesInSeries: false };

function coverFacts(overrides: Partial<StepFacts> & Pick<StepFacts, 'action' | 'role'>): StepFacts {
  return {
    actor: overrides.role === 'manager' ? 'm1' : 'chadi',
    need: aSeries(),
    volunteerId: 'chadi',
    match: undefined,
    dates: onDate(D15),
    now: NOW,
    ledger: emptyLedger('chadi'),
    eligibility: { violations: [], profile: { firstName: 'Chadi', languages: [] }, safeguarding: undefined },
    invitationTtlHours: 72,
    safeguardingRetentionMonths: 3,
    cover: GAP,
    ...overrides,
  };
}

describe('cover steps: one date of a series', () => {
  it('invites cover on a full series for a date with a gap, pinning the roster and leaving the series count alone', () => {
    // Prepare: the series is filled; 15 December has a place open.
    // Act
    const plan = planStep(coverFacts({ action: 'invite', role: 'manager' }));
    // Assess
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.step.next).toMatchObject({ date: D15, status: 'invited' });
    expect(plan.step.next.fillRound).toBeUndefined();
    expect(plan.step.event).toMatchObject({ action: 'invite', date: D15 });
    expect(plan.step.needChange).toBeUndefined();
    expect(plan.step).toMatchObject({ rosterPin: 4, needMustBeOpen: false, needMustBeActive: true });
    // The 72 hours would end after the date's start (3 Dec 07:00Z is before 15 Dec): the TTL holds.
    expect(plan.step.next.inviteExpiresAt).toBe('2026-12-04T07:00:00.000Z');
  });

  it('caps the answer-by time at the start of that date', () => {
    // Prepare: 14 December, 20:00 Berlin; the date starts 15 December 15:00 (14:00Z).
    const now = new Date('2026-12-14T19:00:00Z');
    // Act
    const plan = planStep(coverFacts({ action: 'invite', role: 'manager', now }));
    // Assess
    expect(plan.kind === 'write' && plan.step.next.inviteExpiresAt).toBe('2026-12-15T14:00:00.000Z');
  });

  it('refuses cover for a date without a gap, a date the volunteer comes to already, dates not ahead, a one-off need', () => {
    // Prepare
    const situation = { role: 'manager' as const, action: 'invite' as const, match: undefined, need: aSeries() };
    // Act
    const full = decideStep({ ...situation, dates: onDate(D15), now: NOW, cover: { open: 0, comesInSeries: false } });
    const coming = decideStep({ ...situation, dates: onDate(D15), now: NOW, cover: { open: 1, comesInSeries: true } });
    const saidNo = decideStep({
      ...situation,
      dates: onDate(D15),
      now: NOW,
      cover: { open: 1, comesInSeries: false, declaredAbsent: true },
    });
    const started = decideStep({ ...situation, dates: onDate('2026-12-01'), now: new Date('2026-12-01T14:00:00Z') });
    const notADate = decideStep({ ...situation, dates: onDate('2026-12-16'), now: NOW });
    const closed = decideStep({ ...situation, need: aSeries({ status: 'closed' }), dates: onDate(D15), now: NOW });
    const oneOff = decideStep({
      ...situation,
      need: aSeries({ schedule: { kind: 'once', date: D15, start: '15:00', end: '17:00' } }),
      dates: onDate(D15),
      now: NOW,
    });
    // Assess
    expect(full).toMatchObject({ kind: 'refused', reason: 'date_full' });
    expect(coming).toMatchObject({ kind: 'refused', reason: 'already_coming' });
    expect(saidNo).toMatchObject({ kind: 'refused', reason: 'declared_absent' });
    expect(started).toMatchObject({ kind: 'refused', reason: 'date_passed' });
    expect(notADate).toMatchObject({ kind: 'refused', reason: 'unknown_date' });
    expect(closed).toMatchObject({ kind: 'refused', reason: 'need_not_open' });
    // A one-off need's one date is the need's own place: no cover.
    expect(oneOff).toMatchObject({ kind: 'refused', reason: 'unknown_date' });
  });

  it('accepting cover takes the last place of the date: roster pinned, the date named as filled', () => {
    // Prepare
    const invited = aMatchOf('chadi', 'invited', { date: D15, version: 1 });
    // Act
    const plan = planStep(coverFacts({ action: 'accept', role: 'volunteer', match: invited }));
    // Assess
    expect(plan).toMatchObject({ kind: 'write', fillsDate: D15, step: { rosterPin: 4 } });
    if (plan.kind !== 'write') return;
    expect(plan.step.needChange).toBeUndefined();
    expect(plan.step.invitation).toEqual({ require: { nowSeconds: Math.floor(NOW.getTime() / 1000) } });
  });

  it('commits the volunteer to that date alone, beside their own series commitment', () => {
    // Prepare: Chadi is in the series of another need and of this one (on other dates).
    const ledger = withCommitment(emptyLedger('chadi'), { ...aSeries(), needId: 'other' }, 'accepted', '2026-12-01');
    const withSeries = withCommitment(ledger, aSeries(), 'accepted', '2026-12-01');
    const invited = aMatchOf('chadi', 'invited', { date: D15 });
    // Act
    const plan = planStep(coverFacts({ action: 'accept', role: 'volunteer', match: invited, ledger: withSeries }));
    // Assess
    if (plan.kind !== 'write' || !plan.step.ledger) throw new Error('expected a ledger change');
    const commitments = plan.step.ledger.next.commitments;
    expect(commitments).toHaveLength(3);
    const cover = commitments.find((commitment) => commitment.date === D15);
    expect(cover).toMatchObject({ needId: 'n1', status: 'accepted' });
    expect(cover?.occurrences.map((occurrence) => occurrence.date)).toEqual([D15]);
  });

  it('reminds of that date only', () => {
    // Prepare
    const invited = aMatchOf('chadi', 'invited', { date: D15 });
    // Act
    const plan = planStep(coverFacts({ action: 'accept', role: 'volunteer', match: invited }));
    // Assess
    if (plan.kind !== 'write') throw new Error('expected a write');
    expect(plan.step.notices?.put.filter((notice) => notice.kind === 'reminder')).toEqual([
      expect.objectContaining({ kind: 'reminder', date: D15, volunteerId: 'chadi' }),
    ]);
  });

  it('withdrawing cover frees the place of that date only, and is refused once the date has started', () => {
    // Prepare
    const accepted = aMatchOf('chadi', 'accepted', { date: D15 });
    const ledger = withCommitment(emptyLedger('chadi'), { ...aSeries(), date: D15 }, 'accepted', '2026-12-01');
    // Act
    const before = planStep(coverFacts({ action: 'withdraw', role: 'volunteer', match: accepted, ledger }));
    const started = planStep(
      coverFacts({
        action: 'withdraw',
        role: 'volunteer',
        match: accepted,
        ledger,
        now: new Date('2026-12-15T14:00:00Z'),
      }),
    );
    // Assess
    expect(before).toMatchObject({ kind: 'write', step: { rosterPin: 4, event: { date: D15 } } });
    if (before.kind === 'write') {
      expect(before.step.needChange).toBeUndefined();
      expect(before.step.ledger?.next.commitments).toEqual([]);
    }
    expect(started).toMatchObject({ kind: 'refused', reason: 'already_started' });
  });

  it('a series invitation made before the last fill is closed; a cover invitation is not', () => {
    // Prepare: the series filled (round 1) after both were made in round 0.
    const need = aSeries({ fillRound: 1 });
    // Act
    const series = decideStep({
      action: 'accept',
      role: 'volunteer',
      match: aMatchOf('chadi', 'invited', { fillRound: 0 }),
      need,
      dates: { kind: 'series' },
      now: NOW,
    });
    const cover = decideStep({
      action: 'accept',
      role: 'volunteer',
      match: aMatchOf('chadi', 'invited', { date: D15, fillRound: 0 }),
      need,
      dates: onDate(D15),
      now: NOW,
      cover: GAP,
    });
    // Assess
    expect(series).toMatchObject({ kind: 'refused', reason: 'invitation_closed' });
    expect(cover.kind).toBe('allowed');
  });
});
