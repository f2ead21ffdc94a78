import type { Hono } from 'hono';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, seedDemo } from '../../infra/local/seed.ts';
import { createLocalApp } from '../../infra/local/server.ts';
import { createTableEvents } from '../../infra/local/table-events.ts';
import { AuditRepository } from '../../shared/audit/audit-repository.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { api, cookieFrom, createAccount, postForm } from '../support/app.ts';
import { profileInput } from '../support/fixtures.ts';
import { testConfig } from '../support/platform.ts';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
/** A fixed clock: Tuesday 24 November 2026, 11:00 in Berlin (the export test moves it on). */
const NOW = new Date('2026-11-24T10:00:00Z');
let now = NOW;

/** Text without tags and with collapsed spaces, for reading a page like a person. */
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

/**
 * Issue 11, managers, on the demo data: Nora (Nordstadt and Ostersbaum) finds the Arabic
 * speakers of her quarters, opens Basel's page and records his safeguarding check there, sees
 * Amina's phone on a need she accepted (audited as contact.read), and sees the week's dates.
 */
describe('manager desk: find volunteers, volunteer page, contacts, week', () => {
  let config: PlatformConfig;
  let app: Hono;
  let noraToken: string;
  let noraCookie: string;
  const ids = new Map<string, string>();

  const demo = (email: string) => DEMO_ACCOUNTS.find((account) => account.email === email) as { password: string };
  const token = async (email: string) => {
    const identity = new IdentityProvider(createCognitoClient(config), config.cognito.clientId);
    return (await identity.signIn(email, demo(email).password)).accessToken;
  };
  const page = (path: string, cookie = noraCookie) => Promise.resolve(app.request(path, { headers: { cookie } }));

  beforeAll(async () => {
    config = await testConfig();
    await seedDemo(config, NOW);
    const events = createTableEvents(config, () => NOW);
    await events.drain();
    app = await createLocalApp(config, { outboxFile: '/dev/null', clock: () => now });
    noraToken = await token('nora.manager@example.org');
    const signIn = await postForm(app, '/signin', {
      email: 'nora.manager@example.org',
      password: demo('nora.manager@example.org').password,
    });
    expect(signIn.status).toBe(303);
    noraCookie = cookieFrom(signIn, 'qh_session') as string;
    const all = await json(await api(app, 'GET', '/api/volunteers?limit=50', noraToken));
    for (const volunteer of all.volunteers) ids.set(volunteer.firstName, volunteer.volunteerId);
  });

  it('finds the Arabic speakers of her quarters, by language, skill and name prefix (any case, accents)', async () => {
    const arabic = await json(await api(app, 'GET', '/api/volunteers?language=ar', noraToken));
    expect(arabic.volunteers.map((v: Json) => v.firstName).sort()).toEqual(['Amina', 'Basel', 'Chadi', 'Emre']);
    expect(arabic.next).toBeUndefined();
    const homework = await json(await api(app, 'GET', '/api/volunteers?language=ar&skill=homework-help', noraToken));
    expect(homework.volunteers.map((v: Json) => v.firstName).sort()).toEqual(['Amina', 'Basel', 'Chadi']);
    const byName = await json(await api(app, 'GET', `/api/volunteers?q=${encodeURIComponent('BÄS')}`, noraToken));
    expect(byName.volunteers.map((v: Json) => `${v.firstName} ${v.lastName}`)).toEqual(['Basel Khoury']);
    const ostersbaum = await json(await api(app, 'GET', '/api/volunteers?quarter=ostersbaum', noraToken));
    // Amina helps in Ostersbaum, Chadi everywhere; the others only in Nordstadt.
    expect(ostersbaum.volunteers.map((v: Json) => v.firstName).sort()).toEqual(['Amina', 'Chadi']);

    // Each volunteer listed is a read of their profile, through the route's pattern.
    const audit = new AuditRepository(createDocumentClient(config), config.tableName);
    const aboutEmre = await audit.about(arabic.volunteers.find((v: Json) => v.firstName === 'Emre').volunteerId);
    expect(aboutEmre.some((e) => e.action === 'profile.read' && e.route === '/api/volunteers')).toBe(true);

    const html = await page('/manage/volunteers?language=ar&q=&skill=');
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-store');
    const shown = text(await html.text());
    for (const name of ['Amina Haddad', 'Basel Khoury', 'Chadi Mansour', 'Emre Yilmaz']) expect(shown).toContain(name);
    expect(shown).not.toContain('Darya');
  });

  it('pages through everyone once, with a cursor it checks', async () => {
    const seen: string[] = [];
    let next: string | undefined;
    let pages = 0;
    do {
      const path = `/api/volunteers?limit=2${next ? `&next=${next}` : ''}`;
      const body = await json(await api(app, 'GET', path, noraToken));
      seen.push(...body.volunteers.map((v: Json) => v.firstName));
      next = body.next;
      pages++;
    } while (next && pages < 20);
    expect(seen.sort()).toEqual(['Amina', 'Basel', 'Chadi', 'Darya', 'Emre']);

    const first = await json(await api(app, 'GET', '/api/volunteers?limit=2', noraToken));
    const reused = await api(app, 'GET', `/api/volunteers?limit=2&language=fa&next=${first.next}`, noraToken);
    expect(reused.status).toBe(400);
    expect((await json(reused)).error.issues[0].path).toBe('query.next');
    const forged = Buffer.from(JSON.stringify({ p: 0, k: { PK: 'NEED#x' } })).toString('base64url');
    expect((await api(app, 'GET', `/api/volunteers?next=${forged}`, noraToken)).status).toBe(400);
    expect((await api(app, 'GET', '/api/volunteers?quarter=hoehe', noraToken)).status).toBe(403);
    const volunteer = await token('amina.volunteer@example.org');
    expect((await api(app, 'GET', '/api/volunteers', volunteer)).status).toBe(403);
  });

  it("opens Basel's page and records his safeguarding check there", async () => {
    const basel = ids.get('Basel') as string;
    const before = await page(`/manage/volunteers/${basel}`);
    expect(before.status).toBe(200);
    expect(before.headers.get('cache-control')).toBe('no-store');
    const shown = text(await before.text());
    expect(shown).toContain('Basel Khoury');
    expect(shown).toContain('basel.volunteer@example.org');
    expect(shown).toContain('Bisher ist keine Einsichtnahme eingetragen');

    const refused = await postForm(
      app,
      `/manage/volunteers/${basel}/safeguarding`,
      { volunteerId: basel, inspectedOn: '2026-11-30', issuedOn: '', relevantConviction: '' },
      noraCookie,
    );
    expect(refused.status).toBe(400);
    const recorded = await postForm(
      app,
      `/manage/volunteers/${basel}/safeguarding`,
      // Whatever id a form names, the page's volunteer is the one recorded.
      {
        volunteerId: ids.get('Amina') as string,
        inspectedOn: '2026-11-23',
        issuedOn: '2026-11-02',
        relevantConviction: 'no',
      },
      noraCookie,
    );
    expect(recorded.status).toBe(303);
    expect(recorded.headers.get('location')).toBe(`/manage/volunteers/${basel}?notice=recorded`);
    const after = text(await (await page(`/manage/volunteers/${basel}?notice=recorded`)).text());
    expect(after).toContain('23.11.2026');
    const status = await json(
      await api(app, 'GET', '/api/volunteers/me/safeguarding', await token('basel.volunteer@example.org')),
    );
    expect(status).toMatchObject({ recorded: true, inspectedOn: '2026-11-23' });
  });

  it('answers 403 "not one of your quarters" for a volunteer outside them, 404 for an unknown one', async () => {
    const elsewhere = await createAccount(config, 'volunteer');
    expect(
      (await api(app, 'PUT', '/api/volunteers/me', elsewhere.idToken, profileInput({ quarters: ['hoehe'] }))).status,
    ).toBe(201);
    const refused = await page(`/manage/volunteers/${elsewhere.userId}`);
    expect(refused.status).toBe(403);
    expect(text(await refused.text())).toContain('Das ist keines Ihrer Quartiere');
    expect((await page('/manage/volunteers/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    const signIn = await postForm(app, '/signin', { email: elsewhere.email, password: elsewhere.password });
    const volunteerCookie = cookieFrom(signIn, 'qh_session') as string;
    const wrongRole = await page(`/manage/volunteers/${ids.get('Basel')}`, volunteerCookie);
    expect(wrongRole.status).toBe(403);
    expect(text(await wrongRole.text())).not.toContain('Quartiere');

    // The API says so by its code, in the usual error body; a wrong role stays a plain FORBIDDEN.
    const notYours = { error: { code: 'NOT_YOUR_QUARTER', message: expect.any(String) } };
    const profile = await api(app, 'GET', `/api/volunteers/${elsewhere.userId}`, noraToken);
    expect(profile.status).toBe(403);
    expect(await json(profile)).toEqual({
      error: { code: 'NOT_YOUR_QUARTER', message: 'This volunteer helps in none of your quarters' },
    });
    const search = await api(app, 'GET', '/api/volunteers?quarter=hoehe', noraToken);
    expect([search.status, await json(search)]).toEqual([403, notYours]);
    const asVolunteer = await api(app, 'GET', '/api/volunteers', elsewhere.accessToken);
    expect([asVolunteer.status, (await json(asVolunteer)).error.code]).toEqual([403, 'FORBIDDEN']);

    // A need of another quarter (posted by the admin): the API and the page name the reason.
    const admin = await token('anton.admin@example.org');
    const created = await api(app, 'POST', '/api/needs', admin, {
      title: 'Lesepaten',
      description: 'Vorlesen in der OT',
      quarterId: 'hoehe',
      venueId: 'ot-hoehe',
      schedule: { kind: 'once', date: '2026-12-03', start: '15:00', end: '16:00' },
      places: 1,
      requiredSkills: [],
      niceToHaveSkills: [],
      languages: [],
      involvesMinors: false,
    });
    const hoehe = await json(created);
    expect(created.status, JSON.stringify(hoehe)).toBe(201);
    const need = await api(app, 'GET', `/api/needs/${hoehe.needId}`, noraToken);
    expect([need.status, await json(need)]).toEqual([403, notYours]);
    const needPage = await page(`/manage/needs/${hoehe.needId}`);
    expect(needPage.status).toBe(403);
    expect(text(await needPage.text())).toContain('Kein Zugriff Das ist keines Ihrer Quartiere.');
    const english = await page(`/manage/needs/${hoehe.needId}`, `${noraCookie}; qh_lang=en`);
    expect(text(await english.text())).toContain('This is not one of your quarters.');
  });

  it("shows Amina's phone on a need she accepted (audited as contact.read) and the week's dates", async () => {
    const need = await json(
      await api(app, 'POST', '/api/needs', noraToken, {
        title: 'Hausaufgabenhilfe auf Arabisch',
        description: 'Grundschulkinder, dienstags',
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        schedule: {
          kind: 'weekly',
          weekday: 'tue',
          start: '15:00',
          end: '17:00',
          firstDate: '2026-12-01',
          lastDate: '2027-03-30',
        },
        places: 2,
        requiredSkills: ['homework-help'],
        niceToHaveSkills: [],
        languages: ['ar'],
        involvesMinors: true,
      }),
    );
    expect(need.needId, JSON.stringify(need)).toBeDefined();
    await api(app, 'POST', `/api/needs/${need.needId}/status`, noraToken, { action: 'publish', version: 1 });
    const amina = ids.get('Amina') as string;
    expect(
      (await api(app, 'POST', `/api/needs/${need.needId}/invitations`, noraToken, { volunteerIds: [amina] })).status,
    ).toBe(200);
    expect(
      (await api(app, 'POST', `/api/needs/${need.needId}/me/accept`, await token('amina.volunteer@example.org')))
        .status,
    ).toBe(200);

    const detail = await page(`/manage/needs/${need.needId}`);
    expect(detail.status).toBe(200);
    const shown = text(await detail.text());
    expect(shown).toContain('+49 202 555 0142');
    expect(shown).toContain('amina.volunteer@example.org');
    const audit = new AuditRepository(createDocumentClient(config), config.tableName);
    const entries = await audit.about(amina);
    expect(entries.some((entry) => entry.action === 'contact.read' && entry.route === '/manage/needs/:needId')).toBe(
      true,
    );

    const week = await page('/manage/week?from=2026-11-30');
    expect(week.status).toBe(200);
    const dates = text(await week.text());
    expect(dates).toContain('Hausaufgabenhilfe auf Arabisch');
    expect(dates).toContain('1 von 2 Plätzen vergeben');
    expect(dates).toContain('1 offen');
    expect(await (await page('/manage/week?from=2026-11-30')).text()).toContain(
      `/manage/needs/${need.needId}/dates/2026-12-01`,
    );
    // This week (Berlin) is the default; a date that is no Monday is refused.
    expect(text(await (await page('/manage/week')).text())).toContain('23.11.2026');
    expect((await page('/manage/week?from=2026-12-01')).status).toBe(400);

    const work = text(await (await page(`/manage/volunteers/${amina}`)).text());
    expect(work).toContain('Hausaufgabenhilfe auf Arabisch');
    expect(work).toContain('kommend: 18 Termine, 36 Std.');
  });

  afterEach(() => {
    now = NOW;
  });

  it('exports hours, matches and needs of her quarters as CSV and XLSX, audited, by role and quarter', async () => {
    const amina = ids.get('Amina') as string;
    // Three Tuesdays of the need Amina accepted (above) have passed: 1, 8 and 15 December.
    now = new Date('2026-12-16T11:00:00Z');
    const signIn = await postForm(app, '/signin', {
      email: 'nora.manager@example.org',
      password: demo('nora.manager@example.org').password,
    });
    const cookie = cookieFrom(signIn, 'qh_session') as string;
    const query = 'quarter=nordstadt&from=2026-12-01&to=2026-12-31';

    expect((await api(app, 'GET', `/api/exports/hours.csv?${query}`)).status).toBe(401);
    const asVolunteer = await api(
      app,
      'GET',
      `/api/exports/hours.csv?${query}`,
      await token('amina.volunteer@example.org'),
    );
    expect([asVolunteer.status, (await json(asVolunteer)).error.code]).toEqual([403, 'FORBIDDEN']);
    const notHers = await api(
      app,
      'GET',
      '/api/exports/hours.csv?quarter=hoehe&from=2026-12-01&to=2026-12-31',
      noraToken,
    );
    expect([notHers.status, (await json(notHers)).error.code]).toEqual([403, 'NOT_YOUR_QUARTER']);
    const bad = await api(
      app,
      'GET',
      '/api/exports/hours.pdf?quarter=x%0D%0Ay&from=2026-12-31&to=2026-12-01',
      noraToken,
    );
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.issues.map((i: Json) => i.path).sort()).toEqual([
      'params.file',
      'query.quarter',
      'query.to',
    ]);
    const unknown = await api(
      app,
      'GET',
      '/api/exports/needs.csv?quarter=atlantis&from=2026-12-01&to=2026-12-31',
      noraToken,
    );
    expect([unknown.status, (await json(unknown)).error.issues[0].path]).toEqual([400, 'query.quarter']);

    const hours = await page(`/manage/export/hours.csv?${query}`, cookie);
    expect(hours.status).toBe(200);
    expect(hours.headers.get('cache-control')).toBe('no-store');
    expect(hours.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(hours.headers.get('content-disposition')).toBe(
      'attachment; filename="quartiershilfe-hours-nordstadt-2026-12-01-2026-12-31.csv"',
    );
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await hours.arrayBuffer());
    const needId = csv.split('\r\n')[1]?.split(',').at(-1);
    expect(needId).toMatch(/^[0-9a-f-]{36}$/);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFDatum,Beginn,Ende,Stunden,Vorname,Nachname,Titel,Quartier,Ort,Bedarf-ID',
      ...['2026-12-01', '2026-12-08', '2026-12-15'].map(
        (date) =>
          `${date},15:00,17:00,2,Amina,Haddad,Hausaufgabenhilfe auf Arabisch,Nordstadt,Alte Feuerwache,${needId}`,
      ),
      '',
    ]);
    const audit = new AuditRepository(createDocumentClient(config), config.tableName);
    expect(
      (await audit.about(amina)).filter((e) => e.action === 'export.read').map((e) => `${e.method} ${e.route}`),
    ).toEqual(['GET /manage/export/:file']);

    const xlsx = await api(app, 'GET', '/api/exports/matches.xlsx?from=2026-12-01&to=2026-12-31', noraToken);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe(
      'attachment; filename="quartiershilfe-matches-all-2026-12-01-2026-12-31.xlsx"',
    );
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect((await audit.about(amina)).filter((e) => e.action === 'export.read')).toHaveLength(2);

    // Needs name nobody: no audit entry; English headers for an English reader.
    const needs = await page(`/manage/export/needs.csv?${query}`, `${cookie}; qh_lang=en`);
    const needsCsv = await needs.text();
    expect(needsCsv).toContain('Title,Quarter,Venue,Kind,Date,Until,Weekday,Start,End,Places,Accepted');
    expect(needsCsv).toContain('Hausaufgabenhilfe auf Arabisch,Nordstadt,Alte Feuerwache,weekly,2026-12-01,2027-03-30');
    expect(needsCsv).not.toContain('Amina');
    expect((await audit.about(amina)).filter((e) => e.action === 'export.read')).toHaveLength(2);

    const manage = await (await page('/manage', cookie)).text();
    expect(text(manage)).toContain('Tabellen herunterladen');
    expect(manage).toContain('formaction="/manage/export/hours.xlsx"');
  });

  it('speaks English when chosen', async () => {
    const response = await page('/manage/volunteers?language=ar', `${noraCookie}; qh_lang=en`);
    expect(text(await response.text())).toContain('Volunteers of my quarters');
    const week = await page('/manage/week?from=2026-11-30', `${noraCookie}; qh_lang=en`);
    expect(text(await week.text())).toContain('1 of 2 places taken');
  });
});
