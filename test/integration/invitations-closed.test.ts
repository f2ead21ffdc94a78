/**
 * When a need fills, the invitations and offers still open are closed: each with a history entry,
 * shown to the volunteer and the manager; a closed one stays closed when a place reopens; a
 * manager may invite again. Racing accepts against DynamoDB Local, and a fill whose request died
 * before it could close anything.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditRepository } from '../../shared/audit/audit-repository.ts';
import { AuditTrail } from '../../shared/audit/audit-trail.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { CandidateRepository } from '../../shared/candidates/candidate-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { MatchRepository } from '../../shared/matches/match-repository.ts';
import { MatchService } from '../../shared/matches/match-service.ts';
import { NeedRepository } from '../../shared/needs/need-repository.ts';
import { PLATFORM_CONSTRAINTS } from '../../shared/platform/candidate-projection.ts';
import { SafeguardingRepository } from '../../shared/safeguarding/safeguarding-repository.ts';
import { ProfileRepository } from '../../shared/volunteers/profile-repository.ts';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { needInput, profileInput } from '../support/fixtures.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../support/timeouts.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

const need = needInput;

describe('invitations of a need that fills', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let db: ReturnType<typeof createDocumentClient>;

  const volunteer = async (firstName: string) => {
    const account = await createAccount(platform.config, 'volunteer');
    expect(
      (await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, profileInput({ firstName }))).status,
    ).toBe(201);
    return account;
  };
  const volunteers = async (count: number, prefix: string) => {
    const people = await Promise.all(Array.from({ length: count }, (_, i) => volunteer(`${prefix}${i}`)));
    await platform.settle();
    return people;
  };
  const postNeed = async (overrides: Record<string, unknown> = {}) => {
    const created = await json(await api(platform.app, 'POST', '/api/needs', manager.accessToken, need(overrides)));
    const published = await api(platform.app, 'POST', `/api/needs/${created.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    return created.needId as string;
  };
  const invite = async (needId: string, people: TestAccount[]) => {
    const response = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
      volunteerIds: people.map((p) => p.userId),
    });
    expect(response.status).toBe(200);
    expect((await json(response)).matches).toHaveLength(people.length);
  };
  const view = async (needId: string) =>
    json(await api(platform.app, 'GET', `/api/needs/${needId}`, manager.accessToken));
  const accept = (needId: string, person: TestAccount) =>
    api(platform.app, 'POST', `/api/needs/${needId}/me/accept`, person.idToken);
  const signIn = async (account: TestAccount) =>
    cookieFrom(
      await postForm(platform.app, '/signin', { email: account.email, password: account.password }),
      'qh_session',
    ) as string;
  const page = async (path: string, cookie: string) => {
    const response = await platform.app.request(path, { headers: { cookie } });
    expect(response.status).toBe(200);
    return text(await response.text());
  };

  /** The match service of a platform whose every close fails, as if the Lambda stopped right after the fill. */
  const dyingPlatform = () => {
    class DyingCloses extends MatchRepository {
      override async close(): Promise<void> {
        throw new Error('Lambda timed out');
      }
    }
    return new MatchService({
      needs: new NeedRepository(db, platform.config.tableName),
      matches: new DyingCloses(db, platform.config.tableName),
      candidates: new CandidateRepository(db, platform.config.tableName),
      safeguarding: new SafeguardingRepository(db, platform.config.tableName),
      profiles: new ProfileRepository(db, platform.config.tableName),
      staff: new StaffRepository(db, platform.config.tableName),
      constraints: PLATFORM_CONSTRAINTS,
      invitationTtlHours: platform.config.invitationTtlHours,
      audit: new AuditTrail({ repository: new AuditRepository(db, platform.config.tableName) }),
    });
  };
  const caller = (p: TestAccount) => ({ userId: p.userId, email: p.email, roles: ['volunteer' as const] });

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW });
    db = createDocumentClient(platform.config);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
  });

  // Many accounts racing in parallel: 8 s on a quiet machine, 23 s on a busy one.
  it(
    'of many racing accepts for 2 places, 2 win and every other invitation is closed, each with its history entry',
    async () => {
      const people = await volunteers(12, 'R');
      const needId = await postNeed({ places: 2 });
      await invite(needId, people);

      const answers = await Promise.all(people.map((person) => accept(needId, person)));
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(2);
      expect(statuses.filter((status) => status === 409)).toHaveLength(10);
      for (const answer of answers.filter((a) => a.status === 409)) {
        expect((await json(answer)).error).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'closed' });
      }

      const winners = new Set(people.filter((_, i) => statuses[i] === 200).map((p) => p.userId));
      const losers = people.filter((p) => !winners.has(p.userId));
      // Straight from the table, not through a read that would close them itself.
      const stored = await new MatchRepository(db, platform.config.tableName).matchesOf(needId, { consistent: true });
      expect(
        stored
          .filter((m) => m.status === 'accepted')
          .map((m) => m.volunteerId)
          .sort(),
      ).toEqual([...winners].sort());
      expect(
        stored
          .filter((m) => m.status === 'closed')
          .map((m) => m.volunteerId)
          .sort(),
      ).toEqual(losers.map((p) => p.userId).sort());
      expect(stored.filter((m) => m.status === 'invited')).toEqual([]);

      const detail = await view(needId);
      expect(detail).toMatchObject({ status: 'filled', acceptedCount: 2, fillRound: 1 });
      const closes = detail.events.filter((e: Json) => e.action === 'close');
      expect(closes.map((e: Json) => e.volunteerId).sort()).toEqual(losers.map((p) => p.userId).sort());
      for (const event of closes)
        expect(event).toMatchObject({ from: 'invited', to: 'closed', by: 'system', reason: 'need_full' });

      // Accepting a closed invitation says so, and changes nothing.
      const late = await accept(needId, losers[0] as TestAccount);
      expect(late.status).toBe(409);
      expect((await json(late)).error).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'closed' });
      expect((await view(needId)).events).toHaveLength(detail.events.length);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it('tells the volunteer on their dashboard and the manager on the need page, in German and English', async () => {
    const [first, second] = await volunteers(2, 'D');
    const needId = await postNeed({ places: 1, title: 'Lesepatenschaft' });
    await invite(needId, [first as TestAccount, second as TestAccount]);
    expect((await accept(needId, first as TestAccount)).status).toBe(200);

    const mine = await json(await api(platform.app, 'GET', '/api/matches/me', (second as TestAccount).idToken));
    expect(mine.matches).toEqual([expect.objectContaining({ needId, status: 'closed' })]);
    const cookie = await signIn(second as TestAccount);
    const german = await page('/dashboard', cookie);
    expect(german).toContain('Geschlossene Einladungen (1)');
    expect(german).toContain('Lesepatenschaft');
    expect(german).toContain('geschlossen: der Bedarf ist voll besetzt');
    expect(german).toContain('Geschlossen: der Bedarf ist inzwischen voll besetzt.');
    const english = await page('/dashboard', `${cookie}; qh_lang=en`);
    expect(english).toContain('Closed invitations (1)');
    expect(english).toContain('Closed: the need is full now.');
    // The dashboard button of a closed invitation answers with the reason.
    const pressed = await postForm(platform.app, `/dashboard/needs/${needId}/accept`, {}, cookie);
    expect(pressed.status).toBe(409);
    expect(text(await pressed.text())).toContain('Diese Einladung ist geschlossen');

    const managerCookie = await signIn(manager);
    const managerPage = await page(`/manage/needs/${needId}`, managerCookie);
    expect(managerPage).toContain('D1 geschlossen: der Bedarf ist voll besetzt');
    expect(managerPage).toContain(
      'automatisch Einladung geschlossen (Bedarf voll besetzt): D1 (eingeladen → geschlossen: der Bedarf ist voll besetzt)',
    );
    const managerEnglish = await page(`/manage/needs/${needId}`, `${managerCookie}; qh_lang=en`);
    expect(managerEnglish).toContain('D1 closed: the need is full');
  });

  it('keeps a closed invitation closed when a place reopens, and lets the manager invite again', async () => {
    const [first, second, third] = await volunteers(3, 'W');
    const needId = await postNeed({ places: 1 });
    await invite(needId, [first, second] as TestAccount[]);
    expect((await accept(needId, first as TestAccount)).status).toBe(200);
    // Offers close as well: the need is full, so no answer to them can be yes.
    expect(
      (await api(platform.app, 'POST', `/api/needs/${needId}/me/offer`, (third as TestAccount).idToken)).status,
    ).toBe(409);

    expect(
      (await api(platform.app, 'POST', `/api/needs/${needId}/me/withdraw`, (first as TestAccount).idToken)).status,
    ).toBe(200);
    expect(await view(needId)).toMatchObject({ status: 'open', acceptedCount: 0 });
    const stillClosed = await accept(needId, second as TestAccount);
    expect(stillClosed.status).toBe(409);
    expect((await json(stillClosed)).error.currentState).toBe('closed');

    await invite(needId, [second as TestAccount]);
    expect((await accept(needId, second as TestAccount)).status).toBe(200);
    const after = await view(needId);
    expect(after).toMatchObject({ status: 'filled', fillRound: 2 });
    expect(
      after.events
        .filter((e: Json) => e.volunteerId === (second as TestAccount).userId)
        .map((e: Json) => `${e.action}:${e.from}->${e.to}`)
        // One fixed clock: the history's order within the same instant is not defined.
        .sort(),
    ).toEqual(['accept:invited->accepted', 'close:invited->closed', 'invite:closed->invited', 'invite:none->invited']);
  });

  it('closes open offers too, and invitations when fewer places fill the need', async () => {
    const [first, second, third] = await volunteers(3, 'O');
    const needId = await postNeed({ places: 2 });
    await invite(needId, [first as TestAccount]);
    expect(
      (await api(platform.app, 'POST', `/api/needs/${needId}/me/offer`, (second as TestAccount).idToken)).status,
    ).toBe(200);
    await invite(needId, [third as TestAccount]);
    expect((await accept(needId, first as TestAccount)).status).toBe(200);
    // The manager lowers the places to the one taken: the need fills by the edit.
    const current = await view(needId);
    const {
      matches: _m,
      events: _e,
      needEvents: _ne,
      roster: _ro,
      needId: _id,
      status: _s,
      acceptedCount: _a,
      initiativeIds: _i,
      createdBy: _c,
      createdAt: _ca,
      updatedAt: _u,
      fillRound: _f,
      rosterVersion: _rv,
      ...fields
    } = current;
    const edited = await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.accessToken, {
      ...fields,
      places: 1,
    });
    expect(edited.status).toBe(200);
    const after = await view(needId);
    expect(after).toMatchObject({ status: 'filled', fillRound: 1 });
    const states = Object.fromEntries(after.matches.map((m: Json) => [m.volunteerId, m.status]));
    expect(states).toEqual({
      [(first as TestAccount).userId]: 'accepted',
      [(second as TestAccount).userId]: 'closed',
      [(third as TestAccount).userId]: 'closed',
    });
    const closes = after.events.filter((e: Json) => e.action === 'close').map((e: Json) => `${e.from}->${e.to}`);
    expect(closes.sort()).toEqual(['invited->closed', 'offered->closed']);
  });

  it('finishes the close on the next read when the request that filled the need died before closing', async () => {
    const people = await volunteers(4, 'C');
    const needId = await postNeed({ places: 1 });
    await invite(needId, people);
    const matchRepository = new MatchRepository(db, platform.config.tableName);
    const dying = dyingPlatform();
    const [filler, reader, other, withdrawer] = people as [TestAccount, TestAccount, TestAccount, TestAccount];
    await dying.volunteerStep(caller(filler), needId, 'accept', NOW);
    const stored = await matchRepository.matchesOf(needId, { consistent: true });
    expect(stored.filter((m) => m.status === 'invited')).toHaveLength(3);

    // Even before anything is written, no one can accept, and every read shows "closed".
    const refused = await dying.volunteerStep(caller(other), needId, 'accept', NOW).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'closed' });
    expect((await dying.myMatches(caller(reader), NOW))[0]?.status).toBe('closed');
    // The place reopens before anybody read the need: the old invitations still count as closed.
    await dying.volunteerStep(caller(filler), needId, 'withdraw', NOW);
    expect((await dying.myMatches(caller(withdrawer), NOW))[0]?.status).toBe('closed');
    expect((await accept(needId, withdrawer)).status).toBe(409);

    // The working platform's reads finish the close: the volunteer's list, then the need page.
    const mine = await json(await api(platform.app, 'GET', '/api/matches/me', reader.idToken));
    expect(mine.matches[0].status).toBe('closed');
    const detail = await view(needId);
    expect(detail).toMatchObject({ status: 'open', acceptedCount: 0, fillRound: 1 });
    expect(
      (await matchRepository.matchesOf(needId, { consistent: true }))
        .filter((m) => m.volunteerId !== filler.userId)
        .map((m) => m.status),
    ).toEqual(['closed', 'closed', 'closed']);
    const closes = detail.events.filter((e: Json) => e.action === 'close');
    expect(closes.map((e: Json) => e.volunteerId).sort()).toEqual(
      [reader, other, withdrawer].map((p) => p.userId).sort(),
    );
    // Reading again closes nothing twice.
    expect((await view(needId)).events).toHaveLength(detail.events.length);
  });

  it('finishes the close when the acceptance that filled the need is retried', async () => {
    const people = await volunteers(3, 'T');
    const needId = await postNeed({ places: 1 });
    await invite(needId, people);
    const [filler] = people as [TestAccount];
    await dyingPlatform().volunteerStep(caller(filler), needId, 'accept', NOW);
    const matchRepository = new MatchRepository(db, platform.config.tableName);
    expect((await matchRepository.matchesOf(needId, { consistent: true })).map((m) => m.status).sort()).toEqual([
      'accepted',
      'invited',
      'invited',
    ]);
    // The client saw no answer and retries: the same answer, and now the rest is closed.
    const retried = await accept(needId, filler);
    expect(retried.status).toBe(200);
    expect((await json(retried)).status).toBe('accepted');
    expect((await matchRepository.matchesOf(needId, { consistent: true })).map((m) => m.status).sort()).toEqual([
      'accepted',
      'closed',
      'closed',
    ]);
  });
});
