import { describe, expect, it } from 'vitest';
import type { Match, MatchEvent } from '../../shared/matches/schemas.ts';
import { storedNeed } from '../../test/support/fixtures.ts';
import { type PlanContext, planNotifications } from './plan.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const D8 = '2026-12-08';
const need = storedNeed({ status: 'filled', acceptedCount: 2 });

const match = (status: Match['status'], extra: Partial<Match> = {}): Match => ({
  needId: 'n1',
  volunteerId: 'v1',
  status,
  firstName: 'Chadi',
  languages: [],
  needTitle: need.title,
  quarterId: need.quarterId,
  venueId: need.venueId,
  schedule: need.schedule,
  version: 1,
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  ...extra,
});

const context = (matches: Match[]): PlanContext => ({ need, matches, now: NOW });
const event = (action: MatchEvent['action'], from: string, by: string, date?: string) => ({
  from: 'match' as const,
  event: { needId: 'n1', volunteerId: 'v1', action, from, to: 'x', by, at: NOW.toISOString(), ...(date && { date }) },
});

describe('mails about cover for one date', () => {
  it('asks the volunteer to cover that one date, with its answer-by time', () => {
    // Prepare: Chadi is in the series (declined) and invited to cover 8 December.
    const matches = [match('declined'), match('invited', { date: D8, inviteExpiresAt: '2026-11-27T10:00:00.000Z' })];
    // Act
    const planned = planNotifications(event('invite', 'none', 'system', D8), context(matches));
    // Assess
    expect(planned).toEqual([
      expect.objectContaining({
        kind: 'coverInvitation',
        addressee: { to: 'volunteer', volunteerId: 'v1' },
        details: { date: D8, answerBy: '2026-11-27T10:00:00.000Z' },
      }),
    ]);
  });

  it('tells the managers an answer to cover with its date, as series answers are told', () => {
    const matches = [match('accepted', { date: D8 })];
    for (const [action, from, kind] of [
      ['accept', 'invited', 'invitationAccepted'],
      ['decline', 'invited', 'invitationDeclined'],
      ['withdraw', 'accepted', 'volunteerWithdrew'],
    ] as const) {
      // Act
      const planned = planNotifications(event(action, from, 'v1', D8), context(matches));
      // Assess
      expect(planned, action).toEqual([
        expect.objectContaining({
          kind,
          addressee: { to: 'managers' },
          details: { volunteerFirstName: 'Chadi', date: D8 },
        }),
      ]);
    }
  });

  it('reminds of a covered date, and of no other date of the series', () => {
    // Prepare: the cover for 8 December is accepted; there is no series commitment.
    const matches = [match('accepted', { date: D8 })];
    const reminder = (date: string) => ({
      from: 'notice' as const,
      notice: { kind: 'reminder' as const, needId: 'n1', volunteerId: 'v1', date, firedAt: NOW.toISOString() },
    });
    // Act
    const onDate = planNotifications(reminder(D8), context(matches));
    const other = planNotifications(reminder('2026-12-15'), context(matches));
    // Assess
    expect(onDate.map((p) => p.kind)).toEqual(['reminder']);
    expect(other).toEqual([]);
  });
});
