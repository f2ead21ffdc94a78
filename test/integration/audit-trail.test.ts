import { beforeAll, describe, expect, it } from 'vitest';
import { createVolunteersApp } from '../../functions/volunteers/app.tsx';
import { AuditRepository } from '../../shared/audit/audit-repository.ts';
import type { AuditEntry } from '../../shared/audit/schemas.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { createServices } from '../../shared/platform/services.ts';
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
import { profileInput } from '../support/fixtures.ts';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

/** A fixed clock the tests move by hand. */
let now = new Date('2026-11-24T10:00:00.000Z');

const need = {
  title: 'Hausaufgabenhilfe',
  description: '',
  quarterId: 'nordstadt',
  venueId: 'alte-feuerwache',
  schedule: {
    kind: 'weekly',
    weekday: 'tue',
    start: '15:00',
    end: '17:00',
    firstDate: '2026-12-01',
    lastDate: '2027-01-26',
  },
  places: 2,
  requiredSkills: ['homework-help'],
  niceToHaveSkills: [],
  languages: ['ar'],
  involvesMinors: false,
};

describe('audit trail', () => {
  let platform: TestPlatform;
  let trail: AuditRepository;
  let staffRepository: StaffRepository;
  let admin: TestAccount;
  let manager: TestAccount;
  let member: TestAccount;
  let amina: TestAccount;
  let basel: TestAccount;
  let needId: string;
  let initiativeId: string;

  const signIn = async (account: TestAccount) => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const page = (path: string, cookie: string) => Promise.resolve(platform.app.request(path, { headers: { cookie } }));

  /** The entries written since `since` (an ISO instant), about one person. */
  const about = async (subjectId: string, since: string) =>
    (await trail.about(subjectId, now)).filter((entry) => entry.at >= since);
  const tick = (ms = 1000) => {
    now = new Date(now.getTime() + ms);
    return now.toISOString();
  };
  const expectEntry = (entries: AuditEntry[], expected: Partial<AuditEntry>) =>
    expect(entries).toContainEqual(expect.objectContaining(expected));

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now, ownUserPool: true });
    const db = createDocumentClient(platform.config);
    trail = new AuditRepository(db, platform.config.tableName);
    staffRepository = new StaffRepository(db, platform.config.tableName);
    [admin, manager, member, amina, basel] = await Promise.all([
      createAccount(platform.config, 'admin'),
      createAccount(platform.config, 'manager'),
      createAccount(platform.config, 'initiative'),
      createAccount(platform.config, 'volunteer'),
      createAccount(platform.config, 'volunteer'),
    ]);
    await staffRepository.put({ userId: manager.userId, quarters: ['nordstadt'] });
    for (const [account, firstName] of [
      [amina, 'Amina'],
      [basel, 'Basel'],
    ] as const) {
      const saved = await api(
        platform.app,
        'PUT',
        '/api/volunteers/me',
        account.idToken,
        profileInput({ firstName, lastName: 'Testfall', phone: '+49 202 555 0101' }),
      );
      expect(saved.status).toBe(201);
    }
    await platform.settle();
    const created = await api(platform.app, 'POST', '/api/needs', manager.accessToken, need);
    expect(created.status).toBe(201);
    needId = (await json(created)).needId;
    const published = await api(platform.app, 'POST', `/api/needs/${needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    const initiative = await api(platform.app, 'POST', '/api/admin/initiatives', admin.accessToken, {
      name: 'Flüchtlingshilfe Nordstadt e.V.',
    });
    initiativeId = (await json(initiative)).initiativeId;
    await staffRepository.put({ userId: member.userId, quarters: [], initiativeId });
  });

  it("records a manager's and an admin's read of a profile, with who, whose, what, when and the route pattern", async () => {
    const since = tick();
    expect((await api(platform.app, 'GET', `/api/volunteers/${amina.userId}`, manager.accessToken)).status).toBe(200);
    const adminAt = tick();
    expect((await api(platform.app, 'GET', `/api/volunteers/${amina.userId}?x=1`, admin.accessToken)).status).toBe(200);
    const entries = await about(amina.userId, since);
    expect(entries).toEqual([
      {
        entryId: expect.any(String),
        at: since,
        actorId: manager.userId,
        actorRoles: ['manager'],
        subjectId: amina.userId,
        action: 'profile.read',
        method: 'GET',
        route: '/api/volunteers/:volunteerId',
        expiresAt: Math.floor(Date.parse('2028-11-24T10:00:01.000Z') / 1000),
      },
      expect.objectContaining({ at: adminAt, actorId: admin.userId, actorRoles: ['admin'], action: 'profile.read' }),
    ]);
    // Neither the id in the path nor the query string is stored.
    expect(JSON.stringify(entries)).not.toContain('x=1');
  });

  it('leaves no entry when people read their own data', async () => {
    const since = tick();
    const cookie = await signIn(amina);
    for (const path of ['/api/volunteers/me', `/api/volunteers/${amina.userId}`, '/api/volunteers/me/safeguarding']) {
      expect((await api(platform.app, 'GET', path, amina.idToken)).status, path).toBe(200);
    }
    expect((await page('/profile', cookie)).status).toBe(200);
    expect((await page('/dashboard', cookie)).status).toBe(200);
    expect(await about(amina.userId, since)).toEqual([]);
    const byAmina = await json(
      await api(platform.app, 'GET', `/api/admin/audit?actorId=${amina.userId}`, admin.accessToken),
    );
    expect(byAmina.entries).toEqual([]);
  });

  it('records safeguarding checks recorded and read by staff, through the API and the page', async () => {
    const since = tick();
    const recorded = await api(
      platform.app,
      'PUT',
      `/api/volunteers/${amina.userId}/safeguarding`,
      manager.accessToken,
      {
        inspectedOn: '2026-11-20',
        issuedOn: '2026-11-01',
        relevantConviction: false,
      },
    );
    expect(recorded.status).toBe(200);
    const cookie = await signIn(manager);
    const pageAt = tick();
    const view = await page(`/admin/safeguarding?volunteerId=${amina.userId}`, cookie);
    expect(view.status).toBe(200);
    const entries = await about(amina.userId, since);
    expectEntry(entries, {
      actorId: manager.userId,
      action: 'safeguarding.record',
      method: 'PUT',
      route: '/api/volunteers/:volunteerId/safeguarding',
    });
    for (const action of ['profile.read', 'safeguarding.read'] as const) {
      expectEntry(entries, {
        at: pageAt,
        actorId: manager.userId,
        action,
        method: 'GET',
        route: '/admin/safeguarding',
      });
    }
  });

  it('records every volunteer a candidate list, a need view or an invitation shows or changes', async () => {
    const since = tick();
    const candidates = await json(
      await api(platform.app, 'GET', `/api/needs/${needId}/candidates`, manager.accessToken),
    );
    const listed = [...candidates.proposals, ...candidates.excluded].map((c: Json) => c.volunteerId);
    expect(listed).toEqual(expect.arrayContaining([amina.userId, basel.userId]));
    for (const volunteer of [amina, basel]) {
      expectEntry(await about(volunteer.userId, since), {
        actorId: manager.userId,
        action: 'candidates.read',
        route: '/api/needs/:needId/candidates',
      });
    }

    const invitedAt = tick();
    const invited = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
      volunteerIds: [amina.userId],
    });
    expect(invited.status).toBe(200);
    expectEntry(await about(amina.userId, invitedAt), {
      actorId: manager.userId,
      action: 'match.invite',
      method: 'POST',
      route: '/api/needs/:needId/invitations',
    });
    const acceptedAt = tick();
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/accept`, amina.idToken)).status).toBe(200);
    // Her own step is no access to another person's data.
    expect(await about(amina.userId, acceptedAt)).toEqual([]);

    const viewAt = tick();
    expect((await api(platform.app, 'GET', `/api/needs/${needId}`, manager.accessToken)).status).toBe(200);
    expectEntry(await about(amina.userId, viewAt), {
      actorId: manager.userId,
      action: 'match.read',
      route: '/api/needs/:needId',
    });
    const pageAt = tick();
    expect((await page(`/manage/needs/${needId}`, await signIn(manager))).status).toBe(200);
    const onPage = await about(amina.userId, pageAt);
    expectEntry(onPage, { action: 'match.read', method: 'GET', route: '/manage/needs/:needId' });
    expectEntry(onPage, { action: 'candidates.read', method: 'GET', route: '/manage/needs/:needId' });
  });

  it("records admins' account actions and an initiative's reads and reviews of matches", async () => {
    const since = tick();
    const invited = await api(platform.app, 'POST', '/api/admin/staff', admin.accessToken, {
      email: uniqueEmail('manager'),
      role: 'manager',
      quarters: ['nordstadt'],
    });
    expect(invited.status).toBe(201);
    const newcomer = (await json(invited)).userId as string;
    expectEntry(await about(newcomer, since), {
      actorId: admin.userId,
      action: 'staff.invite',
      method: 'POST',
      route: '/api/admin/staff',
    });
    expect(
      (
        await api(platform.app, 'PUT', `/api/admin/staff/${manager.userId}`, admin.accessToken, {
          role: 'manager',
          quarters: ['nordstadt', 'ostersbaum'],
        })
      ).status,
    ).toBe(200);
    expectEntry(await about(manager.userId, since), {
      actorId: admin.userId,
      action: 'staff.quarters',
      method: 'PUT',
      route: '/api/admin/staff/:userId',
    });
    expect((await api(platform.app, 'GET', '/api/admin/staff', admin.accessToken)).status).toBe(200);
    expectEntry(await about(manager.userId, since), { actorId: admin.userId, action: 'staff.read' });

    const linkedAt = tick();
    expect(
      (await api(platform.app, 'PUT', `/api/admin/initiatives/${initiativeId}/needs/${needId}`, admin.accessToken))
        .status,
    ).toBe(204);
    expectEntry(await about(amina.userId, linkedAt), {
      actorId: admin.userId,
      action: 'initiative.link',
      route: '/api/admin/initiatives/:initiativeId/needs/:needId',
    });

    const readAt = tick();
    const seen = await json(await api(platform.app, 'GET', '/api/initiative/needs', member.accessToken));
    expect(seen.needs[0].matches.map((m: Json) => m.volunteerId)).toEqual([amina.userId]);
    expectEntry(await about(amina.userId, readAt), {
      actorId: member.userId,
      actorRoles: ['initiative'],
      action: 'match.read',
      route: '/api/initiative/needs',
    });
    const reviewed = await api(
      platform.app,
      'PUT',
      `/api/initiative/needs/${needId}/matches/${amina.userId}/review`,
      member.accessToken,
      { status: 'confirmed' },
    );
    expect(reviewed.status).toBe(200);
    expectEntry(await about(amina.userId, readAt), {
      actorId: member.userId,
      action: 'match.review',
      method: 'PUT',
      route: '/api/initiative/needs/:needId/matches/:volunteerId/review',
    });
  });

  it('fails the request, handing out nothing, when the audit entry cannot be written', async () => {
    // The same app on a store whose writes DynamoDB refuses (no such table).
    const failing = createServices(platform.config, () => now, {
      auditRepository: new AuditRepository(createDocumentClient(platform.config), 'no-such-audit-table'),
    });
    const app = createVolunteersApp(failing) as unknown as TestPlatform['app'];
    const response = await api(app, 'GET', `/api/volunteers/${amina.userId}`, manager.accessToken);
    expect(response.status).toBeGreaterThanOrEqual(500);
    const body = await response.text();
    expect(body).not.toContain('Testfall');
    expect(body).not.toContain('555');
    // Own data needs no entry and still works.
    expect((await api(app, 'GET', '/api/volunteers/me', amina.idToken)).status).toBe(200);
  });

  describe('the admin view', () => {
    /** A separate stretch of time, so that its entries are the only ones in their period. */
    const times = [
      '2027-03-30T08:00:00.000Z',
      '2027-03-31T09:00:00.000Z',
      '2027-03-31T22:30:00.000Z', // Berlin: 1 April, 00:30 — in the UTC month March
      '2027-04-01T12:00:00.000Z',
      '2027-04-02T12:00:00.000Z',
    ];
    const later = new Date('2027-05-01T10:00:00.000Z');
    let expected: { at: string; actorId: string; subjectId: string }[] = [];

    beforeAll(async () => {
      expected = [];
      for (const [index, at] of times.entries()) {
        now = new Date(at);
        const reader = index % 2 === 0 ? manager : admin;
        const subject = index < 3 ? basel : amina;
        expect((await api(platform.app, 'GET', `/api/volunteers/${subject.userId}`, reader.accessToken)).status).toBe(
          200,
        );
        expected.push({ at, actorId: reader.userId, subjectId: subject.userId });
      }
      expected.reverse(); // newest first
      now = later;
    });

    /** Every page of a filter, following `next`. */
    const allPages = async (query: string, limit: number) => {
      const pages: Json[][] = [];
      let cursor: string | undefined;
      do {
        const url = `/api/admin/audit?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await api(platform.app, 'GET', url, admin.accessToken);
        expect(response.status, url).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const body = await json(response);
        pages.push(body.entries);
        cursor = body.next;
      } while (cursor);
      return pages;
    };
    const pick = (entries: Json[]) => entries.map(({ at, actorId, subjectId }) => ({ at, actorId, subjectId }));

    it('filters by period (Berlin days, across months) with paging', async () => {
      const pages = await allPages('from=2027-03-30&to=2027-04-02', 2);
      expect(pages.slice(0, 3).map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pick(pages.flat())).toEqual(expected);
      const april = await allPages('from=2027-04-01&to=2027-04-01', 1);
      expect(pick(april.flat())).toEqual(
        expected.filter((e) => e.at >= '2027-03-31T22:00' && e.at < '2027-04-01T22:00'),
      );
      expect(april.flat().map((e) => e.at)).toContain('2027-03-31T22:30:00.000Z');
    });

    it('filters by person and by actor, alone and combined, with paging', async () => {
      const bySubject = await allPages(`subjectId=${basel.userId}&from=2027-03-01&to=2027-04-30`, 2);
      expect(pick(bySubject.flat())).toEqual(expected.filter((e) => e.subjectId === basel.userId));
      const byActor = await allPages(`actorId=${manager.userId}&from=2027-03-01&to=2027-04-30`, 2);
      expect(pick(byActor.flat())).toEqual(expected.filter((e) => e.actorId === manager.userId));
      const both = await allPages(`subjectId=${basel.userId}&actorId=${admin.userId}&from=2027-03-01&to=2027-04-30`, 1);
      expect(pick(both.flat())).toEqual(
        expected.filter((e) => e.subjectId === basel.userId && e.actorId === admin.userId),
      );
    });

    it('records the viewing itself, per person shown', async () => {
      const since = later.toISOString();
      await allPages(`subjectId=${basel.userId}&from=2027-03-01&to=2027-04-30`, 50);
      expectEntry(await about(basel.userId, since), {
        actorId: admin.userId,
        action: 'audit.read',
        route: '/api/admin/audit',
      });
    });

    it('keeps entries two years: older ones are not listed, whether or not TTL removed them yet', async () => {
      const all = await trail.about(amina.userId, new Date('2028-11-24T09:00:00.000Z'));
      expect(all.some((entry) => entry.at < '2026-11-25')).toBe(true);
      const afterwards = await trail.about(amina.userId, new Date('2028-11-25T00:00:00.000Z'));
      expect(afterwards.some((entry) => entry.at < '2026-11-25')).toBe(false);
      expect(afterwards.length).toBeGreaterThan(0);
    });

    it('answers 401, 403, then 400 for filters and cursors it did not write', async () => {
      expect((await api(platform.app, 'GET', '/api/admin/audit')).status).toBe(401);
      expect((await api(platform.app, 'GET', '/api/admin/audit', manager.accessToken)).status).toBe(403);
      const bad = await api(platform.app, 'GET', '/api/admin/audit?from=2027-02-30&subjectId=a%20b', admin.accessToken);
      expect(bad.status).toBe(400);
      expect((await json(bad)).error.issues.map((i: Json) => i.path).sort()).toEqual(['query.from', 'query.subjectId']);
      for (const cursor of ['abc', Buffer.from('2020-01-01T00:00:00.000Z#x|y').toString('base64url')]) {
        const response = await api(platform.app, 'GET', `/api/admin/audit?cursor=${cursor}`, admin.accessToken);
        expect(response.status, cursor).toBe(400);
      }
    });

    it('is a page for admins in German and English, without JavaScript, not cached', async () => {
      const cookie = await signIn(admin);
      const response = await page(`/admin/audit?subjectId=${basel.userId}&from=2027-03-01&to=2027-04-30`, cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toContain('Protokoll der Zugriffe');
      expect(html).toContain('<form method="get" action="/admin/audit"');
      expect(html).toContain('Profil gelesen');
      expect(html).toContain('GET /api/volunteers/:volunteerId');
      const english = await (await page('/admin/audit', `${cookie}; qh_lang=en`)).text();
      expect(english).toContain('Audit trail');
      const paged = await (
        await page(`/admin/audit?subjectId=${basel.userId}&from=2027-03-01&to=2027-04-30&limit=1`, cookie)
      ).text();
      expect(paged).toContain('Ältere Einträge');
      const invalid = await page('/admin/audit?from=2027-13-01&subjectId=', cookie);
      expect(invalid.status).toBe(400);
      expect(await invalid.text()).toContain('Bitte ein gültiges Datum angeben.');
      expect((await page('/admin/audit', await signIn(manager))).status).toBe(403);
    });
  });
});
