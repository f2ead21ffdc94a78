import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalApp } from '../../infra/local/server.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { SafeguardingRepository } from '../../shared/safeguarding/safeguarding-repository.ts';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { profileInput } from '../support/fixtures.ts';

/** A fixed clock: never the machine's time. 10:00 UTC is 11:00 in Berlin. */
const NOW = new Date('2026-11-24T10:00:00Z');

const profile = profileInput;

/** The need form as the browser posts it: both schedule groups are sent, the radio decides. */
const needForm = (overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  version: '',
  title: 'Hausaufgabenhilfe auf Arabisch',
  description: 'Grundschulkinder, dienstags in der Alten Feuerwache',
  quarterId: 'nordstadt',
  venueId: 'alte-feuerwache',
  scheduleKind: 'weekly',
  onceDate: '',
  onceStart: '',
  onceEnd: '',
  weekday: 'tue',
  weeklyStart: '15:00',
  weeklyEnd: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-02-23',
  places: '2',
  requiredSkills: ['homework-help'],
  niceToHaveSkills: ['music'],
  languages: ['ar'],
  involvesMinors: 'on',
  ...overrides,
});

interface Person extends TestAccount {
  cookie: string;
}

describe('need pages (manager and volunteer)', () => {
  let platform: TestPlatform;
  let manager: Person;
  let amina: Person;
  let farah: Person;
  let darya: Person;
  let basel: TestAccount;
  let needId: string;
  /** A one-off need of one place, filled by Farah (from "renders a full need …" on). */
  let small: string;

  const signIn = async (account: TestAccount): Promise<Person> => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return { ...account, cookie: cookieFrom(response, 'qh_session') as string };
  };

  const get = (path: string, who: Person, extraCookie = '') =>
    Promise.resolve(platform.app.request(path, { headers: { cookie: `${who.cookie}${extraCookie}` } }));

  const html = async (path: string, who: Person, extraCookie = '') => {
    const response = await get(path, who, extraCookie);
    expect(response.status).toBe(200);
    return response.text();
  };

  /** Text without tags and with collapsed spaces, for reading the page like a person. */
  const text = (page: string) =>
    page
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ');

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW });
    const db = createDocumentClient(platform.config);
    const safeguarding = new SafeguardingRepository(db, platform.config.tableName);
    const managerAccount = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({
      userId: managerAccount.userId,
      quarters: ['nordstadt'],
    });
    manager = await signIn(managerAccount);

    const volunteer = async (overrides: Record<string, unknown>, checked = true) => {
      const account = await createAccount(platform.config, 'volunteer');
      expect((await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, profile(overrides))).status).toBe(
        201,
      );
      if (checked) {
        await safeguarding.put({
          volunteerId: account.userId,
          inspectedOn: '2026-11-10',
          issuedOn: '2026-10-20',
          relevantConviction: false,
          inspectedBy: managerAccount.userId,
          recordedAt: NOW.toISOString(),
          expiresAt: Math.floor(new Date('2027-06-30').getTime() / 1000),
        });
      }
      return account;
    };
    amina = await signIn(await volunteer({ firstName: 'Amina' }));
    farah = await signIn(
      await volunteer({
        firstName: 'Farah',
        languages: [{ code: 'ar', level: 'B2' }],
        skills: ['homework-help', 'music'],
      }),
    );
    basel = await volunteer({ firstName: 'Basel' }, false);
    const chadi = await volunteer({ firstName: 'Chadi' });
    await api(platform.app, 'POST', '/api/volunteers/me/pause', chadi.idToken);
    darya = await signIn(
      await volunteer({ firstName: 'Darya', languages: [{ code: 'fa', level: 'native' }], quarters: 'all' }),
    );
    await volunteer({ firstName: 'Emre', weeklySlots: [{ weekday: 'tue', start: '16:00', end: '18:00' }] });
    // Away on 4 of the need's 13 Tuesdays: below its (default) share of 75 %, 10 dates.
    await volunteer({ firstName: 'Ilias', blackouts: [{ from: '2026-12-08', until: '2026-12-29' }] });
    // The candidate index follows profiles and checks through the table's stream.
    await platform.settle();
  });

  it('keeps volunteers and anonymous visitors out of the manager pages, and managers out of the dashboard', async () => {
    const anonymous = await platform.app.request('/manage');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/signin?next=%2Fmanage');
    const volunteer = await get('/manage', amina);
    expect(volunteer.status).toBe(403);
    expect(await volunteer.text()).toContain('Kein Zugriff');
    expect((await get('/manage/needs/new', amina)).status).toBe(403);
    expect((await get('/dashboard', manager)).status).toBe(403);
    expect((await get('/manage/needs/not-a-need', manager)).status).toBe(404);
  });

  it('shows field errors for a bad need form and keeps what was typed', async () => {
    const empty = await html('/manage/needs/new', manager);
    expect(empty).toContain('<option value="alte-feuerwache"');
    expect(empty).not.toContain('value="ot-hoehe"');
    expect(empty).toContain('href="/manage"');
    const response = await postForm(
      platform.app,
      '/manage/needs/new',
      needForm({ title: '', weeklyEnd: '14:00', places: 'viele', quarterId: 'heckinghausen' }),
      manager.cookie,
    );
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Bitte ausfüllen.');
    expect(page).toContain('Das Ende muss nach dem Beginn liegen.');
    expect(page).toContain('Bitte eine ganze Zahl zwischen 1 und 50 eingeben.');
    expect(page).toContain('Bitte eines Ihrer Quartiere wählen.');
    expect(page).toMatch(/id="f-weeklyEnd"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-weeklyEnd"/);
    expect(page).toContain('href="#f-weeklyEnd"');
    expect(page).toContain('value="viele"');
    expect(page).toContain('Grundschulkinder, dienstags in der Alten Feuerwache</textarea>');
    expect(page).toMatch(/value="music"[^>]*checked|checked[^>]*value="music"/);

    const wrongVenue = await postForm(
      platform.app,
      '/manage/needs/new',
      needForm({ venueId: 'ot-hoehe' }),
      manager.cookie,
    );
    expect(wrongVenue.status).toBe(400);
    expect(await wrongVenue.text()).toContain(
      '„Offene Tür (OT) Höhe“ liegt in Höhe, nicht in Nordstadt. Bitte einen Ort in Nordstadt wählen.',
    );
    expect(
      ((await (await api(platform.app, 'GET', '/api/needs', manager.accessToken)).json()) as { needs: [] }).needs,
    ).toEqual([]);
  });

  it('creates a weekly need through the form and publishes it', async () => {
    const created = await postForm(platform.app, '/manage/needs/new', needForm(), manager.cookie);
    expect(created.status).toBe(303);
    const location = created.headers.get('location') as string;
    expect(location).toMatch(/^\/manage\/needs\/[0-9a-f-]{36}\?notice=created$/);
    needId = location.split('/')[3]?.split('?')[0] as string;
    const draft = text(await html(location, manager));
    expect(draft).toContain('Entwurf');
    expect(draft).toContain('0 von 2 Plätzen vergeben');
    expect(draft).toContain('jeden Dienstag, 15:00–17:00 Uhr, vom 01.12.2026 bis 23.02.2027 (13 Termine)');
    expect(draft).toContain('Alte Feuerwache, Nordstadt');

    const published = await postForm(
      platform.app,
      `/manage/needs/${needId}/status`,
      { action: 'publish', version: '1' },
      manager.cookie,
    );
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toBe(`/manage/needs/${needId}?notice=publish`);
    const list = text(await html('/manage', manager));
    expect(list).toContain('Offen (1)');
    expect(list).toContain('Hausaufgabenhilfe auf Arabisch');
    expect(list).toContain('0 von 2 Plätzen vergeben');
  });

  it('keeps typed values on a stale edit, with their version, and shows what is stored now', async () => {
    const edit = await html(`/manage/needs/${needId}/edit`, manager);
    expect(edit).toContain('name="version" value="2"');
    const stale = await postForm(
      platform.app,
      `/manage/needs/${needId}/edit`,
      needForm({ version: '1', title: 'Neuer Titel' }),
      manager.cookie,
    );
    expect(stale.status).toBe(409);
    const page = await stale.text();
    expect(page).toContain('Inzwischen an anderer Stelle geändert');
    expect(page).toContain('value="Neuer Titel"');
    expect(page).toContain('name="version" value="1"');
    expect(page).toContain('name="seenVersion" value="2"');
  });

  it('shows ranked candidates with explanations and the excluded ones with every reason', async () => {
    const page = text(await html(`/manage/needs/${needId}`, manager));
    expect(page).toContain('Vorschläge (2)');
    // Farah: music +10, Arabic B2 +8, fair spread +10, every date +10 = 38; Amina: Arabic native +14, +10, +10 = 34.
    expect(page.indexOf('1. Farah')).toBeGreaterThan(-1);
    expect(page.indexOf('1. Farah')).toBeLessThan(page.indexOf('2. Amina'));
    for (const line of [
      'Wunsch-Fähigkeiten: Musik +10',
      'Sprache: Arabisch (B2) +8',
      'Sprache: Arabisch (Muttersprache) +14',
      'Kontinuität: hat hier noch nicht geholfen +0',
      'Ausgewogene Verteilung: 0 Std. in 30 Tagen +10',
      'Wunsch-Fähigkeiten: keine +0',
      'Termine: kann an allen +10',
    ]) {
      expect(page).toContain(line);
    }
    // Basel (no check), Chadi (paused) and Emre (free only from 16:00) are not in the need's
    // part of the candidate index; the page says who is read at all.
    expect(page).toContain('Nicht vorgeschlagen (2)');
    expect(page).toContain('Darya spricht keine der gewünschten Sprachen');
    expect(page).toContain(
      'Ilias kann nur an 9 von 13 Terminen (nötig: 10), nicht am 08.12.2026, 15.12.2026, 22.12.2026, …',
    );
    for (const name of ['Basel', 'Chadi', 'Emre']) expect(page).not.toContain(name);
    expect(page).toContain(
      'eine gültige Einsichtnahme in das erweiterte Führungszeugnis eingetragen ist. Wer hier fehlt',
    );
    // What reading the candidates cost is for developers (SHOW_QUERY_COST on npm start), not for managers.
    expect(page).not.toContain('gelesene Einträge');
    const developers = await createLocalApp(
      { ...platform.config, showQueryCost: true },
      { outboxFile: platform.outboxFile, clock: () => NOW },
    );
    const costly = await developers.request(`/manage/needs/${needId}`, { headers: { cookie: manager.cookie } });
    expect(text(await costly.text())).toMatch(/gelesene Einträge: \d+, Kapazitätseinheiten: [\d,]+, Kandidaten: 4/);

    // On request the page also reads those who lack only a valid check, with a link to record one.
    const widerRaw = await html(`/manage/needs/${needId}?withoutCheck=1`, manager);
    const wider = text(widerRaw);
    expect(page).toContain('Auch zeigen, wem nur eine gültige Einsichtnahme in das erweiterte Führungszeugnis fehlt');
    // Read without the check, the need asks only Arabic: the index reads its speakers alone, and the page says so.
    expect(wider).toContain('Nicht vorgeschlagen (2)');
    expect(wider).toContain('Basel keine gültige Einsichtnahme in das erweiterte Führungszeugnis');
    expect(wider).toContain('und eine der gewünschten Sprachen sprechen. Wer hier fehlt');
    expect(wider).not.toContain('Darya');
    // The manager records it on Basel's page; an admin (no quarters of their own) on the safeguarding page.
    const baselPage = `/manage/volunteers/${encodeURIComponent(basel.userId)}`;
    expect(widerRaw).toContain(`href="${baselPage}#h-safeguarding"`);
    expect(await html(baselPage, manager)).toContain(`action="${baselPage}/safeguarding"`);
    const admin = await signIn(await createAccount(platform.config, 'admin'));
    expect(await html(`/manage/needs/${needId}?withoutCheck=1`, admin)).toContain(
      `href="/admin/safeguarding?volunteerId=${encodeURIComponent(basel.userId)}"`,
    );
    expect(wider).toContain('Nur Ehrenamtliche mit gültiger Einsichtnahme lesen');
    expect(wider).not.toContain('Chadi');

    const english = text(await html(`/manage/needs/${needId}`, manager, '; qh_lang=en'));
    expect(english).toContain('Language: Arabic (Native) +14');
    expect(english).toContain('Fair spread: 0 h in 30 days +10');
    expect(english).toContain('Darya speaks none of the languages');
    expect(english).toContain('Anyone not listed here cannot be proposed.');
  });

  it('invites through the page, and says in words why someone cannot be invited', async () => {
    const notEligible = await postForm(
      platform.app,
      `/manage/needs/${needId}/invite`,
      { volunteerIds: [basel.userId] },
      manager.cookie,
    );
    expect(notEligible.status).toBe(409);
    const refused = text(await notEligible.text());
    expect(refused).toContain('Eingeladen: 0. Nicht eingeladen:');
    // Basel is not on the page (not in the need's part of the index), so the message cannot name
    // him; it must not call him "Quartiersmanagement" either.
    expect(refused).toContain(
      'Eine ehrenamtliche Person: Nicht alle Voraussetzungen sind erfüllt:; keine gültige Einsichtnahme in das erweiterte Führungszeugnis',
    );

    const nobody = await postForm(platform.app, `/manage/needs/${needId}/invite`, {}, manager.cookie);
    expect(nobody.status).toBe(400);
    expect(await nobody.text()).toContain('Bitte wählen Sie mindestens eine Person');

    const invited = await postForm(
      platform.app,
      `/manage/needs/${needId}/invite`,
      { volunteerIds: [amina.userId] },
      manager.cookie,
    );
    expect(invited.status).toBe(303);
    expect(invited.headers.get('location')).toBe(`/manage/needs/${needId}?notice=invited&n=1`);
    const raw = await html(`/manage/needs/${needId}?notice=invited&n=1`, manager);
    expect(raw).not.toContain(`value="${amina.userId}"`);
    expect(raw).toContain(`value="${farah.userId}"`);
    const page = text(raw);
    expect(page).toContain('Eingeladen: 1.');
    expect(page).toContain('Amina eingeladen Antwort bis 27.11.2026, 11:00 Stornieren');
  });

  it('lets the volunteer accept the invitation on the dashboard', async () => {
    const before = text(await html('/dashboard', amina));
    expect(before).toContain('Einladungen (1)');
    expect(before).toContain('Hausaufgabenhilfe auf Arabisch');
    expect(before).toContain('Bitte antworten Sie bis 27.11.2026, 11:00.');
    // An invited need is not listed again among the open ones.
    expect(before).toContain('Offene Bedarfe in meinen Quartieren (0)');

    const accepted = await postForm(platform.app, `/dashboard/needs/${needId}/accept`, {}, amina.cookie);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/dashboard?notice=accept');
    const raw = await html('/dashboard?notice=accept', amina);
    const after = text(raw);
    expect(after).toContain('Danke für Ihre Zusage!');
    expect(after).toContain('Einladungen (0)');
    expect(after).toContain('Meine Zusagen (1)');
    expect(raw).toContain('Zurückziehen<span class="sr-only">: Hausaufgabenhilfe auf Arabisch</span>');
  });

  it("shows the manager the fill level and the need's history", async () => {
    const page = text(await html(`/manage/needs/${needId}`, manager));
    expect(page).toContain('1 von 2 Plätzen vergeben');
    expect(page).toContain('Amina zugesagt');
    expect(page).toContain('Verlauf');
    expect(page).toContain('24.11.2026, 11:00 Sie Einladung: Amina (– → eingeladen)');
    expect(page).toContain('24.11.2026, 11:00 Amina Zusage: Amina (eingeladen → zugesagt)');
    // Someone who has accepted is listed among those involved, not as excluded by their own commitment.
    expect(page).not.toContain('Amina überschneidet sich');
  });

  it('renders a full need as a 409 page with a message, never a 500', async () => {
    const created = await postForm(
      platform.app,
      '/manage/needs/new',
      needForm({
        title: 'Elterncafé',
        scheduleKind: 'once',
        onceDate: '2026-12-08',
        // Touches Amina's 15:00–17:00 commitment at 17:00: no overlap.
        onceStart: '17:00',
        onceEnd: '18:00',
        places: '1',
        niceToHaveSkills: [],
        involvesMinors: [],
      }),
      manager.cookie,
    );
    expect(created.status).toBe(303);
    small = (created.headers.get('location') as string).split('/')[3]?.split('?')[0] as string;
    expect(
      (
        await postForm(
          platform.app,
          `/manage/needs/${small}/status`,
          { action: 'publish', version: '1' },
          manager.cookie,
        )
      ).status,
    ).toBe(303);
    const invited = await postForm(platform.app, `/manage/needs/${small}/invite-top`, { top: '4' }, manager.cookie);
    expect(invited.status).toBe(303);
    expect(invited.headers.get('location')).toBe(`/manage/needs/${small}?notice=invited&n=4`);

    expect((await postForm(platform.app, `/dashboard/needs/${small}/accept`, {}, farah.cookie)).status).toBe(303);
    const full = await postForm(platform.app, `/dashboard/needs/${small}/accept`, {}, amina.cookie);
    expect(full.status).toBe(409);
    const page = text(await full.text());
    expect(page).toContain('Diese Einladung ist geschlossen: alle Plätze dieses Bedarfs sind inzwischen besetzt.');
    expect(page).toContain('Meine Übersicht');
    expect(text(await html(`/manage/needs/${small}`, manager))).toContain('1 von 1 Platz vergeben');
  });

  it('lets a volunteer offer help for an open need, and the manager confirm it', async () => {
    const dashboard = text(await html('/dashboard', farah));
    expect(dashboard).toContain('Offene Bedarfe in meinen Quartieren (1)');
    expect(dashboard).toContain('Noch 1 von 2 Plätzen frei');
    expect(dashboard).not.toContain('Passt nicht zu Ihrem Profil');
    // Darya speaks no Arabic: she sees the need and why it does not fit, without an offer button.
    const hers = await html('/dashboard', darya);
    expect(text(hers)).toContain('Passt nicht zu Ihrem Profil: Sie haben keine der gewünschten Sprachen angegeben');
    expect(hers).not.toContain(`/dashboard/needs/${needId}/offer`);
    const offered = await postForm(platform.app, `/dashboard/needs/${needId}/offer`, {}, farah.cookie);
    expect(offered.status).toBe(303);
    expect(text(await html('/dashboard?notice=offer', farah))).toContain('Meine Angebote (1)');

    const page = text(await html(`/manage/needs/${needId}`, manager));
    expect(page).toContain('Farah hat Hilfe angeboten Bestätigen Farah Ablehnen Farah Stornieren Farah');
    const confirmed = await postForm(
      platform.app,
      `/manage/needs/${needId}/matches/${farah.userId}/accept`,
      {},
      manager.cookie,
    );
    expect(confirmed.status).toBe(303);
    const filled = text(await html(`/manage/needs/${needId}?notice=accept`, manager));
    expect(filled).toContain('Das Angebot ist bestätigt.');
    expect(filled).toContain('2 von 2 Plätzen vergeben');
    expect(filled).toContain('besetzt');

    const again = await postForm(
      platform.app,
      `/manage/needs/${needId}/matches/${farah.userId}/decline`,
      {},
      manager.cookie,
    );
    expect(again.status).toBe(409);
    expect(text(await again.text())).toContain('Das geht im jetzigen Stand nicht mehr (Stand: zugesagt).');

    // With people committed, the time can no longer move: the form says so and keeps what was typed.
    const version = /name="version" value="(\d+)"/.exec(await html(`/manage/needs/${needId}/edit`, manager))?.[1];
    const moved = await postForm(
      platform.app,
      `/manage/needs/${needId}/edit`,
      needForm({ version: version as string, weeklyStart: '14:30' }),
      manager.cookie,
    );
    expect(moved.status).toBe(409);
    const form = await moved.text();
    expect(form).toContain('Es gibt schon Zusagen: Datum, Uhrzeit und Ort können nicht mehr geändert werden.');
    expect(form).toContain('value="14:30"');
  });

  it('reads without doubled words or wrong plurals, in German and English', async () => {
    const pages: [string, Person][] = [
      ['/manage', manager],
      [`/manage/needs/${needId}`, manager],
      [`/manage/needs/${small}`, manager],
      ['/manage/week?from=2026-12-07', manager],
      ['/dashboard', farah],
      [`/dashboard/needs/${needId}`, farah],
    ];
    for (const [path, who] of pages) {
      for (const lang of ['de', 'en']) {
        // What is seen (a table's screen-reader caption repeats its heading on purpose; the closed
        // language menu names the current language in its summary and again in its list).
        const seen = (await html(path, who, `; qh_lang=${lang}`))
          .replace(/<(\w+) class="sr-only">.*?<\/\1>/gs, ' ')
          .replace(/<details class="lang-menu">.*?<\/details>/gs, ' ');
        const page = text(seen);
        // e.g. the status "besetzt" followed by "1 von 1 Platz besetzt", or "1 of 1 places".
        expect(page.match(/(?<![\p{L}\d])(\p{L}{3,}) \1(?!\p{L})/iu)?.[0], `${path} (${lang})`).toBeUndefined();
        expect(
          page.match(/\b1 (Plätzen|places|Termine|dates|Punkte|points|Stunden|hours)\b/)?.[0],
          path,
        ).toBeUndefined();
      }
    }
    const list = text(await html('/manage', manager));
    expect(list).toContain('besetzt 1 von 1 Platz vergeben');
    expect(text(await html('/manage', manager, '; qh_lang=en'))).toContain('filled 1 of 1 place taken');
    const week = text(await html('/manage/week?from=2026-12-07', manager));
    expect(week).toContain('Elterncafé');
    expect(week).toContain('1 von 1 Platz vergeben');
    expect(text(await html('/manage/week?from=2026-12-07', manager, '; qh_lang=en'))).toContain('1 of 1 place taken');
  });

  it('asks a volunteer without a profile to create one', async () => {
    const newcomer = await signIn(await createAccount(platform.config, 'volunteer'));
    const page = await html('/dashboard', newcomer);
    expect(page).toContain('Sie haben noch kein Profil.');
    expect(page).toContain('href="/profile/edit"');
    expect(page).toContain('href="/dashboard"');
  });
});
