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
import { needInput } from '../support/fixtures.ts';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
const NOW = new Date('2026-11-24T10:00:00Z');

describe('admin: initiatives are renamed, deactivated and unlinked from needs', () => {
  let platform: TestPlatform;
  let admin: TestAccount;
  let adminCookie: string;
  let manager: TestAccount;

  const cookieOf = async (account: TestAccount) => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const page = async (path: string, cookie: string) => {
    const response = await platform.app.request(path, { headers: { cookie } });
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const as = (token: string) => ({
    get: (path: string) => api(platform.app, 'GET', path, token),
    put: (path: string, body?: unknown) => api(platform.app, 'PUT', path, token, body),
    post: (path: string, body?: unknown) => api(platform.app, 'POST', path, token, body),
    delete: (path: string) => api(platform.app, 'DELETE', path, token),
  });

  /** An initiative with one member and one published Nordstadt need linked to it. */
  const linkedInitiative = async (name: string) => {
    const initiative = await json(await as(admin.accessToken).post('/api/admin/initiatives', { name }));
    const member = await createAccount(platform.config, 'initiative');
    expect(
      (
        await as(admin.accessToken).put(`/api/admin/staff/${member.userId}`, {
          role: 'initiative',
          initiativeId: initiative.initiativeId,
        })
      ).status,
    ).toBe(200);
    const need = await json(await as(manager.accessToken).post('/api/needs', needInput({ title: `Bedarf ${name}` })));
    await as(manager.accessToken).post(`/api/needs/${need.needId}/status`, { action: 'publish', version: 1 });
    const link = `/api/admin/initiatives/${initiative.initiativeId}/needs/${need.needId}`;
    expect((await as(admin.accessToken).put(link)).status).toBe(204);
    return { initiative, member, need, link };
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW, ownUserPool: true });
    admin = await createAccount(platform.config, 'admin');
    adminCookie = await cookieOf(admin);
    manager = await createAccount(platform.config, 'manager');
    await as(admin.accessToken).put(`/api/admin/staff/${manager.userId}`, { role: 'manager', quarters: ['nordstadt'] });
  });

  it('renames at the version last read: a stale version is a 409, another initiative’s name a 400', async () => {
    const { initiative } = await linkedInitiative('Willkommen in Elberfeld');
    const path = `/api/admin/initiatives/${initiative.initiativeId}`;
    const renamed = await as(admin.accessToken).put(path, {
      name: 'Willkommen Elberfeld e.V.',
      active: true,
      version: 1,
    });
    expect(renamed.status).toBe(200);
    expect(await json(renamed)).toMatchObject({ name: 'Willkommen Elberfeld e.V.', version: 2 });
    const stale = await as(admin.accessToken).put(path, { name: 'Noch ein Name', active: true, version: 1 });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.currentVersion).toBe(2);
    await as(admin.accessToken).post('/api/admin/initiatives', { name: 'Besetzter Name' });
    const taken = await as(admin.accessToken).put(path, { name: 'besetzter name', active: true, version: 2 });
    expect(taken.status).toBe(400);
    // The old name registers a new initiative, not the renamed one.
    const fresh = await json(
      await as(admin.accessToken).post('/api/admin/initiatives', { name: 'Willkommen in Elberfeld' }),
    );
    expect(fresh.initiativeId).not.toBe(initiative.initiativeId);

    // The page: a stale form gets 409 and keeps the typed name beside the stored one.
    const typed = {
      version: '1',
      [`name_${initiative.initiativeId}`]: 'Mein getippter Name',
      active: 'true',
      action: 'save',
    };
    const conflict = await postForm(platform.app, `/admin/initiatives/${initiative.initiativeId}`, typed, adminCookie);
    expect(conflict.status).toBe(409);
    const body = await conflict.text();
    expect(body).toContain('value="Mein getippter Name"');
    expect(body).toContain('name="seenVersion" value="2"');
    const kept = await postForm(
      platform.app,
      `/admin/initiatives/${initiative.initiativeId}`,
      { ...typed, action: 'overwrite', seenVersion: '2' },
      adminCookie,
    );
    expect(kept.status).toBe(303);
    expect(await page('/admin/initiatives', adminCookie)).toContain('Mein getippter Name');
  });

  it('unlinks a need: the members no longer see it (API and page, idempotent)', async () => {
    const { initiative, member, need, link } = await linkedInitiative('Nachbarn helfen');
    expect((await json(await as(member.accessToken).get('/api/initiative/needs'))).needs).toHaveLength(1);
    expect((await as(admin.accessToken).delete(link)).status).toBe(204);
    expect((await as(admin.accessToken).delete(link)).status).toBe(204);
    expect((await json(await as(member.accessToken).get('/api/initiative/needs'))).needs).toEqual([]);
    expect((await json(await as(manager.accessToken).get(`/api/needs/${need.needId}`))).initiativeIds ?? []).toEqual(
      [],
    );
    // Linked again, then unlinked with the page's button.
    expect((await as(admin.accessToken).put(link)).status).toBe(204);
    const unlinked = await postForm(
      platform.app,
      `/admin/initiatives/${initiative.initiativeId}/links/${need.needId}/delete`,
      {},
      adminCookie,
    );
    expect(unlinked.status).toBe(303);
    expect(unlinked.headers.get('location')).toBe(
      `/admin/initiatives?notice=unlinked#initiative-${initiative.initiativeId}`,
    );
    expect((await json(await as(member.accessToken).get('/api/initiative/needs'))).needs).toEqual([]);
    expect(
      (
        await as(admin.accessToken).delete(
          `/api/admin/initiatives/${initiative.initiativeId}/needs/${crypto.randomUUID()}`,
        )
      ).status,
    ).toBe(404);
  });

  it('deactivates an initiative: its members see a clear message, it takes no new links or members', async () => {
    const { initiative, member, need } = await linkedInitiative('Café International');
    const off = await as(admin.accessToken).put(`/api/admin/initiatives/${initiative.initiativeId}`, {
      name: 'Café International',
      active: false,
      version: 1,
    });
    expect(off.status).toBe(200);
    expect((await json(off)).deactivatedAt).toBe(NOW.toISOString());

    expect((await json(await as(member.accessToken).get('/api/initiative/needs'))).needs).toEqual([]);
    const memberPage = await page('/initiative', await cookieOf(member));
    expect(memberPage).toContain('Ihre Initiative ist deaktiviert.');
    expect(memberPage).not.toContain(`Bedarf Café International`);

    const other = await json(await as(manager.accessToken).post('/api/needs', needInput({ title: 'Zweiter Bedarf' })));
    await as(manager.accessToken).post(`/api/needs/${other.needId}/status`, { action: 'publish', version: 1 });
    const relink = await as(admin.accessToken).put(
      `/api/admin/initiatives/${initiative.initiativeId}/needs/${other.needId}`,
    );
    expect(relink.status).toBe(409);
    const newMember = await as(admin.accessToken).post('/api/admin/staff', {
      email: uniqueEmail('member'),
      role: 'initiative',
      initiativeId: initiative.initiativeId,
    });
    expect(newMember.status).toBe(400);
    expect((await json(newMember)).error.issues[0]).toMatchObject({ code: 'initiative_inactive' });

    // Not offered on the pages: no link form for it, not in the invitation's list.
    const initiativesPage = await page('/admin/initiatives', adminCookie);
    expect(initiativesPage).not.toContain(`action="/admin/initiatives/${initiative.initiativeId}/links"`);
    expect(initiativesPage).toContain('Deaktiviert: keine neuen Verknüpfungen oder Mitglieder.');
    expect(await page('/admin', adminCookie)).not.toContain(`<option value="${initiative.initiativeId}"`);

    // Reactivated, the members see their needs again.
    expect(
      (
        await as(admin.accessToken).put(`/api/admin/initiatives/${initiative.initiativeId}`, {
          name: 'Café International',
          active: true,
          version: 2,
        })
      ).status,
    ).toBe(200);
    const needs = (await json(await as(member.accessToken).get('/api/initiative/needs'))).needs;
    expect(needs.map((entry: Json) => entry.needId)).toEqual([need.needId]);
  });
});
