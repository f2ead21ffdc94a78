import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/caller.ts';
import type { Need } from '../needs/schemas.ts';
import { emptyLedger, type Ledger, withCommitment } from './ledger.ts';
import { MATCH_STATES, type MatchState } from './lifecycle.ts';
import type { Match, MatchAction, MatchStatus } from './schemas.ts';
import { decideStep, WHOLE_NEED } from './step-decision.ts';
import { invitationExpiry, needChange, planClose, planStep, type StepFacts } from './step-planner.ts';
import { DECEMBER_TUESDAYS, seriesMatch, seriesNeed } from './test-support/series.ts';

// Tuesday 1 December 2026, 08:00 in Berlin (CET, UTC+1).
const NOW = new Date('2026-12-01T07:00:00Z');

// Weekly on Tuesdays, 15:00–17:00, 1 to 22 December.
const aNeed = (overrides: Partial<Need> = {}): Need => seriesNeed({ schedule: DECEMBER_TUESDAYS, ...overrides });
const aMatch = (status: MatchStatus, overrides: Partial<Match> = {}): Match =>
  seriesMatch(status, { schedule: DECEMBER_TUESDAYS, ...overrides });

function facts(overrides: Partial<StepFacts> & Pick<StepFacts, 'action' | 'role'>): StepFacts {
  return {
    actor: overrides.role === 'manager' ? 'm1' : 'v1',
    need: aNeed(),
    volunteerId: 'v1',
    match: undefined,
    dates: WHOLE_NEED,
    now: NOW,
    ledger: emptyLedger('v1'),
    eligibility: { violations: [], profile: { firstName: 'Amina', languages: [] }, safeguarding: undefined },
    invitationTtlHours: 72,
    safeguardingRetentionMonths: 3,
    ...overrides,
  };
}

const decide = (action: MatchAction, role: Role, state: MatchState, need = aNeed(), now = NOW) =>
  decideStep({ action, role, match: state === 'none' ? undefined : aMatch(state), need, dates: WHOLE_NEED, now });

