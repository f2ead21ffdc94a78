import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';

/** A complete, valid profile form as the browser posts it. */
const validForm = (): Record<string, string | string[]> => ({
  action: 'save',
  version: '',
  slotRows: '3',
  blackoutRows: '3',
  firstName: 'Jonas',
  lastName: 'Becker',
  phone: '',
  lang_de: 'native',
  lang_fa: 'A2',
  skills: ['homework-help', 'sports'],
  quarters: ['ostersbaum'],
  slot0_weekday: 'wed',
  slot0_start: '16:00',
  slot0_end: '18:30',
  slot1_weekday: '',
  slot1_start: '',
  slot1_end: '',
  slot2_weekday: 'sat',
  slot2_start: '10:00',
  slot2_end: '13:00',
  availableFrom: '2026-12-01',
  availableUntil: '',
  blackout0_from: '2027-02-10',
  blackout0_until: '2027-02-20',
  maxHoursPerMonth: '10',
  consent: 'on',
});

describe('profile pages', () => {
  let platform: TestPlatform;
  let account: TestAccount;
  let cookie: string;

  beforeAll(async () => {
    platform = await testPlatform();
    account = await createAccount(platform.config, 'volunteer');
    const signIn = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    cookie = cookieFrom(signIn, 'qh_session') as string;
  });

  const page = (path: string, extraCookie = '') =>
    platform.app.request(path, { headers: { cookie: `${cookie}${extraCookie}` } });

  it('sends anonymous visitors to sign-in and keeps where they wanted to go', async () => {
    const response = await platform.app.request('/profile/edit');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/signin?next=%2Fprofile%2Fedit');
  });

  it('shows errors next to the fields and keeps what was typed', async () => {
    const form = { ...validForm(), slot2_end: '09:00', consent: [], lang_fa: 'A2', maxHoursPerMonth: 'viele' };
    const response = await postForm(platform.app, '/profile/edit', form, cookie);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Das Ende muss nach dem Beginn liegen.');
    expect(html).toMatch(/id="f-slot2_end"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-slot2_end"/);
    expect(html).toContain('Ohne Einwilligung können wir kein Profil speichern.');
    expect(html).toContain('Bitte eine ganze Zahl zwischen 1 und 160 eingeben.');
    expect(html).toContain('value="Jonas"');
    expect(html).toContain('value="viele"');
    expect((await page('/profile')).status).toBe(200);
    expect(await (await page('/profile')).text()).toContain('noch kein Profil');
  });

  it('adds empty slot rows without saving', async () => {
    const response = await postForm(platform.app, '/profile/edit', { ...validForm(), action: 'more-slots' }, cookie);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('name="slot5_weekday"');
    expect(html).toContain('value="Jonas"');
    expect((await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).status).toBe(404);
  });

  it('saves the profile and shows it again, in German and in English', async () => {
    const saved = await postForm(platform.app, '/profile/edit', validForm(), cookie);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/profile?saved=1');
    const german = await (await page('/profile?saved=1')).text();
    expect(german).toContain('Ihr Profil wurde gespeichert.');
    for (const text of [
      'Jonas',
      'Becker',
      'Deutsch: Muttersprache',
      'Persisch (Farsi): A2',
      'Hausaufgabenhilfe',
      'Ostersbaum',
      'Mittwoch 16:00–18:30',
      'Samstag 10:00–13:00',
      '01.12.2026',
      '10.02.2027–20.02.2027',
      '10 Stunden pro Monat',
    ]) {
      expect(german).toContain(text);
    }
    const english = await (await page('/profile', '; qh_lang=en')).text();
    expect(english).toContain('<html lang="en">');
    for (const text of [
      'German: Native',
      'Persian (Farsi): A2',
      'Homework help',
      'Wednesday 16:00–18:30',
      '10 hours per month',
    ]) {
      expect(english).toContain(text);
    }
    const stored = (await (await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).json()) as Record<
      string,
      unknown
    >;
    expect(stored).toMatchObject({
      version: 1,
      languages: [
        { code: 'de', level: 'native' },
        { code: 'fa', level: 'A2' },
      ],
      weeklySlots: [
        { weekday: 'wed', start: '16:00', end: '18:30' },
        { weekday: 'sat', start: '10:00', end: '13:00' },
      ],
      consent: { version: CONSENT.version },
    });
    expect(stored).not.toHaveProperty('availableUntil');
  });

  it('on a stale form keeps the typed values with their version, changes nothing, and saves over the newer version only by choice', async () => {
    const edit = await (await page('/profile/edit')).text();
    expect(edit).toContain('name="version" value="1"');
    // Meanwhile the profile changes elsewhere (version 2).
    const changed = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, {
      firstName: 'Jonas',
      lastName: 'Becker',
      languages: [{ code: 'de', level: 'native' }],
      skills: [],
      quarters: 'all',
      weeklySlots: [{ weekday: 'mon', start: '08:00', end: '09:00' }],
      availableFrom: '2026-12-01',
      blackouts: [],
      maxHoursPerMonth: 4,
      consent: { version: CONSENT.version, accepted: true },
      version: 1,
    });
    expect(changed.status).toBe(200);
    const stale = await postForm(
      platform.app,
      '/profile/edit',
      { ...validForm(), version: '1', firstName: 'Jonathan' },
      cookie,
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Inzwischen an anderer Stelle geändert');
    expect(html).toContain('value="Jonathan"');
    expect(html).toContain('name="version" value="1"');
    expect(html).toContain('name="seenVersion" value="2"');
    expect(await (await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).json()).toMatchObject({
      version: 2,
      firstName: 'Jonas',
      maxHoursPerMonth: 4,
    });
    const overwrite = await postForm(
      platform.app,
      '/profile/edit',
      { ...validForm(), version: '1', seenVersion: '2', action: 'overwrite', firstName: 'Jonathan' },
      cookie,
    );
    expect(overwrite.status).toBe(303);
    expect(await (await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).json()).toMatchObject({
      version: 3,
      firstName: 'Jonathan',
    });
  });

  it('pauses and resumes from the profile page', async () => {
    expect((await postForm(platform.app, '/profile/pause', {}, cookie)).status).toBe(303);
    expect(await (await page('/profile')).text()).toContain('Ihr Profil ist pausiert');
    expect((await postForm(platform.app, '/profile/resume', {}, cookie)).status).toBe(303);
    expect(await (await page('/profile')).text()).toContain('Ihr Profil ist aktiv.');
  });

  it('shows staff a 403 page, not the volunteer pages', async () => {
    const manager = await createAccount(platform.config, 'manager');
    const signIn = await postForm(platform.app, '/signin', { email: manager.email, password: manager.password });
    const response = await platform.app.request('/profile', {
      headers: { cookie: cookieFrom(signIn, 'qh_session') as string },
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Kein Zugriff');
  });

  it('answers unknown pages with a 404 page and unknown API routes with JSON', async () => {
    const pageResponse = await platform.app.request('/nirgendwo');
    expect(pageResponse.status).toBe(404);
    expect(await pageResponse.text()).toContain('Seite nicht gefunden');
    const apiResponse = await platform.app.request('/api/nothing');
    expect(apiResponse.status).toBe(404);
    expect(await apiResponse.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('switches the language with a cookie and only redirects within the site', async () => {
    const response = await platform.app.request('/lang/en?next=/profile');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/profile');
    expect(response.headers.getSetCookie()[0]).toMatch(/^qh_lang=en;/);
    const offsite = await platform.app.request('/lang/en?next=https://evil.example');
    expect(offsite.headers.get('location')).toBe('/');
  });

  it('deletes the profile (withdrawal of consent)', async () => {
    expect((await postForm(platform.app, '/profile/delete', { confirm: 'yes' }, cookie)).status).toBe(303);
    expect((await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).status).toBe(404);
  });
});
