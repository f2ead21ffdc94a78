import { beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
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

/** A fixed clock: never the machine's time. 10:00 UTC is 11:00 in Berlin. */
const NOW = new Date('2026-11-24T10:00:00Z');

interface Person extends TestAccount {
  cookie: string;
}

/** Text without tags and with collapsed spaces, for reading the page like a person. */
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe("volunteers' need page and the forms' language, limits and errors", () => {
  let platform: TestPlatform;
  let manager: Person;
  let amina: Person;
  let outsider: Person;
  let needId: string;
  let draftId: string;
  let ostersbaumDraftId: string;
  let ostersbaumOpenId: string;

  const signIn = async (account: TestAccount): Promise<Person> => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return { ...account, cookie: cookieFrom(response, 'qh_session') as string };
  };
  const get = (path: string, who: Person) =>
    Promise.resolve(platform.app.request(path, { headers: { cookie: who.cookie } }));
  const ok = async (response: Response | Promise<Response>, status = 200) => {
    const answer = await response;
    expect(answer.status).toBe(status);
    return answer.json();
  };
  /** A need of the manager's, published unless `draft`. */
  const postNeed = async (overrides: Record<string, unknown>, draft = false): Promise<string> => {
    const created = await ok(api(platform.app, 'POST', '/api/needs', manager.idToken, needInput(overrides)), 201);
    if (!draft)
      await ok(
        api(platform.app, 'POST', `/api/needs/${created.needId}/status`, manager.idToken, {
          action: 'publish',
          version: 1,
        }),
      );
    return created.needId;
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW });
    const db = createDocumentClient(platform.config);
    const managerAccount = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({
      userId: managerAccount.userId,
      quarters: ['nordstadt', 'ostersbaum'],
    });
    manager = await signIn(managerAccount);
    const volunteer = async (overrides: Record<string, unknown>) => {
      const account = await createAccount(platform.config, 'volunteer');
      await ok(api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, profileInput(overrides)), 201);
      return signIn(account);
    };
    amina = await volunteer({ firstName: 'Amina' });
    outsider = await volunteer({ firstName: 'Olga', quarters: ['ostersbaum'] });
    await platform.settle();

    needId = await postNeed({
      title: 'Hausaufgabenhilfe auf Arabisch',
      description: 'Grundschulkinder, dienstags',
      niceToHaveSkills: ['music'],
      involvesMinors: false,
      minSharePercent: 80,
    });
    draftId = await postNeed({ title: 'Noch ein Entwurf' }, true);
    ostersbaumDraftId = await postNeed(
      { title: 'Entwurf in Ostersbaum', quarterId: 'ostersbaum', venueId: 'nachbarschaftsheim' },
      true,
    );
    ostersbaumOpenId = await postNeed({
      title: 'Offen in Ostersbaum',
      quarterId: 'ostersbaum',
      venueId: 'nachbarschaftsheim',
    });
    await ok(
      api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.idToken, {
        volunteerIds: [amina.userId],
      }),
    );
  });

  it("shows an invitation's need to the volunteer: what, where with the address, when, skills, languages, children, whom to ask", async () => {
    const dashboard = await (await get('/dashboard', amina)).text();
    // The invitation card says what the open-need cards say, and links to the need's page.
    const card = text(
      dashboard.slice(dashboard.indexOf('id="h-invitations"'), dashboard.indexOf('id="h-commitments"')),
    );
    expect(card).toContain('Nötige Fähigkeiten: Hausaufgabenhilfe');
    expect(card).toContain('Sprachen: Arabisch');
    expect(dashboard).toContain(`href="/dashboard/needs/${needId}"`);

    const response = await get(`/dashboard/needs/${needId}`, amina);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = text(await response.text());
    expect(page).toContain('Hausaufgabenhilfe auf Arabisch');
    expect(page).toContain('Grundschulkinder, dienstags');
    expect(page).toContain('Alte Feuerwache, Nordstadt');
    expect(page).toContain('Gathe 6 42107 Wuppertal');
    expect(page).toContain('jeden Dienstag, 15:00–17:00 Uhr, vom 01.12.2026 bis 23.02.2027 (13 Termine)');
    expect(page).toContain('mindestens 80 %');
    expect(page).toContain('Hausaufgabenhilfe');
    expect(page).toContain('Musik');
    expect(page).toContain('Arabisch');
    expect(page).toMatch(/Mit Kindern oder Jugendlichen Nein/);
    expect(page).toContain(manager.email);
    expect(page).toContain('eingeladen');
  });

  it('accepts from the need page and comes back to it with the dates of the commitment', async () => {
    const page = await (await get(`/dashboard/needs/${needId}`, amina)).text();
    expect(page).toContain(`action="/dashboard/needs/${needId}/accept"`);
    expect(page).toContain('name="from" value="need"');
    const accepted = await postForm(platform.app, `/dashboard/needs/${needId}/accept`, { from: 'need' }, amina.cookie);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`/dashboard/needs/${needId}?notice=accept`);
    const after = text(await (await get(`/dashboard/needs/${needId}?notice=accept`, amina)).text());
    expect(after).toContain('Danke für Ihre Zusage!');
    expect(after).toContain('01.12.2026');
    // Without `from`, the dashboard's buttons still lead back to the dashboard.
    const declined = await postForm(platform.app, `/dashboard/needs/${draftId}/decline`, {}, amina.cookie);
    expect(declined.headers.get('location') ?? '').not.toContain('/dashboard/needs/');
  });

  it('answers 404 for needs the volunteer may not see: not open, another quarter, unknown; staff get 403', async () => {
    // Open in one of her quarters, without a match: she may see it and offer.
    const open = await postNeed({ title: 'Offen in Nordstadt' });
    expect((await get(`/dashboard/needs/${open}`, amina)).status).toBe(200);
    expect((await get(`/dashboard/needs/${draftId}`, amina)).status).toBe(404);
    expect((await get(`/dashboard/needs/${ostersbaumDraftId}`, amina)).status).toBe(404);
    expect((await get(`/dashboard/needs/${ostersbaumOpenId}`, amina)).status).toBe(404);
    expect((await get(`/dashboard/needs/${ostersbaumOpenId}`, outsider)).status).toBe(200);
    // Her need is not open to another volunteer of another quarter.
    expect((await get(`/dashboard/needs/${needId}`, outsider)).status).toBe(404);
    expect((await get('/dashboard/needs/00000000-0000-4000-8000-000000000000', amina)).status).toBe(404);
    expect((await get('/dashboard/needs/not-a-need', amina)).status).toBe(404);
    expect((await get(`/dashboard/needs/${needId}`, manager)).status).toBe(403);
  });

  it('keeps a half-filled profile form when the language is switched, and saves nothing', async () => {
    const empty = await (await get('/profile/edit', outsider)).text();
    // The switch is a button of the form (it posts what was typed), after a plain default submit.
    expect(empty).toContain('form="profile-form" name="switchLang" value="en"');
    expect(empty.indexOf('class="default-submit"')).toBeLessThan(empty.indexOf('name="switchLang"'));
    const response = await postForm(
      platform.app,
      '/profile/edit',
      { switchLang: 'en', version: '', firstName: 'Olga', lastName: 'Halbfertig', phone: '0202 123', lang_ru: 'B1' },
      outsider.cookie,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toContain('qh_lang=en');
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('value="Halbfertig"');
    expect(html).toContain('value="0202 123"');
    expect(html).toMatch(/value="B1"[^>]*selected|selected[^>]*value="B1"/);
    expect(html).not.toContain('role="alert"');
    const stored = await ok(api(platform.app, 'GET', '/api/volunteers/me', outsider.idToken));
    expect(stored.lastName).not.toBe('Halbfertig');
  });

  it('keeps the e-mail typed on the sign-in form when the language is switched', async () => {
    const response = await postForm(platform.app, '/signin', {
      switchLang: 'en',
      email: 'typed@example.org',
      password: 'x',
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('value="typed@example.org"');
    expect(html).not.toContain('value="x"');
  });

  it("answers in the browser's language right to left, and switches to any of the six keeping the typing", async () => {
    const arabic = await platform.app.request('/signin', {
      headers: { 'accept-language': 'fr-FR, ar-SY;q=0.9, de;q=0.8' },
    });
    const page = await arabic.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.headers.get('vary')).toContain('Accept-Language');
    // The menu offers every language, each named in itself; the chosen cookie beats the browser.
    for (const code of ['de', 'en', 'fa', 'tr', 'uk']) expect(page).toContain(`name="switchLang" value="${code}"`);
    const chosen = await platform.app.request('/signin', {
      headers: { 'accept-language': 'ar', cookie: 'qh_lang=uk' },
    });
    expect(await chosen.text()).toContain('<html lang="uk">');
    const response = await postForm(platform.app, '/signin', {
      switchLang: 'fa',
      email: 'typed@example.org',
      password: 'x',
    });
    expect(response.headers.get('set-cookie')).toContain('qh_lang=fa');
    const farsi = await response.text();
    expect(farsi).toContain('<html lang="fa" dir="rtl">');
    expect(farsi).toContain('value="typed@example.org"');
  });

  it('gives text fields their limit and names it when a value is too long', async () => {
    const form = await (await get('/manage/needs/new', manager)).text();
    expect(form).toMatch(/name="title"[^>]*maxlength="120"|maxlength="120"[^>]*name="title"/);
    expect(form).toMatch(/name="description"[^>]*maxlength="2000"/);
    const profile = await (await get('/profile/edit', amina)).text();
    expect(profile).toMatch(/name="firstName"[^>]*maxlength="80"|maxlength="80"[^>]*name="firstName"/);
    const response = await postForm(
      platform.app,
      '/manage/needs/new',
      {
        title: 'x'.repeat(121),
        description: '',
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        scheduleKind: 'once',
        onceDate: '2026-12-10',
        onceStart: '15:00',
        onceEnd: '17:00',
        places: '1',
      },
      manager.cookie,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Bitte höchstens 120 Zeichen.');
  });

  it('reports a future inspection date together with the other mistakes of the safeguarding form', async () => {
    const response = await postForm(
      platform.app,
      '/admin/safeguarding',
      { volunteerId: amina.userId, inspectedOn: '2026-12-24', issuedOn: '2026-11-01' },
      manager.cookie,
    );
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Bitte Ja oder Nein wählen.');
    expect(page).toContain('Das Datum darf nicht in der Zukunft liegen.');
  });
});