describe('the step decision: which steps each role may take from each state', () => {
  const STATES = MATCH_STATES;
  // Every step allowed on an open need before its first date; everything else is refused or already done.
  const ALLOWED: Record<string, MatchState[]> = {
    'manager invite': ['none', 'declined', 'withdrawn', 'expired', 'cancelled', 'closed'],
    'volunteer offer': ['none', 'declined', 'withdrawn', 'expired', 'closed'],
    'volunteer accept': ['invited'],
    'manager accept': ['offered'],
    'volunteer decline': ['invited'],
    'manager decline': ['offered'],
    'volunteer withdraw': ['accepted', 'offered'],
    'manager cancel': ['invited', 'offered', 'accepted'],
  };

  for (const [key, allowed] of Object.entries(ALLOWED)) {
    const [role, action] = key.split(' ') as [Role, MatchAction];
    it(`${key}: allowed from ${allowed.join(', ')} only`, () => {
      // Prepare: an open need, the volunteer's match in every state.
      // Act
      const allowedFrom = STATES.filter((state) => decide(action, role, state).kind === 'allowed');
      // Assess
      expect(allowedFrom.sort()).toEqual([...allowed].sort());
    });
  }

  it('refuses the other role the same step', () => {
    expect(decide('accept', 'manager', 'invited')).toMatchObject({ kind: 'refused', reason: 'invalid_transition' });
    expect(decide('invite', 'volunteer', 'none')).toMatchObject({ kind: 'refused', reason: 'invalid_transition' });
    expect(decide('withdraw', 'manager', 'accepted')).toMatchObject({ kind: 'refused', reason: 'invalid_transition' });
  });

  it('names a retried step as already done, not as refused', () => {
    expect(decide('accept', 'volunteer', 'accepted')).toEqual({ kind: 'already', to: 'accepted' });
    expect(decide('invite', 'manager', 'invited')).toEqual({ kind: 'already', to: 'invited' });
  });

  it('tells a closed invitation apart from any other state', () => {
    expect(decide('accept', 'volunteer', 'closed')).toMatchObject({ kind: 'refused', reason: 'invitation_closed' });
    expect(decide('accept', 'volunteer', 'declined')).toMatchObject({ kind: 'refused', reason: 'invalid_transition' });
  });

  it('judges an invitation past its expiry as expired, and one from before the last fill as closed', () => {
    // Prepare
    const expired = aMatch('invited', { inviteExpiresAt: '2026-12-01T06:59:59.000Z' });
    const beforeFill = aMatch('invited', { fillRound: 0 });
    const need = aNeed({ fillRound: 1 });
    // Act
    const onExpired = decideStep({
      action: 'accept',
      role: 'volunteer',
      match: expired,
      need,
      dates: WHOLE_NEED,
      now: NOW,
    });
    const onClosed = decideStep({
      action: 'accept',
      role: 'volunteer',
      match: beforeFill,
      need,
      dates: WHOLE_NEED,
      now: NOW,
    });
    // Assess
    expect(onExpired).toMatchObject({ kind: 'refused', reason: 'invalid_transition', current: 'expired' });
    expect(onClosed).toMatchObject({ kind: 'refused', reason: 'invitation_closed', current: 'closed' });
  });

  it('refuses inviting, offering and accepting unless the need is open (full or otherwise)', () => {
    for (const [action, role, state] of [
      ['invite', 'manager', 'none'],
      ['offer', 'volunteer', 'none'],
      ['accept', 'volunteer', 'invited'],
      ['accept', 'manager', 'offered'],
    ] as const) {
      expect(decide(action, role, state, aNeed({ status: 'filled' }))).toMatchObject({ reason: 'need_full' });
      expect(decide(action, role, state, aNeed({ status: 'closed' }))).toMatchObject({ reason: 'need_not_open' });
      expect(decide(action, role, state, aNeed({ status: 'draft' }))).toMatchObject({ reason: 'need_not_open' });
    }
    // Declining, withdrawing and cancelling need no open need.
    expect(decide('decline', 'volunteer', 'invited', aNeed({ status: 'closed' })).kind).toBe('allowed');
    expect(decide('withdraw', 'volunteer', 'accepted', aNeed({ status: 'filled' })).kind).toBe('allowed');
    expect(decide('cancel', 'manager', 'accepted', aNeed({ status: 'filled' })).kind).toBe('allowed');
  });

  it('allows recording the whole match as completed only after the last date (Berlin)', () => {
    // (A no-show is per date now: see attendance.test.ts.)
    const action = 'complete';
    // On the last date itself, after its end: not yet (the rule is by date).
    expect(decide(action, 'manager', 'accepted', aNeed(), new Date('2026-12-22T20:00:00Z'))).toMatchObject({
      kind: 'refused',
      reason: 'not_yet_past',
    });
    // 23 December 00:30 in Berlin is still 22 December in UTC.
    expect(decide(action, 'manager', 'accepted', aNeed(), new Date('2026-12-22T23:30:00Z')).kind).toBe('allowed');
    expect(decide(action, 'volunteer', 'accepted', aNeed(), new Date('2026-12-23T12:00:00Z')).kind).toBe('refused');
  });

  it('refuses withdrawing a commitment once its last date has started, and allows it until then', () => {
    // Prepare: a one-off need on 1 December, 15:00–17:00 Berlin (14:00Z).
    const once = aNeed({ schedule: { kind: 'once', date: '2026-12-01', start: '15:00', end: '17:00' } });
    // Act
    const before = decide('withdraw', 'volunteer', 'accepted', once, new Date('2026-12-01T13:59:00Z'));
    const started = decide('withdraw', 'volunteer', 'accepted', once, new Date('2026-12-01T14:00:00Z'));
    const past = decide('withdraw', 'volunteer', 'accepted', once, new Date('2026-12-05T12:00:00Z'));
    // Assess
    expect(before.kind).toBe('allowed');
    expect(started).toMatchObject({ kind: 'refused', reason: 'already_started', current: 'accepted' });
    expect(past).toMatchObject({ kind: 'refused', reason: 'already_started' });
    // A weekly series whose first date has started may still be left before its last one.
    expect(decide('withdraw', 'volunteer', 'accepted', aNeed(), new Date('2026-12-08T15:00:00Z')).kind).toBe('allowed');
    // An offer is no commitment: it can be withdrawn whenever.
    expect(decide('withdraw', 'volunteer', 'offered', once, new Date('2026-12-05T12:00:00Z')).kind).toBe('allowed');
  });
});

