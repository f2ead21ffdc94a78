import { beforeAll, describe, expect, it } from 'vitest';
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

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
const NOW = new Date('2026-11-24T10:00:00Z');
const ADDRESS = { street: 'Ostersbaumer Straße 12', postcode: '42107', city: 'Wuppertal' };

describe('admin: the catalogue (quarters, venues with addresses, skills)', () => {
  let platform: TestPlatform;
  let admin: TestAccount;
  let adminCookie: string;
  let manager: TestAccount;

  const signIn = async (account: TestAccount) => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const page = async (path: string, cookie: string) => {
    const response = await platform.app.request(path, { headers: { cookie } });
    expect(response.status, path).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW, ownUserPool: true });
    admin = await createAccount(platform.config, 'admin');
    adminCookie = await signIn(admin);
    manager = await createAccount(platform.config, 'manager');
    const assigned = await api(platform.app, 'PUT', `/api/admin/staff/${manager.userId}`, admin.accessToken, {
      role: 'manager',
      quarters: ['ostersbaum', 'nordstadt'],
    });
    expect(assigned.status).toBe(200);
  });

  it('adds a venue with its address to Ostersbaum and a skill; a manager posts a need with both at once', async () => {
    const venue = await api(platform.app, 'POST', '/api/admin/venues', admin.accessToken, {
      quarterId: 'ostersbaum',
      name: 'Stadtteiltreff Ostersbaum',
      address: ADDRESS,
    });
    expect(venue.status).toBe(201);
    expect(await json(venue)).toMatchObject({ id: 'stadtteiltreff-ostersbaum', retired: false, version: 1 });
    const skill = await api(platform.app, 'POST', '/api/admin/skills', admin.accessToken, {
      de: 'Nähcafé',
      en: 'Sewing café',
    });
    expect(skill.status).toBe(201);
    expect((await json(skill)).id).toBe('sewing-cafe');
    // The same id again is a conflict, not a second entry.
    expect(
      (await api(platform.app, 'POST', '/api/admin/skills', admin.accessToken, { de: 'Nähen', en: 'Sewing café' }))
        .status,
    ).toBe(409);

    // Within the same process the change is seen at once (the cache was dropped): the need saves.
    const need = await api(
      platform.app,
      'POST',
      '/api/needs',
      manager.accessToken,
      needInput({ quarterId: 'ostersbaum', venueId: 'stadtteiltreff-ostersbaum', requiredSkills: ['sewing-cafe'] }),
    );
    expect(need.status).toBe(201);

    // The public catalogue lists the venue, with its address, under its quarter, and the skill.
    const { quarters } = await json(await api(platform.app, 'GET', '/api/quarters'));
    const ostersbaum = quarters.find((quarter: Json) => quarter.id === 'ostersbaum');
    expect(ostersbaum.venues).toContainEqual({
      id: 'stadtteiltreff-ostersbaum',
      quarterId: 'ostersbaum',
      name: 'Stadtteiltreff Ostersbaum',
      address: ADDRESS,
    });
    expect(ostersbaum.venues.find((entry: Json) => entry.id === 'nachbarschaftsheim').address.city).toBe('Wuppertal');
    const { skills } = await json(await api(platform.app, 'GET', '/api/skills'));
    expect(skills.map((entry: Json) => entry.id)).toContain('sewing-cafe');
  });

  it('refuses a venue of another quarter, naming the venue and both quarters', async () => {
    const refused = await api(
      platform.app,
      'POST',
      '/api/needs',
      manager.accessToken,
      needInput({ quarterId: 'nordstadt', venueId: 'nachbarschaftsheim' }),
    );
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.issues).toContainEqual(
      expect.objectContaining({ path: 'venueId', code: 'venue_in_other_quarter' }),
    );
    // The need form groups the venues by quarter, and names both quarters when the venue is wrong.
    const managerCookie = await signIn(manager);
    const form = await page('/manage/needs/new', managerCookie);
    expect(form).toContain('<optgroup label="Ostersbaum">');
    const posted = await postForm(
      platform.app,
      '/manage/needs/new',
      {
        version: '',
        title: 'Hausaufgabenhilfe',
        description: '',
        quarterId: 'nordstadt',
        venueId: 'nachbarschaftsheim',
        scheduleKind: 'once',
        onceDate: '2026-12-08',
        onceStart: '15:00',
        onceEnd: '17:00',
        places: '2',
        requiredSkills: ['homework-help'],
      },
      managerCookie,
    );
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain(
      '„Nachbarschaftsheim“ liegt in Ostersbaum, nicht in Nordstadt. Bitte einen Ort in Nordstadt wählen.',
    );
  });

  it('retires a skill: not offered any more, but a profile that has it still saves', async () => {
    const volunteer = await createAccount(platform.config, 'volunteer');
    const created = await api(
      platform.app,
      'PUT',
      '/api/volunteers/me',
      volunteer.idToken,
      profileInput({ skills: ['music', 'homework-help'] }),
    );
    expect(created.status).toBe(201);
    const retired = await api(platform.app, 'PUT', '/api/admin/skills/music', admin.accessToken, {
      de: 'Musik',
      en: 'Music',
      retired: true,
      version: 1,
    });
    expect(retired.status).toBe(200);

    // The profile with the retired skill saves again; a new profile cannot pick it.
    const saved = await api(
      platform.app,
      'PUT',
      '/api/volunteers/me',
      volunteer.idToken,
      profileInput({ skills: ['music', 'homework-help'], firstName: 'Renamed', version: 1 }),
    );
    expect(saved.status).toBe(200);
    expect((await json(saved)).skills).toEqual(['music', 'homework-help']);
    const newcomer = await createAccount(platform.config, 'volunteer');
    const refused = await api(
      platform.app,
      'PUT',
      '/api/volunteers/me',
      newcomer.idToken,
      profileInput({ skills: ['music'] }),
    );
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.issues[0]).toMatchObject({ path: 'skills.0', code: 'unknown_skill' });

    // Not offered: the public catalogue, a new profile's form; the profile that has it keeps its box.
    const { skills } = await json(await api(platform.app, 'GET', '/api/skills'));
    expect(skills.map((entry: Json) => entry.id)).not.toContain('music');
    expect(await page('/profile', await signIn(newcomer))).not.toContain('value="music"');
    const volunteerCookie = await signIn(volunteer);
    expect(await page('/profile/edit', volunteerCookie)).toMatch(/value="music"[^>]*checked/);
    expect(await page('/profile', volunteerCookie)).toContain('<dd>Musik, Hausaufgabenhilfe</dd>');
  });

  it('a retired venue is not offered for new needs; an existing need keeps it', async () => {
    const need = await json(
      await api(
        platform.app,
        'POST',
        '/api/needs',
        manager.accessToken,
        needInput({ venueId: 'alte-feuerwache-cafe' }),
      ),
    );
    const entries = await json(await api(platform.app, 'GET', '/api/admin/catalog', admin.accessToken));
    const cafe = entries.venues.find((venue: Json) => venue.id === 'alte-feuerwache-cafe');
    const retired = await api(platform.app, 'PUT', '/api/admin/venues/alte-feuerwache-cafe', admin.accessToken, {
      name: cafe.name,
      address: cafe.address,
      retired: true,
      version: cafe.version,
    });
    expect(retired.status).toBe(200);
    const fresh = await api(
      platform.app,
      'POST',
      '/api/needs',
      manager.accessToken,
      needInput({ venueId: 'alte-feuerwache-cafe', title: 'Neu' }),
    );
    expect(fresh.status).toBe(400);
    const edited = await api(platform.app, 'PUT', `/api/needs/${need.needId}`, manager.accessToken, {
      ...needInput({ venueId: 'alte-feuerwache-cafe', title: 'Hausaufgabenhilfe im Café' }),
      version: need.version,
    });
    expect(edited.status).toBe(200);
    const managerCookie = await signIn(manager);
    expect(await page('/manage/needs/new', managerCookie)).not.toContain('value="alte-feuerwache-cafe"');
    // The need's own edit form still offers (and has chosen) its retired venue, so it saves unchanged.
    expect(await page(`/manage/needs/${need.needId}/edit`, managerCookie)).toMatch(
      /<option value="alte-feuerwache-cafe" selected/,
    );
  });

  it('a conflicting edit gets 409; the page keeps what was typed and shows what is stored', async () => {
    const first = await api(platform.app, 'PUT', '/api/admin/quarters/heckinghausen', admin.accessToken, {
      name: 'Heckinghausen',
      district: 'Heckinghausen (Bezirk)',
      programme: 'soziale-stadt',
      retired: false,
      version: 1,
    });
    expect(first.status).toBe(200);
    const stale = await api(platform.app, 'PUT', '/api/admin/quarters/heckinghausen', admin.accessToken, {
      name: 'Heckinghausen-Mitte',
      district: 'Heckinghausen',
      programme: 'soziale-stadt',
      retired: false,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.currentVersion).toBe(2);

    const typed = {
      'quarter-heckinghausen.name': 'Heckinghausen am Bach',
      'quarter-heckinghausen.district': 'Heckinghausen',
      'quarter-heckinghausen.programme': 'soziale-stadt',
      'quarter-heckinghausen.version': '1',
      action: 'save',
    };
    const conflict = await postForm(platform.app, '/admin/catalog/quarters/heckinghausen', typed, adminCookie);
    expect(conflict.status).toBe(409);
    const body = await conflict.text();
    expect(body).toContain('value="Heckinghausen am Bach"');
    expect(body).toContain('Heckinghausen (Bezirk)');
    expect(body).toContain('name="seenVersion" value="2"');
    // "Keep mine" saves over the version now seen.
    const kept = await postForm(
      platform.app,
      '/admin/catalog/quarters/heckinghausen',
      { ...typed, action: 'overwrite', seenVersion: '2' },
      adminCookie,
    );
    expect(kept.status).toBe(303);
    expect(kept.headers.get('location')).toBe('/admin/catalog?notice=saved#quarter-heckinghausen');
    expect(await page('/admin/catalog', adminCookie)).toContain('Heckinghausen am Bach');
  });

  it('the catalogue page adds a venue and keeps the typing when a field is wrong', async () => {
    const typed = {
      'venue-new.quarterId': 'ostersbaum',
      'venue-new.name': 'Elterncafé Ostersbaum',
      'venue-new.street': 'Platz der Republik 26',
      'venue-new.postcode': '4210',
      'venue-new.city': 'Wuppertal',
    };
    const wrong = await postForm(platform.app, '/admin/catalog/venues', typed, adminCookie);
    expect(wrong.status).toBe(400);
    const body = await wrong.text();
    expect(body).toContain('Bitte eine fünfstellige Postleitzahl angeben.');
    expect(body).toContain('value="Elterncafé Ostersbaum"');
    const added = await postForm(
      platform.app,
      '/admin/catalog/venues',
      { ...typed, 'venue-new.postcode': '42107' },
      adminCookie,
    );
    expect(added.status).toBe(303);
    const catalogPage = await platform.app.request('/admin/catalog', { headers: { cookie: adminCookie } });
    expect(catalogPage.headers.get('cache-control')).toBe('no-store');
    expect(await catalogPage.text()).toContain('Platz der Republik 26, 42107 Wuppertal');
    expect(await page('/manage/needs/new', await signIn(manager))).toContain('value="elterncafe-ostersbaum"');
  });

  it('only admins reach the catalogue', async () => {
    expect((await api(platform.app, 'GET', '/api/admin/catalog', manager.accessToken)).status).toBe(403);
    expect(
      (
        await api(platform.app, 'POST', '/api/admin/skills', manager.accessToken, {
          de: 'X',
          en: 'X',
          extra: true,
        })
      ).status,
    ).toBe(403);
    const strict = await api(platform.app, 'POST', '/api/admin/skills', admin.accessToken, {
      de: 'Schach',
      en: 'Chess',
      extra: true,
    });
    expect(strict.status).toBe(400);
  });
});
