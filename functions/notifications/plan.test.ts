import { describe, expect, it } from 'vitest';
import type { Match, MatchEvent } from '../../shared/matches/schemas.ts';
import type { Need } from '../../shared/needs/schemas.ts';
import { storedNeed } from '../../test/support/fixtures.ts';
import { type PlanContext, planNotifications } from './plan.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const MANAGER = 'manager-1';

const need: Need = storedNeed({
  requiredSkills: [],
  languages: [],
  createdBy: MANAGER,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
});

const match = (volunteerId: string, status: Match['status'], extra: Partial<Match> = {}): Match => ({
  needId: 'n1',
  volunteerId,
  status,
  firstName: `First ${volunteerId}`,
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

const context = (matches: Match[], overrides: Partial<Need> = {}): PlanContext => ({
  need: { ...need, ...overrides },
  matches,
  now: NOW,
});

const step = (action: MatchEvent['action'], from: string, by: string, extra: Partial<MatchEvent> = {}) => ({
  from: 'match' as const,
  event: { needId: 'n1', volunteerId: 'v1', action, from, to: 'x', by, at: NOW.toISOString(), ...extra },
});

const kindsAndAddressees = (source: Parameters<typeof planNotifications>[0], ctx: PlanContext) =>
  planNotifications(source, ctx).map((p) => [
    p.kind,
    p.addressee.to === 'managers' ? 'managers' : p.addressee.volunteerId,
  ]);

describe('which match event becomes which mail', () => {
  const matches = [match('v1', 'invited', { inviteExpiresAt: '2026-11-27T10:00:00.000Z' })];

  it.each([
    ['invite', 'none', MANAGER, 'invitation', 'v1'],
    ['offer', 'none', 'v1', 'offerReceived', 'managers'],
    ['accept', 'invited', 'v1', 'invitationAccepted', 'managers'],
    ['accept', 'offered', MANAGER, 'offerAccepted', 'v1'],
    ['decline', 'invited', 'v1', 'invitationDeclined', 'managers'],
    ['decline', 'offered', MANAGER, 'offerDeclined', 'v1'],
    ['withdraw', 'accepted', 'v1', 'volunteerWithdrew', 'managers'],
    ['cancel', 'accepted', MANAGER, 'commitmentCancelled', 'v1'],
    ['review_concern', 'accepted', 'initiative-1', 'concernRaised', 'managers'],
  ] as const)('%s from %s → %s to %s', (action, from, by, kind, to) => {
    expect(kindsAndAddressees(step(action, from, by), context(matches))).toEqual([[kind, to]]);
  });

  it('closes an invitation only when the need filled', () => {
    expect(kindsAndAddressees(step('close', 'invited', 'system', { reason: 'need_full' }), context(matches))).toEqual([
      ['invitationClosed', 'v1'],
    ]);
    expect(kindsAndAddressees(step('close', 'invited', 'system'), context(matches))).toEqual([]);
  });

  it('mails nothing for the record after the date or a confirmed review', () => {
    for (const action of ['complete', 'no_show', 'review_confirmed'] as const)
      expect(planNotifications(step(action, 'accepted', MANAGER), context(matches)), action).toEqual([]);
  });

  it('names the actor, carries the answer-by date, the reason and the first name to staff', () => {
    const [invitation] = planNotifications(step('invite', 'none', MANAGER), context(matches));
    expect(invitation).toMatchObject({ actor: MANAGER, details: { answerBy: '2026-11-27T10:00:00.000Z' } });
    const [concern] = planNotifications(
      step('review_concern', 'accepted', 'i1', { reason: 'Zu spät' }),
      context([match('v1', 'accepted')]),
    );
    expect(concern?.details).toEqual({ volunteerFirstName: 'First v1', reason: 'Zu spät' });
    const [cancelled] = planNotifications(step('cancel', 'accepted', MANAGER, { reason: 'Raum zu' }), context(matches));
    expect(cancelled?.details).toEqual({ reason: 'Raum zu' });
  });
});

describe('need events', () => {
  const matches = [
    match('invited', 'invited', { inviteExpiresAt: '2026-11-27T10:00:00.000Z' }),
    match('expired', 'invited', { inviteExpiresAt: '2026-11-23T10:00:00.000Z' }),
    match('accepted', 'accepted'),
    match('declined', 'declined'),
    match('closed-by-fill', 'invited', { inviteExpiresAt: '2026-11-27T10:00:00.000Z', fillRound: 0 }),
  ];
  const needEvent = (extra: Record<string, unknown>) => ({
    from: 'need' as const,
    event: { needId: 'n1', by: MANAGER, at: NOW.toISOString(), ...extra } as never,
  });

  it('tells everyone still invited or accepted (effective states) that the need changed, with reason and changes', () => {
    const planned = planNotifications(
      needEvent({ action: 'changed', reason: 'Neuer Raum', changes: ['venueId'] }),
      context(matches, { fillRound: 1 }),
    );
    expect(planned.map((p) => (p.addressee.to === 'volunteer' ? p.addressee.volunteerId : ''))).toEqual(['accepted']);
    expect(planned[0]?.details).toEqual({ reason: 'Neuer Raum', changes: ['venueId'] });
  });

  it('counts an invitation as open while it has not expired and the need has not filled since', () => {
    const planned = planNotifications(needEvent({ action: 'changed', changes: ['title'] }), context(matches));
    expect(planned.map((p) => (p.addressee.to === 'volunteer' ? p.addressee.volunteerId : ''))).toEqual([
      'invited',
      'accepted',
      'closed-by-fill',
    ]);
  });

  it('sends a message to its audience', () => {
    const ids = (audience: string) =>
      planNotifications(needEvent({ action: 'message', text: 'Hallo', audience }), context(matches)).map((p) =>
        p.addressee.to === 'volunteer' ? p.addressee.volunteerId : '',
      );
    expect(ids('accepted')).toEqual(['accepted']);
    expect(ids('invitedAndAccepted')).toEqual(['invited', 'accepted', 'closed-by-fill']);
  });

  it('mails nothing for a cancelled need (each cancelled match has its own event)', () => {
    expect(planNotifications(needEvent({ action: 'cancelled', reason: 'x' }), context(matches))).toEqual([]);
  });
});

describe('an absence', () => {
  it("tells the need's managers who cannot come on which date, and the places that date now has open", () => {
    // Prepare: two places; Amina and Chadi come, Amina said she cannot come on 15 December.
    const amina = match('v1', 'accepted', {
      firstName: 'Amina',
      absences: [{ date: '2026-12-15', kind: 'declared', at: NOW.toISOString() }],
    });
    const chadi = match('v2', 'accepted', { firstName: 'Chadi' });
    const absent = step('absent', 'accepted', 'v1', { to: 'accepted', date: '2026-12-15' });
    // Act
    const planned = planNotifications(absent, context([amina, chadi], { acceptedCount: 2, status: 'filled' }));
    // Assess
    expect(planned).toEqual([
      {
        kind: 'volunteerAbsent',
        addressee: { to: 'managers' },
        actor: 'v1',
        details: { volunteerFirstName: 'Amina', date: '2026-12-15', openPlaces: 1 },
      },
    ]);
  });

  it('names the series match, not a cover match of the same volunteer', () => {
    const cover = match('v1', 'accepted', { firstName: 'Cover', date: '2026-12-08' });
    const series = match('v1', 'accepted', {
      firstName: 'Amina',
      absences: [{ date: '2026-12-15', kind: 'declared' }],
    });
    const planned = planNotifications(
      step('absent', 'accepted', 'v1', { date: '2026-12-15' }),
      context([cover, series]),
    );
    expect(planned[0]?.details).toMatchObject({ volunteerFirstName: 'Amina', openPlaces: 2 });
  });
});

describe('scheduled notices, checked against the present', () => {
  const notice = (extra: Record<string, unknown>) => ({
    from: 'notice' as const,
    notice: { needId: 'n1', firedAt: NOW.toISOString(), ...extra } as never,
  });

  it('reminds a volunteer still accepted of a date the need still has', () => {
    const reminder = notice({ kind: 'reminder', volunteerId: 'v1', date: '2026-12-01' });
    expect(kindsAndAddressees(reminder, context([match('v1', 'accepted')]))).toEqual([['reminder', 'v1']]);
    expect(planNotifications(reminder, context([match('v1', 'accepted')]))[0]?.details).toEqual({ date: '2026-12-01' });
    expect(planNotifications(reminder, context([match('v1', 'withdrawn')]))).toEqual([]);
    const moved = { ...need.schedule, firstDate: '2026-12-08' };
    expect(planNotifications(reminder, context([match('v1', 'accepted')], { schedule: moved }))).toEqual([]);
  });

  it('reminds nobody of a date they are absent from: declared, unavailable at acceptance, or not committed', () => {
    // Prepare: Amina comes from 8 December, was unavailable on the 15th and said she cannot come on the 22nd.
    const amina = match('v1', 'accepted', {
      dates: ['2026-12-08', '2026-12-22', '2026-12-29'],
      absences: [
        { date: '2026-12-15', kind: 'unavailable' },
        { date: '2026-12-22', kind: 'declared', at: '2026-12-10T10:00:00.000Z' },
      ],
    });
    const remind = (date: string) => notice({ kind: 'reminder', volunteerId: 'v1', date });
    // Act
    const sent = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'].filter(
      (date) => planNotifications(remind(date), context([amina])).length > 0,
    );
    // Assess
    expect(sent).toEqual(['2026-12-08', '2026-12-29']);
  });

  it('warns of an expiring invitation only while it is open with that same expiry', () => {
    const expiring = notice({
      kind: 'invitationExpiring',
      volunteerId: 'v1',
      inviteExpiresAt: '2026-11-25T09:00:00.000Z',
    });
    const invited = (inviteExpiresAt: string) => context([match('v1', 'invited', { inviteExpiresAt })]);
    expect(kindsAndAddressees(expiring, invited('2026-11-25T09:00:00.000Z'))).toEqual([['invitationExpiring', 'v1']]);
    expect(planNotifications(expiring, invited('2026-11-28T09:00:00.000Z'))).toEqual([]);
    expect(planNotifications(expiring, context([match('v1', 'accepted')]))).toEqual([]);
  });

  it('tells the managers a need is short of people while it is active, has that date and places left on it', () => {
    const short = notice({ kind: 'needShortOfPeople', date: '2026-12-01' });
    const both = [match('v1', 'accepted'), match('v2', 'accepted')];
    expect(planNotifications(short, context([match('v1', 'accepted')]))).toEqual([
      { kind: 'needShortOfPeople', addressee: { to: 'managers' }, details: { date: '2026-12-01', openPlaces: 1 } },
    ]);
    expect(planNotifications(short, context(both, { acceptedCount: 2, status: 'filled' }))).toEqual([]);
    // Filled, but one of the two said they cannot come that date: a gap, so the warning goes.
    const absent = [
      match('v1', 'accepted'),
      match('v2', 'accepted', { absences: [{ date: '2026-12-01', kind: 'declared' }] }),
    ];
    expect(planNotifications(short, context(absent, { acceptedCount: 2, status: 'filled' }))).toEqual([
      { kind: 'needShortOfPeople', addressee: { to: 'managers' }, details: { date: '2026-12-01', openPlaces: 1 } },
    ]);
    expect(planNotifications(short, context([], { status: 'cancelled' }))).toEqual([]);
    expect(planNotifications(notice({ kind: 'needShortOfPeople', date: '2026-12-02' }), context([]))).toEqual([]);
  });
});
