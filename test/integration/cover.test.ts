/**
 * Cover for one date of a series, and automatic cover's waiting list, against DynamoDB Local:
 * a manager invites cover for a date with a gap and the volunteer accepts; parallel accepts for
 * the last place of a date (exactly one wins); the waiting list invites the best, moves on after a
 * decline (from the notifier's event) and stops when the date is filled; concurrent sweeps and a
 * sweep racing a manager's invitation send no more than the mode allows; a reopened place of the
 * series is refilled from the series' own list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalNoticeSchedule } from '../../infra/local/notice-schedule.ts';
import { AuditRepository } from '../../shared/audit/audit-repository.ts';
import { AuditTrail } from '../../shared/audit/audit-trail.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { CandidateRepository } from '../../shared/candidates/candidate-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { SYSTEM_ACTOR } from '../../shared/matches/lifecycle.ts';
import { MatchRepository } from '../../shared/matches/match-repository.ts';
import { MatchService } from '../../shared/matches/match-service.ts';
import { roster } from '../../shared/matches/roster.ts';
import type { Match } from '../../shared/matches/schemas.ts';
import { NeedRepository } from '../../shared/needs/need-repository.ts';
import type { Need } from '../../shared/needs/schemas.ts';
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

// Tuesday 24 November 2026; the needs run on Tuesdays from 1 December.
const NOW = new Date('2026-11-24T10:00:00Z');
const D8 = '2026-12-08';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('cover for one date of a series', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let db: ReturnType<typeof createDocumentClient>;
  let repository: MatchRepository;
  /** Every volunteer made here: earlier tests' volunteers are candidates too. */
  const accounts = new Map<string, TestAccount>();

  const volunteer = async (firstName: string) => {
    const account = await createAccount(platform.config, 'volunteer');
    accounts.set(account.userId, account);
    const saved = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, profileInput({ firstName }));
    expect(saved.status).toBe(201);
    return account;
  };
  const volunteers = async (count: number, prefix: string) => {
    const people = await Promise.all(Array.from({ length: count }, (_, i) => volunteer(`${prefix}${i}`)));
    await platform.settle();
    return people;
  };
  const postNeed = async (overrides: Record<string, unknown> = {}) => {
    const created = await json(
      await api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput(overrides)),
    );
    const published = await api(platform.app, 'POST', `/api/needs/${created.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    return created.needId as string;
  };
  const getNeed = async (needId: string) =>
    (await json(await api(platform.app, 'GET', `/api/needs/${needId}`, manager.accessToken))) as Need & {
      matches: Match[];
    };
  /** The series' one place taken by `person` (invited and accepted). */
  const seriesMember = async (needId: string, person: TestAccount) => {
    const invited = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
      volunteerIds: [person.userId],
    });
    expect(invited.status).toBe(200);
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/accept`, person.idToken)).status).toBe(200);
  };
  /** The volunteer says they cannot come on one date of the series (the absences API). */
  const absentOn = async (needId: string, person: TestAccount, date: string) => {
    const declared = await api(platform.app, 'POST', `/api/needs/${needId}/absences`, person.idToken, { date });
    expect(declared.status).toBe(200);
  };
  const coverInvite = (needId: string, date: string, people: TestAccount[]) =>
    api(platform.app, 'POST', `/api/needs/${needId}/dates/${date}/invitations`, manager.accessToken, {
      volunteerIds: people.map((person) => person.userId),
    });
  const coverStep = (needId: string, date: string, person: TestAccount, action: string) =>
    api(platform.app, 'POST', `/api/needs/${needId}/dates/${date}/me/${action}`, person.idToken);
  const rosterOf = async (needId: string, date: string) => {
    const view = await getNeed(needId);
    const entry = roster(
      view,
      view.matches.map((match) => ({ ...match })),
    ).find((e) => e.date === date);
    return entry as NonNullable<typeof entry>;
  };
  const coverMatches = async (needId: string, date: string) =>
    (await repository.matchesOf(needId, { consistent: true })).filter((match) => match.date === date);
  const setAutoCover = async (needId: string, autoCover: Need['autoCover']) => {
    const current = await getNeed(needId);
    const updated = await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.accessToken, {
      ...needInput({ places: current.places }),
      autoCover,
      version: current.version,
    });
    expect(updated.status).toBe(200);
  };
  /** The date's proposals in ranking order, as the manager sees them. */
  const ranking = async (needId: string, date: string) => {
    const list = await json(
      await api(platform.app, 'GET', `/api/needs/${needId}/dates/${date}/candidates`, manager.accessToken),
    );
    return (list.proposals as { volunteerId: string }[]).map((proposal) => proposal.volunteerId);
  };
  /** A match service on the platform's table; `repository` replaces the match repository (a slowed read). */
  const service = (matches: MatchRepository = repository) =>
    new MatchService({
      needs: new NeedRepository(db, platform.config.tableName),
      matches,
      candidates: new CandidateRepository(db, platform.config.tableName),
      safeguarding: new SafeguardingRepository(db, platform.config.tableName),
      profiles: new ProfileRepository(db, platform.config.tableName),
      staff: new StaffRepository(db, platform.config.tableName),
      constraints: PLATFORM_CONSTRAINTS,
      invitationTtlHours: platform.config.invitationTtlHours,
      audit: new AuditTrail({ repository: new AuditRepository(db, platform.config.tableName) }),
      coverCutoffHours: 12,
    });

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW });
    db = createDocumentClient(platform.config);
    repository = new MatchRepository(db, platform.config.tableName);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
  });

  it('a manager invites cover for a date with a gap, the volunteer accepts, and that date is filled', async () => {
    // Prepare: a one-place series, filled by Amina, who does not come on 8 December.
    const [amina, chadi, basel] = await volunteers(3, 'Cover');
    const needId = await postNeed({ places: 1 });
    await seriesMember(needId, amina as TestAccount);
    await absentOn(needId, amina as TestAccount, D8);
    expect((await rosterOf(needId, D8)).open).toBe(1);

    // Act: the date's candidates, an invitation for that date, Chadi accepts.
    const candidates = await json(
      await api(platform.app, 'GET', `/api/needs/${needId}/dates/${D8}/candidates`, manager.accessToken),
    );
    const invited = await coverInvite(needId, D8, [chadi as TestAccount]);
    const accepted = await coverStep(needId, D8, chadi as TestAccount, 'accept');

    // Assess
    expect(candidates.proposals.map((p: Json) => p.volunteerId)).toContain(chadi?.userId);
    expect(invited.status).toBe(200);
    expect((await json(invited)).matches[0]).toMatchObject({ date: D8, status: 'invited' });
    expect(accepted.status).toBe(200);
    expect(await json(accepted)).toMatchObject({ date: D8, status: 'accepted' });
    const date = await rosterOf(needId, D8);
    expect(date.open).toBe(0);
    expect(date.coming.map((person) => person.volunteerId)).toEqual([chadi?.userId]);
    // The series is untouched: still one place, filled by Amina.
    const need = await getNeed(needId);
    expect(need).toMatchObject({ status: 'filled', acceptedCount: 1 });
    // The date is full now, and Amina comes on 15 December: neither can be asked.
    const full = await coverInvite(needId, D8, [basel as TestAccount]);
    expect(full.status).toBe(409);
    expect((await json(full)).error.code).toBe('DATE_FULL');
    const coming = await coverInvite(needId, '2026-12-15', [amina as TestAccount]);
    expect((await json(coming)).error.code).toBe('ALREADY_COMING');
    // Not a date of the need, or a date gone by.
    expect((await coverInvite(needId, '2026-12-09', [basel as TestAccount])).status).toBe(404);
    // The cover commitment is Chadi's alone for that date: his ledger holds that one date.
    const ledger = await repository.ledger(chadi?.userId as string);
    expect(ledger.commitments).toEqual([
      expect.objectContaining({ needId, date: D8, occurrences: [expect.objectContaining({ date: D8 })] }),
    ]);
  });

  it('a volunteer withdraws cover before the date and its place opens again; a manager cancels cover', async () => {
    // Prepare: a one-place need nobody has taken; Basel covers 8 December, Darya 15 December.
    const [basel, darya] = await volunteers(2, 'Leave');
    const needId = await postNeed({ places: 1 });
    for (const [person, date] of [
      [basel, D8],
      [darya, '2026-12-15'],
    ] as const) {
      expect((await coverInvite(needId, date, [person as TestAccount])).status).toBe(200);
      expect((await coverStep(needId, date, person as TestAccount, 'accept')).status).toBe(200);
    }

    // Act
    const withdrawn = await coverStep(needId, D8, basel as TestAccount, 'withdraw');
    const cancelled = await api(
      platform.app,
      'POST',
      `/api/needs/${needId}/dates/2026-12-15/matches/${darya?.userId}/cancel`,
      manager.accessToken,
    );

    // Assess
    expect(withdrawn.status).toBe(200);
    expect(await json(withdrawn)).toMatchObject({ date: D8, status: 'withdrawn' });
    expect(cancelled.status).toBe(200);
    expect((await rosterOf(needId, D8)).open).toBe(1);
    expect((await rosterOf(needId, '2026-12-15')).open).toBe(1);
    expect((await repository.ledger(basel?.userId as string)).commitments).toEqual([]);
  });

  it('on the pages: the need links its date with a gap, the manager invites there, the volunteer accepts on the dashboard', async () => {
    // Prepare: Amina's series with her absence on 8 December; Emre could cover it.
    const [amina, emre] = await volunteers(2, 'Page');
    const needId = await postNeed({ places: 1 });
    await seriesMember(needId, amina as TestAccount);
    await absentOn(needId, amina as TestAccount, D8);
    const signIn = async (account: TestAccount) =>
      cookieFrom(
        await postForm(platform.app, '/signin', { email: account.email, password: account.password }),
        'qh_session',
      ) as string;
    const managerCookie = await signIn(manager);
    const emreCookie = await signIn(emre as TestAccount);
    const page = async (path: string, cookie: string) => {
      const response = await platform.app.request(path, { headers: { cookie } });
      expect(response.status, path).toBe(200);
      return response.text();
    };

    // Act: the need page, the date's cover page, an invitation from it, the dashboard, accept.
    const needPage = await page(`/manage/needs/${needId}`, managerCookie);
    const coverPage = await page(`/manage/needs/${needId}/dates/${D8}`, managerCookie);
    const invited = await postForm(
      platform.app,
      `/manage/needs/${needId}/dates/${D8}/invite`,
      { volunteerIds: [emre?.userId as string] },
      managerCookie,
    );
    const dashboard = text(await page('/dashboard', emreCookie));
    const accepted = await postForm(platform.app, `/dashboard/needs/${needId}/dates/${D8}/accept`, {}, emreCookie);
    const after = text(await page(`/manage/needs/${needId}/dates/${D8}`, managerCookie));

    // Assess
    expect(needPage).toContain(`href="/manage/needs/${needId}/dates/${D8}"`);
    expect(text(coverPage)).toContain('Vertretung am 08.12.2026');
    expect(coverPage).toContain(`action="/manage/needs/${needId}/dates/${D8}/invite"`);
    expect(invited.status).toBe(303);
    expect(dashboard).toContain('Vertretung am 08.12.2026');
    expect(accepted.status).toBe(303);
    expect(after).toContain('0 von 1 Platz frei');
    expect((await rosterOf(needId, D8)).coming.map((person) => person.volunteerId)).toEqual([emre?.userId]);
  });

  it(
    'of five volunteers accepting cover for the last place of a date at once, exactly one wins',
    async () => {
      // Prepare: a one-place need nobody has taken yet; five are asked to cover 8 December.
      const people = await volunteers(5, 'Race');
      const needId = await postNeed({ places: 1 });
      const invited = await coverInvite(needId, D8, people);
      expect((await json(invited)).matches).toHaveLength(5);

      // Act
      const answers = await Promise.all(people.map((person) => coverStep(needId, D8, person, 'accept')));

      // Assess
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(4);
      const date = await rosterOf(needId, D8);
      expect(date.coming).toHaveLength(1);
      expect(date.open).toBe(0);
      const stored = await coverMatches(needId, D8);
      expect(stored.filter((match) => match.status === 'accepted')).toHaveLength(1);
      // The others' invitations were closed once the date was full.
      expect(stored.filter((match) => match.status === 'closed')).toHaveLength(4);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it('automatic cover invites the best, the next after a decline, and stops once the date is filled', async () => {
    // Prepare: Amina's series, she is absent on 8 December; automatic cover one at a time.
    const [amina] = await volunteers(4, 'Auto');
    const needId = await postNeed({ places: 1 });
    await seriesMember(needId, amina as TestAccount);
    await absentOn(needId, amina as TestAccount, D8);
    await setAutoCover(needId, { mode: 'one' });
    const order = await ranking(needId, D8);
    expect(order).not.toContain(amina?.userId);
    const person = (id: string | undefined) => accounts.get(id as string) as TestAccount;

    // Act 1: the scheduled run (the local platform's timer, as the Lambda).
    await createLocalNoticeSchedule(platform.config, () => NOW).runOnce();
    // Assess 1: the best is asked, by the system, for that date alone.
    let cover = await coverMatches(needId, D8);
    expect(cover.map((match) => [match.volunteerId, match.status])).toEqual([[order[0], 'invited']]);
    const events = await json(await api(platform.app, 'GET', `/api/needs/${needId}`, manager.accessToken));
    expect(events.events.find((event: Json) => event.volunteerId === order[0])).toMatchObject({
      action: 'invite',
      by: SYSTEM_ACTOR,
      date: D8,
    });

    // Act 2: the best declines; the notifier's handling of that event moves the list on.
    expect((await coverStep(needId, D8, person(order[0]), 'decline')).status).toBe(200);
    await platform.notifications.drain();
    // Assess 2
    cover = await coverMatches(needId, D8);
    expect(cover.find((match) => match.volunteerId === order[1])?.status).toBe('invited');
    expect(cover.filter((match) => match.status === 'invited')).toHaveLength(1);

    // Act 3: the second accepts; further sweeps ask nobody.
    expect((await coverStep(needId, D8, person(order[1]), 'accept')).status).toBe(200);
    await platform.notifications.drain();
    const invitedLater = await service().coverSweep(needId, NOW);
    // Assess 3
    expect(invitedLater).toBe(0);
    cover = await coverMatches(needId, D8);
    expect(cover.map((match) => match.status).sort()).toEqual(['accepted', 'declined']);
    // The one who declined is never asked again for that date (after the filled date reopens, say).
    expect(order[0]).not.toBe(order[1]);
  });

  it(
    'concurrent sweeps send no more invitations than the batch allows',
    async () => {
      // Prepare: a one-place need, batches of two, four proposals for 8 December.
      await volunteers(4, 'Batch');
      const needId = await postNeed({
        places: 1,
        autoCover: { mode: 'batch', batchSize: 2 },
        schedule: { ...needInput().schedule, firstDate: D8, lastDate: '2026-12-15' },
      });

      // Act: five sweeps at once.
      const counts = await Promise.all(Array.from({ length: 5 }, () => service().coverSweep(needId, NOW)));

      // Assess: two invitations per date with a gap, however the sweeps interleaved.
      const cover = await coverMatches(needId, D8);
      expect(cover.filter((match) => match.status === 'invited')).toHaveLength(2);
      const all = (await repository.matchesOf(needId, { consistent: true })).filter((m) => m.date !== undefined);
      const dates = new Set(all.map((match) => match.date));
      expect(all).toHaveLength(dates.size * 2);
      expect(counts.reduce((sum, n) => sum + n, 0)).toBe(all.length);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it('a sweep that decided before a manager invited for the date decides again and sends nothing more', async () => {
    // Prepare: Amina's series with her absence on 8 December, automatic cover one at a time.
    const [amina, basel, ...rest] = await volunteers(4, 'Latch');
    const needId = await postNeed({ places: 1 });
    await seriesMember(needId, amina as TestAccount);
    await absentOn(needId, amina as TestAccount, D8);
    await setAutoCover(needId, { mode: 'one' });
    // The sweep's first read of the matches is held until the manager's invitation is written.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached: () => void = () => undefined;
    const hasRead = new Promise<void>((resolve) => {
      reached = resolve;
    });
    let first = true;
    class HeldRead extends MatchRepository {
      override async matchesOf(needId: string, options: { consistent?: boolean } = {}) {
        const read = await super.matchesOf(needId, options);
        if (first) {
          first = false;
          reached();
          await held;
        }
        return read;
      }
    }
    const best = (await ranking(needId, D8)).find((id) => id !== amina?.userId);
    const someoneElse = [basel, ...rest].find((p) => p?.userId !== best) as TestAccount;

    // Act: the sweep reads, the manager invites someone else for the date, the sweep goes on.
    const sweep = service(new HeldRead(db, platform.config.tableName)).coverSweep(needId, NOW);
    await hasRead;
    expect((await coverInvite(needId, D8, [someoneElse])).status).toBe(200);
    release();
    const invited = await sweep;

    // Assess: one invitation out for the one open place; the sweep sent none.
    expect(invited).toBe(0);
    const out = (await coverMatches(needId, D8)).filter((match) => match.status === 'invited');
    expect(out.map((match) => match.volunteerId)).toEqual([someoneElse.userId]);
  });

  it('the waiting list refills a place of the series that reopens, from the series list', async () => {
    // Prepare: a one-place series with automatic cover; Amina took it, then withdraws.
    const [amina] = await volunteers(3, 'Refill');
    const needId = await postNeed({ places: 1, autoCover: { mode: 'one' } });
    await seriesMember(needId, amina as TestAccount);
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/withdraw`, amina?.idToken)).status).toBe(200);

    // Act: the withdrawal's event reaches the notifier, which runs the sweep.
    await platform.notifications.drain();

    // Assess: one series invitation (no date), to someone other than Amina; no date asked one by one.
    const matches = await repository.matchesOf(needId, { consistent: true });
    const invited = matches.filter((match) => match.status === 'invited');
    expect(invited).toHaveLength(1);
    expect(invited[0]?.date).toBeUndefined();
    expect(invited[0]?.volunteerId).not.toBe(amina?.userId);
    expect(matches.filter((match) => match.date !== undefined)).toEqual([]);
  });

  it('a need only cover volunteers come to keeps its dates, and cancelling it needs a reason', async () => {
    // Prepare: Amina's series with a gap on 8 December, Chadi covers it, then Amina withdraws.
    const [amina, chadi] = await volunteers(2, 'Kept');
    const needId = await postNeed({ places: 1 });
    await seriesMember(needId, amina as TestAccount);
    await absentOn(needId, amina as TestAccount, D8);
    expect((await coverInvite(needId, D8, [chadi as TestAccount])).status).toBe(200);
    expect((await coverStep(needId, D8, chadi as TestAccount, 'accept')).status).toBe(200);
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/withdraw`, amina?.idToken)).status).toBe(200);
    const need = await getNeed(needId);
    expect(need.acceptedCount).toBe(0);

    // Act: move the dates; cancel without a reason.
    const moved = await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.accessToken, {
      ...needInput({ places: 1 }),
      schedule: { ...(need.schedule as object), start: '16:00', end: '18:00' },
      version: need.version,
    });
    const cancelled = await api(platform.app, 'POST', `/api/needs/${needId}/status`, manager.accessToken, {
      action: 'cancel',
      version: need.version,
    });

    // Assess: Chadi still comes on 8 December at the time he accepted; the cancel asks why.
    expect(moved.status).toBe(409);
    expect((await json(moved)).error.code).toBe('NEED_HAS_COMMITMENTS');
    expect(cancelled.status).toBe(400);
    expect((await json(cancelled)).error.issues).toMatchObject([{ path: 'reason' }]);
    expect((await rosterOf(needId, D8)).coming.map((person) => person.volunteerId)).toEqual([chadi?.userId]);
  });

  it("a cover date's no-show is marked on the cover match, after the date", async () => {
    // Prepare: Chadi covers 8 December of Amina's series.
    const [amina, chadi] = await volunteers(2, 'Came');
    const needId = await postNeed({ places: 1 });
    await seriesMember(needId, amina as TestAccount);
    await absentOn(needId, amina as TestAccount, D8);
    expect((await coverInvite(needId, D8, [chadi as TestAccount])).status).toBe(200);
    expect((await coverStep(needId, D8, chadi as TestAccount, 'accept')).status).toBe(200);
    const caller = { userId: manager.userId, email: manager.email, roles: ['manager' as const] };
    const via = { method: 'POST', route: '/api/needs/{needId}/matches/{volunteerId}/{action}' };

    // Act: the evening of 8 December, the manager marks the date a no-show (as the need page does).
    const marked = await service().managerStep(
      caller,
      needId,
      chadi?.userId as string,
      'no_show',
      via,
      new Date('2026-12-08T18:00:00Z'),
      { date: D8 },
    );

    // Assess: the cover match has it, Chadi's ledger leaves its hours out.
    expect(marked).toMatchObject({ date: D8, status: 'accepted', noShows: [D8] });
    const ledger = await repository.ledger(chadi?.userId as string);
    expect(ledger.commitments.find((c) => c.needId === needId && c.date === D8)?.noShows).toEqual([D8]);
  });
});
