import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankFromSnapshot, scanTable } from '../../bench/lib/scan-baseline.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { DEFAULT_SAFEGUARDING_POLICY } from '../../shared/matching/types.ts';
import { SafeguardingRepository } from '../../shared/safeguarding/safeguarding-repository.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { api, createAccount, type TestAccount, type TestPlatform, testPlatform } from '../support/app.ts';
import { needInput, profileInput } from '../support/fixtures.ts';

/** A fixed clock the tests move by hand: never the machine's time. */
let now = new Date('2026-11-24T10:00:00Z');

const profile = profileInput;
const CONSTRAINTS = { consentVersion: CONSENT.version, policy: DEFAULT_SAFEGUARDING_POLICY };

const weeklyNeed = (overrides: Record<string, unknown> = {}) =>
  needInput({
    title: 'Hausaufgabenhilfe auf Arabisch',
    description: 'Grundschulkinder, dienstags in der Alten Feuerwache',
    involvesMinors: true,
    ...overrides,
  });

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

describe('needs, matching and the match lifecycle', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let safeguarding: SafeguardingRepository;
  let db: DynamoDBDocumentClient;

  const volunteer = async (overrides: Record<string, unknown> = {}, checked = true) => {
    const account = await createAccount(platform.config, 'volunteer');
    const saved = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, profile(overrides));
    expect(saved.status).toBe(201);
    if (checked) {
      await safeguarding.put({
        volunteerId: account.userId,
        inspectedOn: '2026-11-10',
        issuedOn: '2026-10-20',
        relevantConviction: false,
        inspectedBy: manager.userId,
        recordedAt: now.toISOString(),
        expiresAt: Math.floor(new Date('2027-06-30').getTime() / 1000),
      });
    }
    // The candidate index follows profiles and checks through the table's stream.
    await platform.settle();
    return account;
  };

  const postNeed = async (overrides: Record<string, unknown> = {}) => {
    const created = await api(platform.app, 'POST', '/api/needs', manager.accessToken, weeklyNeed(overrides));
    expect(created.status).toBe(201);
    const need = await json(created);
    const published = await api(platform.app, 'POST', `/api/needs/${need.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    return (await json(published)) as Json;
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    db = createDocumentClient(platform.config);
    safeguarding = new SafeguardingRepository(db, platform.config.tableName);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
  });

  it('lets managers post only in their quarters, with valid catalogue entries', async () => {
    const elsewhere = await api(
      platform.app,
      'POST',
      '/api/needs',
      manager.accessToken,
      weeklyNeed({ quarterId: 'heckinghausen', venueId: 'spielmobil-heckinghausen' }),
    );
    expect(elsewhere.status).toBe(403);
    const wrongVenue = await api(
      platform.app,
      'POST',
      '/api/needs',
      manager.accessToken,
      weeklyNeed({ venueId: 'ot-hoehe' }),
    );
    expect(wrongVenue.status).toBe(400);
    expect((await json(wrongVenue)).error.issues.map((i: Json) => i.path)).toEqual(['venueId']);
    const badSchedule = await api(
      platform.app,
      'POST',
      '/api/needs',
      manager.accessToken,
      weeklyNeed({
        schedule: {
          kind: 'weekly',
          weekday: 'tue',
          start: '17:00',
          end: '15:00',
          firstDate: '2027-01-01',
          lastDate: '2026-12-01',
        },
      }),
    );
    expect((await json(badSchedule)).error.issues.map((i: Json) => i.path).sort()).toEqual([
      'schedule.end',
      'schedule.lastDate',
    ]);
    const volunteerAccount = await createAccount(platform.config, 'volunteer');
    expect((await api(platform.app, 'POST', '/api/needs', volunteerAccount.idToken, weeklyNeed())).status).toBe(403);
  });

  it('posts a need once when the same create is retried with an idempotency key', async () => {
    const post = (key: string) =>
      platform.app.request('/api/needs', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${manager.accessToken}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(weeklyNeed({ title: `Retry ${key}` })),
      });
    const [first, second] = await Promise.all([post('retry-key-0001'), post('retry-key-0001')]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const [a, b] = [await json(first), await json(second)];
    expect(a.needId).toBe(b.needId);
    const other = await json(await post('retry-key-0002'));
    expect(other.needId).not.toBe(a.needId);
    const listed = await json(await api(platform.app, 'GET', '/api/needs', manager.accessToken));
    expect(listed.needs.filter((n: Json) => n.title === 'Retry retry-key-0001')).toHaveLength(1);
    expect((await post('bad key!')).status).toBe(400);
  });

  it('proposes only volunteers who meet every hard constraint, with reasons for the rest', async () => {
    const amina = await volunteer({ firstName: 'Amina', niceToHave: undefined });
    const noCheck = await volunteer({ firstName: 'Basel' }, false);
    const paused = await volunteer({ firstName: 'Chadi' });
    await api(platform.app, 'POST', '/api/volunteers/me/pause', paused.idToken);
    await platform.settle();
    const away = await volunteer({ firstName: 'Ilias', blackouts: [{ from: '2026-12-15', until: '2026-12-15' }] });
    const farsi = await volunteer({
      firstName: 'Darya',
      languages: [{ code: 'fa', level: 'native' }],
      quarters: 'all',
    });
    const busy = await volunteer({
      firstName: 'Emre',
      weeklySlots: [{ weekday: 'tue', start: '16:00', end: '18:00' }],
    });
    // Every date (today's rule): one date away excludes (see below for the default share).
    const need = await postNeed({ minSharePercent: 100 });

    const response = await api(platform.app, 'GET', `/api/needs/${need.needId}/candidates`, manager.accessToken);
    expect(response.status).toBe(200);
    const list = await json(response);
    expect(list.proposals.map((p: Json) => p.volunteerId)).toEqual([amina.userId]);
    expect(list.proposals[0].explanation.map((e: Json) => e.criterion)).toEqual([
      'nice_to_have',
      'language',
      'continuity',
      'fair_spread',
      'share',
    ]);
    const reasons = Object.fromEntries(
      list.excluded.map((e: Json) => [e.volunteerId, e.violations.map((v: Json) => v.code)]),
    );
    expect(reasons[farsi.userId]).toEqual(['no_common_language']);
    expect(reasons[away.userId]).toEqual(['not_available']);
    // The index holds neither paused volunteers nor, for work with minors, those without a check
    // that can count, nor slots that do not cover the need's time: they are not read at all.
    for (const unread of [noCheck, paused, busy]) {
      expect(list.proposals.map((p: Json) => p.volunteerId)).not.toContain(unread.userId);
      expect(reasons).not.toHaveProperty(unread.userId);
    }
    expect(list.cost.candidatesRead).toBe(3);
    expect(list.cost.itemsRead).toBeGreaterThanOrEqual(list.cost.candidatesRead);

    // Asked for, a need with minors also lists those who lack only a valid check (a wider read).
    const wider = await json(
      await api(platform.app, 'GET', `/api/needs/${need.needId}/candidates?withoutCheck=true`, manager.accessToken),
    );
    expect(wider.proposals.map((p: Json) => p.volunteerId)).toEqual([amina.userId]);
    const widerReasons = Object.fromEntries(
      wider.excluded.map((e: Json) => [e.volunteerId, e.violations.map((v: Json) => v.code)]),
    );
    expect(widerReasons).toMatchObject({ [noCheck.userId]: ['safeguarding_missing'] });
    // Pool A is read by language for a need asking only for Arabic: the Farsi speaker is not read.
    expect(widerReasons).not.toHaveProperty(farsi.userId);
    expect(wider.cost.candidatesRead).toBe(3);
    const badFlag = await api(
      platform.app,
      'GET',
      `/api/needs/${need.needId}/candidates?withoutCheck=yes`,
      manager.accessToken,
    );
    expect(badFlag.status).toBe(400);
    expect((await json(badFlag)).error.issues.map((i: Json) => i.path)).toEqual(['query.withoutCheck']);

    // Resuming puts the volunteer back into the index.
    await api(platform.app, 'POST', '/api/volunteers/me/resume', paused.idToken);
    await platform.settle();
    const resumed = await json(
      await api(platform.app, 'GET', `/api/needs/${need.needId}/candidates`, manager.accessToken),
    );
    expect(resumed.proposals.map((p: Json) => p.volunteerId).sort()).toEqual([amina.userId, paused.userId].sort());

    const notEligible = await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
      volunteerIds: [noCheck.userId],
    });
    expect(notEligible.status).toBe(409);
    expect((await json(notEligible)).error.code).toBe('NOT_ELIGIBLE');
  });

  it('invites, one accepts and one declines: one of two places filled, every step recorded', async () => {
    const [first, second] = [await volunteer({ firstName: 'Farah' }), await volunteer({ firstName: 'Ghazal' })];
    const need = await postNeed();
    const invited = await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
      volunteerIds: [first.userId, second.userId],
    });
    expect(invited.status).toBe(200);
    expect((await json(invited)).matches.map((m: Json) => m.status)).toEqual(['invited', 'invited']);

    const mine = await json(await api(platform.app, 'GET', '/api/matches/me', first.idToken));
    expect(mine.matches).toEqual([expect.objectContaining({ needId: need.needId, status: 'invited' })]);

    const accepted = await api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, first.idToken);
    expect(accepted.status).toBe(200);
    const again = await api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, first.idToken);
    expect(again.status).toBe(200);
    expect((await api(platform.app, 'POST', `/api/needs/${need.needId}/me/decline`, second.idToken)).status).toBe(200);
    const late = await api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, second.idToken);
    expect(late.status).toBe(409);
    expect((await json(late)).error).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'declined' });

    const detail = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken));
    expect(detail).toMatchObject({ status: 'open', acceptedCount: 1, places: 2 });
    expect(detail.events.map((e: Json) => `${e.action}:${e.from}->${e.to}`).sort()).toEqual(
      ['accept:invited->accepted', 'decline:invited->declined', 'invite:none->invited', 'invite:none->invited'].sort(),
    );
    expect(detail.events.every((e: Json) => e.by && e.at === now.toISOString())).toBe(true);
  });

  it('never over-fills a need under many concurrent accepts, and a withdrawal reopens the place', async () => {
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => volunteer({ firstName: `P${i}` })));
    const need = await postNeed({ places: 2 });
    await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
      volunteerIds: people.map((p) => p.userId),
    });
    const answers = await Promise.all(
      people.map((p) => api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, p.idToken)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
    // The losers' invitations were closed when the need filled (test/integration/invitations-closed.test.ts).
    for (const answer of answers.filter((a) => a.status === 409))
      expect((await json(answer)).error).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'closed' });
    const filled = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken));
    expect(filled).toMatchObject({ status: 'filled', acceptedCount: 2 });
    expect(filled.matches.filter((m: Json) => m.status === 'accepted')).toHaveLength(2);

    const winner = people[statuses.indexOf(200)] as TestAccount;
    expect((await api(platform.app, 'POST', `/api/needs/${need.needId}/me/withdraw`, winner.idToken)).status).toBe(200);
    expect(await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken))).toMatchObject({
      status: 'open',
      acceptedCount: 1,
    });
  });

  it('invites each volunteer on its own and says who could not be invited; cancelling a need cancels its matches', async () => {
    const [ok, unchecked] = [await volunteer({ firstName: 'Kamal' }), await volunteer({ firstName: 'Lina' }, false)];
    const need = await postNeed();
    const response = await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
      volunteerIds: [unchecked.userId, ok.userId],
    });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.matches.map((m: Json) => m.volunteerId)).toEqual([ok.userId]);
    expect(body.failed).toEqual([expect.objectContaining({ volunteerId: unchecked.userId, code: 'NOT_ELIGIBLE' })]);
    expect((await api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, ok.idToken)).status).toBe(200);
    // Their own commitment does not count against them for the same need.
    const list = await json(
      await api(platform.app, 'GET', `/api/needs/${need.needId}/candidates`, manager.accessToken),
    );
    expect(list.excluded.find((e: Json) => e.volunteerId === ok.userId)).toBeUndefined();
    expect(list.existing[ok.userId]).toBe('accepted');
    // Top N skips those already asked.
    const again = await json(
      await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, { top: 5 }),
    );
    expect(again.matches.map((m: Json) => m.volunteerId)).not.toContain(ok.userId);

    const current = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken));
    const cancelled = await api(platform.app, 'POST', `/api/needs/${need.needId}/status`, manager.accessToken, {
      action: 'cancel',
      version: current.version,
      reason: 'Die Räume sind belegt.',
    });
    expect(cancelled.status).toBe(200);
    const after = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken));
    expect(after).toMatchObject({ status: 'cancelled', acceptedCount: 0 });
    expect(after.matches.every((m: Json) => m.status === 'cancelled')).toBe(true);
    const mine = await json(await api(platform.app, 'GET', '/api/matches/me', ok.idToken));
    expect(mine.matches.find((m: Json) => m.needId === need.needId).status).toBe('cancelled');
  });

  it('releases a volunteer who withdraws consent: the place reopens and their name leaves the match', async () => {
    const person = await volunteer({ firstName: 'Nadia' });
    const need = await postNeed({ places: 1 });
    await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
      volunteerIds: [person.userId],
    });
    await api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, person.idToken);
    expect(await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken))).toMatchObject({
      status: 'filled',
    });
    expect((await api(platform.app, 'DELETE', '/api/volunteers/me', person.idToken)).status).toBe(204);
    const after = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken));
    expect(after).toMatchObject({ status: 'open', acceptedCount: 0 });
    expect(after.matches).toEqual([
      expect.objectContaining({ volunteerId: person.userId, status: 'withdrawn', firstName: '–', languages: [] }),
    ]);
  });

  it('never double-books a volunteer who accepts two overlapping needs at once', async () => {
    const person = await volunteer({ firstName: 'Hana' });
    const [a, b] = [
      await postNeed({ places: 3 }),
      await postNeed({ places: 3, schedule: { kind: 'once', date: '2026-12-08', start: '16:00', end: '17:30' } }),
    ];
    for (const need of [a, b]) {
      expect(
        (
          await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
            volunteerIds: [person.userId],
          })
        ).status,
      ).toBe(200);
    }
    const answers = await Promise.all(
      [a, b].map((need) => api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, person.idToken)),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = answers.find((r) => r.status === 409) as Response;
    expect((await json(loser)).error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      details: [expect.objectContaining({ code: 'overlaps_commitment' })],
    });
  });

  it('lets invitations expire (filtered on read before the TTL sweep)', async () => {
    const person = await volunteer({ firstName: 'Ilyas' });
    const need = await postNeed();
    await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
      volunteerIds: [person.userId],
    });
    const saved = now;
    now = new Date(now.getTime() + (platform.config.invitationTtlHours + 1) * 3600_000);
    try {
      const late = await api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, person.idToken);
      expect(late.status).toBe(409);
      expect((await json(late)).error).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'expired' });
      const mine = await json(await api(platform.app, 'GET', '/api/matches/me', person.idToken));
      expect(mine.matches[0].status).toBe('expired');
    } finally {
      now = saved;
    }
  });

  it('shows volunteers the open needs where they help, and lets them offer', async () => {
    const person = await volunteer({ firstName: 'Jamal' });
    const need = await postNeed();
    const open = await json(await api(platform.app, 'GET', '/api/needs', person.idToken));
    expect(open.needs.map((n: Json) => n.needId)).toContain(need.needId);
    expect((await api(platform.app, 'POST', `/api/needs/${need.needId}/me/offer`, person.idToken)).status).toBe(200);
    const confirmed = await api(
      platform.app,
      'POST',
      `/api/needs/${need.needId}/matches/${person.userId}/accept`,
      manager.accessToken,
    );
    expect(confirmed.status).toBe(200);
    expect((await json(confirmed)).status).toBe('accepted');
  });
  it('serves the share of dates and a cover date through the candidate index, as a Scan of everyone would', async () => {
    const before = now;
    now = new Date('2026-11-24T10:00:00Z');
    try {
      // Prepare: 17 Tuesdays (1 Dec to 23 Mar) at the default share of 75 %: at least 13 dates.
      const hanna = await volunteer({
        firstName: 'Hanna',
        blackouts: [{ from: '2026-12-22', until: '2027-01-05' }],
      });
      const need = await postNeed({
        title: 'Siebzehn Dienstage',
        schedule: {
          kind: 'weekly',
          weekday: 'tue',
          start: '15:00',
          end: '17:00',
          firstDate: '2026-12-01',
          lastDate: '2027-03-23',
        },
      });
      expect(need.minSharePercent).toBeUndefined();
      const candidates = async (date?: string) => {
        const response = await api(
          platform.app,
          'GET',
          `/api/needs/${need.needId}${date ? `/dates/${date}` : ''}/candidates`,
          manager.accessToken,
        );
        expect(response.status).toBe(200);
        return json(response);
      };
      const scan = await scanTable(db, platform.config.tableName, now);
      const scanStyle = (options: { date?: string } = {}) =>
        rankFromSnapshot(scan, need.needId, CONSTRAINTS, now, options).proposals;

      // Act: the series, and a cover query for a date Hanna is away and for one she is there.
      const series = await candidates();
      const coverAway = await candidates('2026-12-29');
      const coverThere = await candidates('2027-01-12');

      // Assess: away on 3 of 17 dates, Hanna is proposed, her absences named and scored.
      const absences = ['2026-12-22', '2026-12-29', '2027-01-05'];
      const proposal = series.proposals.find((p: Json) => p.volunteerId === hanna.userId);
      expect(proposal.absences).toEqual(absences);
      expect(proposal.explanation.find((e: Json) => e.criterion === 'share')).toEqual({
        criterion: 'share',
        points: 8,
        share: 14 / 17,
        absences,
      });
      expect(series.proposals).toEqual(JSON.parse(JSON.stringify(scanStyle())));
      // Cover: judged on that date alone, read from the same partitions as the series.
      expect(coverAway.proposals.map((p: Json) => p.volunteerId)).not.toContain(hanna.userId);
      expect(coverAway.excluded.find((e: Json) => e.volunteerId === hanna.userId)?.violations).toEqual([
        { code: 'not_available', dates: ['2026-12-29'], coming: 0, required: 1, total: 1 },
      ]);
      expect(coverThere.proposals.map((p: Json) => p.volunteerId)).toContain(hanna.userId);
      expect(coverAway.proposals).toEqual(JSON.parse(JSON.stringify(scanStyle({ date: '2026-12-29' }))));
      expect(coverThere.proposals).toEqual(JSON.parse(JSON.stringify(scanStyle({ date: '2027-01-12' }))));
      expect(coverThere.cost.candidatesRead).toBe(series.cost.candidatesRead);

      // A date the need does not have (a Wednesday, a Tuesday before its first date) is no cover date: 404.
      for (const date of ['2026-12-30', '2026-11-17']) {
        const wrong = await api(
          platform.app,
          'GET',
          `/api/needs/${need.needId}/dates/${date}/candidates`,
          manager.accessToken,
        );
        expect(wrong.status).toBe(404);
      }
    } finally {
      now = before;
    }
  });
});

describe('safeguarding checks', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  beforeAll(async () => {
    platform = await testPlatform({ clock: () => new Date('2026-11-24T10:00:00Z') });
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(createDocumentClient(platform.config), platform.config.tableName).put({
      userId: manager.userId,
      quarters: ['nordstadt'],
    });
  });

  it('records only the facts, for volunteers of the manager’s quarters, and shows the status to the volunteer', async () => {
    const inside = await createAccount(platform.config, 'volunteer');
    const outside = await createAccount(platform.config, 'volunteer');
    await api(platform.app, 'PUT', '/api/volunteers/me', inside.idToken, profile());
    await api(platform.app, 'PUT', '/api/volunteers/me', outside.idToken, profile({ quarters: ['hoehe'] }));
    const facts = { inspectedOn: '2026-11-20', issuedOn: '2026-10-01', relevantConviction: false };
    expect(
      (await api(platform.app, 'PUT', `/api/volunteers/${outside.userId}/safeguarding`, manager.accessToken, facts))
        .status,
    ).toBe(403);
    expect(
      (await api(platform.app, 'PUT', `/api/volunteers/${inside.userId}/safeguarding`, inside.idToken, facts)).status,
    ).toBe(403);
    const extra = await api(platform.app, 'PUT', `/api/volunteers/${inside.userId}/safeguarding`, manager.accessToken, {
      ...facts,
      documentCopy: 'x',
    });
    expect(extra.status).toBe(400);
    const future = await api(
      platform.app,
      'PUT',
      `/api/volunteers/${inside.userId}/safeguarding`,
      manager.accessToken,
      { ...facts, inspectedOn: '2026-12-01' },
    );
    expect((await json(future)).error.issues.map((i: Json) => i.path)).toEqual(['inspectedOn']);
    const recorded = await api(
      platform.app,
      'PUT',
      `/api/volunteers/${inside.userId}/safeguarding`,
      manager.accessToken,
      facts,
    );
    expect(recorded.status).toBe(200);
    expect(Object.keys(await json(recorded)).sort()).toEqual(
      ['expiresAt', 'inspectedBy', 'inspectedOn', 'issuedOn', 'recordedAt', 'relevantConviction', 'volunteerId'].sort(),
    );
    const status = await json(await api(platform.app, 'GET', '/api/volunteers/me/safeguarding', inside.idToken));
    // Kept four weeks after the inspection while no activity follows; valid for five years.
    expect(status).toEqual({
      recorded: true,
      inspectedOn: '2026-11-20',
      relevantConviction: false,
      validUntil: '2031-11-20',
      deleteOn: '2026-12-18',
    });
  });

  it('keeps the facts until three months after the last date of accepted work with minors', async () => {
    const person = await createAccount(platform.config, 'volunteer');
    await api(platform.app, 'PUT', '/api/volunteers/me', person.idToken, profile());
    const facts = { inspectedOn: '2026-11-20', issuedOn: '2026-10-01', relevantConviction: false };
    await api(platform.app, 'PUT', `/api/volunteers/${person.userId}/safeguarding`, manager.accessToken, facts);
    const created = await json(
      await api(
        platform.app,
        'POST',
        '/api/needs',
        manager.accessToken,
        weeklyNeed({
          places: 1,
          schedule: {
            kind: 'weekly',
            weekday: 'tue',
            start: '15:00',
            end: '16:00',
            firstDate: '2026-12-01',
            lastDate: '2027-03-30',
          },
        }),
      ),
    );
    await api(platform.app, 'POST', `/api/needs/${created.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    await api(platform.app, 'POST', `/api/needs/${created.needId}/invitations`, manager.accessToken, {
      volunteerIds: [person.userId],
    });
    expect((await api(platform.app, 'POST', `/api/needs/${created.needId}/me/accept`, person.idToken)).status).toBe(
      200,
    );
    const status = await json(await api(platform.app, 'GET', '/api/volunteers/me/safeguarding', person.idToken));
    expect(status.deleteOn).toBe('2027-06-30');
  });
});