describe('the need fills and reopens', () => {
  it('fills with the last place, starting a new fill round', () => {
    expect(needChange(aNeed({ acceptedCount: 1, places: 2 }), 1)).toEqual({
      acceptedCount: 2,
      status: 'filled',
      fillRound: 1,
    });
    expect(needChange(aNeed({ acceptedCount: 1, places: 2, fillRound: 3 }), 1)).toMatchObject({ fillRound: 4 });
  });

  it('stays open below its places, and reopens when a place of a full need frees up', () => {
    expect(needChange(aNeed({ acceptedCount: 0, places: 2 }), 1)).toEqual({ acceptedCount: 1, status: 'open' });
    expect(needChange(aNeed({ acceptedCount: 2, places: 2, status: 'filled', fillRound: 1 }), -1)).toEqual({
      acceptedCount: 1,
      status: 'open',
    });
  });

  it('keeps a closed need closed when a place frees up, and changes nothing without a place delta', () => {
    expect(needChange(aNeed({ acceptedCount: 2, status: 'closed' }), -1)).toEqual({
      acceptedCount: 1,
      status: 'closed',
    });
    expect(needChange(aNeed(), 0)).toBeUndefined();
  });
});

describe('the records a step changes', () => {
  it('accepting the last place: the match, the need filled, the invitation required, the ledger, reminders, history', () => {
    // Prepare
    const need = aNeed({ acceptedCount: 1 });
    const match = aMatch('invited', { fillRound: 0 });
    // Act
    const plan = planStep(facts({ action: 'accept', role: 'volunteer', need, match }));
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    const { step } = plan;
    expect(plan.fills).toBe(true);
    expect(step.needChange).toEqual({ acceptedCount: 2, status: 'filled', fillRound: 1 });
    expect(step.needMustBeOpen).toBe(true);
    expect(step.next).toMatchObject({ status: 'accepted', version: 4, inviteExpiresAt: undefined });
    expect(step.invitation).toEqual({ require: { nowSeconds: NOW.getTime() / 1000 } });
    expect(step.ledger?.next.commitments.map((c) => [c.needId, c.status, c.occurrences.length])).toEqual([
      ['n1', 'accepted', 4],
    ]);
    expect(step.event).toMatchObject({ action: 'accept', from: 'invited', to: 'accepted', by: 'v1' });
    expect(step.notices?.put.map((notice) => [notice.kind, notice.date])).toEqual([
      ['reminder', '2026-12-01'],
      ['reminder', '2026-12-08'],
      ['reminder', '2026-12-15'],
      ['reminder', '2026-12-22'],
    ]);
    expect(step.notices?.remove.map((notice) => notice.kind)).toEqual(['invitationExpiring']);
  });

  it('withdrawing from a full need: the place frees, the need reopens, the commitment and reminders go', () => {
    // Prepare
    const need = aNeed({ acceptedCount: 2, status: 'filled', fillRound: 1 });
    const ledger: Ledger = withCommitment(emptyLedger('v1'), need, 'accepted', '2026-11-20');
    // Act
    const plan = planStep(facts({ action: 'withdraw', role: 'volunteer', need, match: aMatch('accepted'), ledger }));
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    expect(plan.fills).toBe(false);
    expect(plan.step.needChange).toEqual({ acceptedCount: 1, status: 'open' });
    expect(plan.step.ledger?.next.commitments).toEqual([]);
    expect(plan.step.invitation).toBeUndefined();
    expect(plan.step.notices?.remove).toHaveLength(4);
  });

  it('inviting: a new match with the profile, the invitation item with its expiry, its warning, no need change', () => {
    // Prepare: the need starts next week, so the configured 72 hours hold.
    const need = aNeed({ schedule: { kind: 'once', date: '2026-12-10', start: '15:00', end: '17:00' } });
    // Act
    const plan = planStep(facts({ action: 'invite', role: 'manager', need }));
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    const { step } = plan;
    expect(step.match).toBeUndefined();
    expect(step.needChange).toBeUndefined();
    expect(step.next).toMatchObject({
      status: 'invited',
      firstName: 'Amina',
      version: 1,
      fillRound: 0,
      inviteExpiresAt: '2026-12-04T07:00:00.000Z',
    });
    expect(step.invitation).toEqual({ put: { expiresAt: Date.parse('2026-12-04T07:00:00Z') / 1000 } });
    expect(step.notices?.put.map((notice) => notice.kind)).toEqual(['invitationExpiring']);
    expect(step.event).toMatchObject({ action: 'invite', from: 'none', to: 'invited', by: 'm1' });
  });

  it('refuses someone who fails a hard constraint, with the reasons', () => {
    const violations = [{ code: 'paused' as const }];
    const plan = planStep(
      facts({
        action: 'invite',
        role: 'manager',
        eligibility: { violations, profile: { firstName: 'A', languages: [] }, safeguarding: undefined },
      }),
    );
    expect(plan).toEqual({ kind: 'refused', reason: 'not_eligible', current: 'none', violations });
  });

  it('keeps the cancel reason on the event and ends the commitment', () => {
    const need = aNeed({ acceptedCount: 1 });
    const plan = planStep(
      facts({ action: 'cancel', role: 'manager', need, match: aMatch('accepted'), reason: 'Raum fällt aus' }),
    );
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    expect(plan.step.event).toMatchObject({ action: 'cancel', reason: 'Raum fällt aus', by: 'm1' });
    expect(plan.step.needChange).toEqual({ acceptedCount: 0, status: 'open' });
  });

  it('closes an invitation left open by a fill: no expiry, its warning removed, the system named', () => {
    const close = planClose(aMatch('invited'), NOW);
    expect(close.next).toMatchObject({ status: 'closed', version: 4 });
    expect(close.next.inviteExpiresAt).toBeUndefined();
    expect(close.event).toMatchObject({ action: 'close', by: 'system', reason: 'need_full' });
    expect(close.notices?.remove.map((notice) => notice.kind)).toEqual(['invitationExpiring']);
  });
});

