import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
  uniqueEmail,
} from '../support/app.ts';
import { readOutbox } from '../support/platform.ts';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
const NOW = new Date('2026-11-24T10:00:00Z');

describe('admin: deactivate, reactivate, re-invite and move staff accounts', () => {
  let platform: TestPlatform;
  let admin: TestAccount;
  let adminCookie: string;

  const signInPage = (email: string, password: string) => postForm(platform.app, '/signin', { email, password });
  const cookieOf = async (email: string, password: string) => {
    const response = await signInPage(email, password);
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const status = async (path: string, cookie: string) =>
    (await platform.app.request(path, { headers: { cookie } })).status;
  const invitations = (email: string) =>
    readOutbox(platform.outboxFile).filter((entry) => entry.to === email && entry.kind === 'AdminCreateUser');
  const staffEntry = async (userId: string) =>
    (await json(await api(platform.app, 'GET', '/api/admin/staff', admin.accessToken))).staff.find(
      (account: Json) => account.userId === userId,
    );

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW, ownUserPool: true });
    admin = await createAccount(platform.config, 'admin');
    adminCookie = await cookieOf(admin.email, admin.password);
  });

  it('deactivating ends the sessions at once and refuses sign-in; reactivating lets the person in again', async () => {
    const manager = await createAccount(platform.config, 'manager');
    const [phone, laptop] = [
      await cookieOf(manager.email, manager.password),
      await cookieOf(manager.email, manager.password),
    ];
    expect(await status('/manage', phone)).toBe(200);

    const off = await api(platform.app, 'PUT', `/api/admin/staff/${manager.userId}/active`, admin.accessToken, {
      active: false,
    });
    expect(off.status).toBe(200);
    expect(await json(off)).toMatchObject({ userId: manager.userId, enabled: false });
    // Both open sessions are gone: the pages send the person to sign in.
    for (const cookie of [phone, laptop]) {
      const response = await platform.app.request('/manage', { headers: { cookie } });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/signin/);
    }
    // Sign-in is refused, on the page and through the API, alike with a wrong password.
    const page = await signInPage(manager.email, manager.password);
    expect(page.status).not.toBe(303);
    expect(cookieFrom(page, 'qh_session')).toBeUndefined();
    const refused = await api(platform.app, 'POST', '/api/auth/signin', undefined, {
      email: manager.email,
      password: manager.password,
    });
    expect(refused.status).toBe(401);
    expect((await json(refused)).error.code).toBe('INVALID_CREDENTIALS');
    expect((await staffEntry(manager.userId)).enabled).toBe(false);
    const adminPage = await platform.app.request('/admin', { headers: { cookie: adminCookie } });
    expect(await adminPage.text()).toContain('<span class="badge">deaktiviert</span>');

    // Reactivated through the page: the person signs in again.
    const on = await postForm(platform.app, `/admin/staff/${manager.userId}/active`, { active: 'true' }, adminCookie);
    expect(on.status).toBe(303);
    expect(on.headers.get('location')).toBe(`/admin?notice=reactivated#account-${manager.userId}`);
    expect(await status('/manage', await cookieOf(manager.email, manager.password))).toBe(200);
    expect((await staffEntry(manager.userId)).enabled).toBe(true);

    // Each step is audited as an admin action on the person's account.
    const audit = await json(
      await api(platform.app, 'GET', `/api/admin/audit?subjectId=${manager.userId}`, admin.accessToken),
    );
    const actions = audit.entries.map((entry: Json) => entry.action);
    expect(actions).toContain('staff.deactivate');
    expect(actions).toContain('staff.reactivate');
  });

  it('an admin cannot deactivate their own account', async () => {
    const self = await api(platform.app, 'PUT', `/api/admin/staff/${admin.userId}/active`, admin.accessToken, {
      active: false,
    });
    expect(self.status).toBe(403);
    expect(await status('/admin', adminCookie)).toBe(200);
  });

  it('re-invites an account that never signed in with a new temporary password', async () => {
    const email = uniqueEmail('invited');
    const invited = await api(platform.app, 'POST', '/api/admin/staff', admin.accessToken, {
      email,
      role: 'manager',
      quarters: ['nordstadt'],
    });
    expect(invited.status).toBe(201);
    const { userId } = await json(invited);
    const first = invitations(email);
    expect(first).toHaveLength(1);

    const again = await postForm(platform.app, `/admin/staff/${userId}/invitation`, {}, adminCookie);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/admin?notice=reinvited#account-${userId}`);
    const sent = invitations(email);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.code).toBeTruthy();
    expect(sent[1]?.code).not.toBe(sent[0]?.code);
    // The new temporary password leads to the first-sign-in step; the old one no longer works.
    const withNew = await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: sent[1]?.code });
    expect((await json(withNew)).error.code).toBe('NEW_PASSWORD_REQUIRED');
    const withOld = await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: sent[0]?.code });
    expect((await json(withOld)).error.code).toBe('INVALID_CREDENTIALS');

    // An account that has signed in gets no invitation: 409, and the page says why.
    const active = await createAccount(platform.config, 'manager');
    expect(
      (await api(platform.app, 'POST', `/api/admin/staff/${active.userId}/invitation`, admin.accessToken)).status,
    ).toBe(409);
    const page = await postForm(platform.app, `/admin/staff/${active.userId}/invitation`, {}, adminCookie);
    expect(page.status).toBe(409);
    expect(await page.text()).toContain('Diese Person hat sich bereits angemeldet');
  });

  it('moves an account to another role from the page', async () => {
    const person = await createAccount(platform.config, 'initiative');
    const cookie = await cookieOf(person.email, person.password);
    expect(await status('/manage', cookie)).toBe(403);
    const moved = await postForm(
      platform.app,
      `/admin/staff/${person.userId}/role`,
      { [`role_${person.userId}`]: 'manager' },
      adminCookie,
    );
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(`/admin?notice=role#account-${person.userId}`);
    expect(await status('/manage', cookie)).toBe(200);
    const bad = await postForm(
      platform.app,
      `/admin/staff/${person.userId}/role`,
      { [`role_${person.userId}`]: 'volunteer' },
      adminCookie,
    );
    expect(bad.status).toBe(400);
    // A new sign-in carries the new group.
    const tokens = await json(
      await api(platform.app, 'POST', '/api/auth/signin', undefined, {
        email: person.email,
        password: person.password,
      }),
    );
    expect(decodeJwt(tokens.idToken)['cognito:groups']).toEqual(['manager']);
  });
});
