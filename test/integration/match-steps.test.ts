import { beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { formatDateTime } from '../../shared/web/format.ts';
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

/** A fixed clock the tests move by hand. Tuesday 1 December 2026, 08:00 in Berlin. */
let now = new Date('2026-12-01T07:00:00Z');

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

interface Person extends TestAccount {
  cookie: string;
}

/** Each button the planner allows, as the page renders it: the form's action. */
const buttons = (page: string) => [...page.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => m[1]);

describe('match steps as the planner decides them, on the API and the pages', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let managerCookie: string;

  const signIn = async (account: TestAccount): Promise<Person> => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return { ...account, cookie: cookieFrom(response, 'qh_session') as string };
  };

  const volunteer = async (firstName: string): Promise<Person> => {
    const account = await createAccount(platform.config, 'volunteer');
    const saved = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, profileInput({ firstName }));
    expect(saved.status).toBe(201);
    return signIn(account);
  };

  const postNeed = async (overrides: Record<string, unknown>) => {
    const created = await api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput(overrides));
    expect(created.status).toBe(201);
    const need = await json(created);
    const published = await api(platform.app, 'POST', `/api/needs/${need.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    return need.needId as string;
  };

  const invite = async (needId: string, who: TestAccount) => {
    const response = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
      volunteerIds: [who.userId],
    });
    expect(response.status).toBe(200);
    return (await json(response)).matches[0] as Json;
  };

  const step = async (needId: string, who: TestAccount, action: string) =>
    api(platform.app, 'POST', `/api/needs/${needId}/me/${action}`, who.idToken);

  /** The volunteer's dashboard, signed in afresh (a session lapses while the clock moves on by hours). */
  const dashboard = async (who: TestAccount) => {
    const { cookie } = await signIn(who);
    const response = await platform.app.request('/dashboard', { headers: { cookie } });
    expect(response.status).toBe(200);
    return response.text();
  };

  const states = async (needId: string) =>
    (await json(await api(platform.app, 'GET', `/api/needs/${needId}/candidates`, manager.accessToken)))
      .existing as Record<string, string>;

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    const db = createDocumentClient(platform.config);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
    managerCookie = (await signIn(manager)).cookie;
  });

  it('sets an answer-by date no later than the start of the need, and no withdrawing once it has started', async () => {
    // Prepare: a need this afternoon, 15:00–17:00 Berlin (14:00Z), invited at 08:00.
    now = new Date('2026-12-01T07:00:00Z');
    const amina = await volunteer('Amina');
    await platform.settle();
    const needId = await postNeed({
      title: 'Heute Nachmittag',
      schedule: { kind: 'once', date: '2026-12-01', start: '15:00', end: '17:00' },
    });
    // Act
    const invited = await invite(needId, amina);
    const invitationPage = await dashboard(amina);
    // Assess: not 72 hours from now (4 December) but the need's start.
    expect(invited.inviteExpiresAt).toBe('2026-12-01T14:00:00.000Z');
    expect(invitationPage).toContain(`Bitte antworten Sie bis ${formatDateTime('de', '2026-12-01T14:00:00.000Z')}.`);

    // Prepare: she accepts; later the need has started.
    expect((await step(needId, amina, 'accept')).status).toBe(200);
    now = new Date('2026-12-01T13:00:00Z');
    const before = await dashboard(amina);
    now = new Date('2026-12-01T14:30:00Z');
    // Act
    const during = await dashboard(amina);
    const withdraw = await step(needId, amina, 'withdraw');
    // Assess: the button until the start, and after it neither button nor step.
    expect(buttons(before)).toContain(`/dashboard/needs/${needId}/withdraw`);
    expect(buttons(during)).not.toContain(`/dashboard/needs/${needId}/withdraw`);
    expect(withdraw.status).toBe(409);
    expect((await json(withdraw)).error.code).toBe('INVALID_TRANSITION');
  });

  it('invites the same best N on the API and on the page: nobody who declined, withdrew or was cancelled', async () => {
    // Prepare: two needs alike (next week), the same five volunteers in the same states on each.
    now = new Date('2026-12-01T07:00:00Z');
    const people = {
      declined: await volunteer('Dana'),
      withdrew: await volunteer('Wael'),
      cancelled: await volunteer('Cem'),
      fresh: await volunteer('Farid'),
      other: await volunteer('Olga'),
    };
    await platform.settle();
    const schedule = { kind: 'once', date: '2026-12-08', start: '15:00', end: '17:00' };
    const viaApi = await postNeed({ title: 'Per API', schedule, places: 5 });
    const viaPage = await postNeed({ title: 'Per Seite', schedule, places: 5 });
    for (const needId of [viaApi, viaPage]) {
      await invite(needId, people.declined);
      expect((await step(needId, people.declined, 'decline')).status).toBe(200);
      await invite(needId, people.withdrew);
      expect((await step(needId, people.withdrew, 'accept')).status).toBe(200);
      expect((await step(needId, people.withdrew, 'withdraw')).status).toBe(200);
      await invite(needId, people.cancelled);
      const cancel = `/api/needs/${needId}/matches/${people.cancelled.userId}/cancel`;
      expect((await api(platform.app, 'POST', cancel, manager.accessToken)).status).toBe(200);
    }
    // Act
    const apiAnswer = await api(platform.app, 'POST', `/api/needs/${viaApi}/invitations`, manager.accessToken, {
      top: 10,
    });
    const pageAnswer = await postForm(
      platform.app,
      `/manage/needs/${viaPage}/invite-top`,
      { top: '10' },
      managerCookie,
    );
    // Assess
    expect(apiAnswer.status).toBe(200);
    expect(pageAnswer.status).toBe(303);
    const invitedIn = async (needId: string) =>
      Object.entries(await states(needId))
        .filter(([, state]) => state === 'invited')
        .map(([volunteerId]) => volunteerId)
        .sort();
    const [pickedByApi, pickedByPage] = [await invitedIn(viaApi), await invitedIn(viaPage)];
    expect(pickedByApi).toEqual(pickedByPage);
    expect(pickedByApi).toEqual(expect.arrayContaining([people.fresh.userId, people.other.userId]));
    for (const asked of [people.declined, people.withdrew, people.cancelled]) {
      expect(pickedByApi).not.toContain(asked.userId);
    }
    const stillApi = await states(viaApi);
    expect([
      stillApi[people.declined.userId],
      stillApi[people.withdrew.userId],
      stillApi[people.cancelled.userId],
    ]).toEqual(['declined', 'withdrawn', 'cancelled']);
  });

  it('offers the manager exactly the steps that would succeed: no accepting an offer once the need is closed', async () => {
    // Prepare: Olaf offers; the manager then closes the need (no more people wanted).
    now = new Date('2026-12-01T07:00:00Z');
    const olaf = await volunteer('Olaf');
    await platform.settle();
    const needId = await postNeed({
      title: 'Geschlossen',
      schedule: { kind: 'once', date: '2026-12-15', start: '15:00', end: '17:00' },
    });
    expect((await step(needId, olaf, 'offer')).status).toBe(200);
    const page = async () =>
      buttons(
        await (await platform.app.request(`/manage/needs/${needId}`, { headers: { cookie: managerCookie } })).text(),
      );
    const open = await page();
    const closed = await api(platform.app, 'POST', `/api/needs/${needId}/status`, manager.accessToken, {
      action: 'close',
      version: 2,
    });
    expect(closed.status).toBe(200);
    // Act
    const afterClose = await page();
    const accept = await api(
      platform.app,
      'POST',
      `/api/needs/${needId}/matches/${olaf.userId}/accept`,
      manager.accessToken,
    );
    // Assess: accepting was offered while open; once closed only declining is, and accepting fails.
    const stepPath = (action: string) => `/manage/needs/${needId}/matches/${olaf.userId}/${action}`;
    expect(open).toEqual(expect.arrayContaining([stepPath('accept'), stepPath('decline')]));
    expect(afterClose).toContain(stepPath('decline'));
    expect(afterClose).not.toContain(stepPath('accept'));
    expect(accept.status).toBe(409);
    expect((await json(accept)).error.code).toBe('NEED_NOT_OPEN');
  });
});