describe('the answer-by date of an invitation', () => {
  it('is the configured time when the next date starts later', () => {
    const need = aNeed({ schedule: { kind: 'once', date: '2026-12-10', start: '15:00', end: '17:00' } });
    expect(invitationExpiry(need, WHOLE_NEED, NOW, 72).toISOString()).toBe('2026-12-04T07:00:00.000Z');
  });

  it('never falls after the start of the next date (invited on the morning of a need that afternoon)', () => {
    // Prepare: 1 December, 08:00 Berlin; the need starts at 15:00 Berlin (14:00Z) that day.
    const need = aNeed({ schedule: { kind: 'once', date: '2026-12-01', start: '15:00', end: '17:00' } });
    // Act
    const plan = planStep(facts({ action: 'invite', role: 'manager', need }));
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    expect(plan.step.next.inviteExpiresAt).toBe('2026-12-01T14:00:00.000Z');
    expect(plan.step.invitation).toEqual({ put: { expiresAt: Date.parse('2026-12-01T14:00:00Z') / 1000 } });
  });

  it('takes the next date still ahead of a series, in Berlin wall-clock time across summer time', () => {
    // Prepare: a weekly need on Sundays at 10:00 around the change to summer time (29 March 2026).
    const need = aNeed({
      schedule: {
        kind: 'weekly',
        weekday: 'sun',
        start: '10:00',
        end: '12:00',
        firstDate: '2026-03-22',
        lastDate: '2026-04-12',
      },
    });
    // Act: invited on 28 March at noon, after the first date.
    const expiry = invitationExpiry(need, WHOLE_NEED, new Date('2026-03-28T11:00:00Z'), 72);
    // Assess: 10:00 CEST on the 29th is 08:00Z.
    expect(expiry.toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });
});
