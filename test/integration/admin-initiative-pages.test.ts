import { beforeAll, describe, expect, it } from 'vitest';
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
import { readOutbox } from '../support/platform.ts';

const json = async <T>(response: Response) => (await response.json()) as T;
const NOW = new Date('2026-11-24T10:00:00Z');
const OWN_PASSWORD = 'Eigenes-Passwort-2026!';
const INITIATIVE = 'Flüchtlingshilfe Nordstadt e.V.';

describe('admin and initiative pages', () => {
  let platform: TestPlatform;
  let admin: TestAccount;
  let adminCookie: string;

  const signIn = async (email: string, password: string) => {
    const response = await postForm(platform.app, '/signin', { email, password });
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const get = (path: string, cookie?: string) =>
    Promise.resolve(platform.app.request(path, cookie ? { headers: { cookie } } : {}));
  const html = async (path: string, cookie: string) => {
    const response = await get(path, cookie);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  /** An invited staff member's first sign-in (temporary password from the outbox), then a page session. */
  const firstSignIn = async (email: string) => {
    const invitation = readOutbox(platform.outboxFile).findLast(
      (entry) => entry.to === email && entry.kind === 'AdminCreateUser',
    );
    expect(invitation?.code).toBeTruthy();
    const challenge = await json<{ error: { code: string; details: { session: string } } }>(
      await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: invitation?.code }),
    );
    expect(challenge.error.code).toBe('NEW_PASSWORD_REQUIRED');
    const tokens = await api(platform.app, 'POST', '/api/auth/new-password', undefined, {
      email,
      session: challenge.error.details.session,
      password: OWN_PASSWORD,
    });
    expect(tokens.status).toBe(200);
    const { accessToken } = await json<{ accessToken: string }>(tokens);
    return { accessToken, cookie: await signIn(email, OWN_PASSWORD) };
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW, ownUserPool: true });
    admin = await createAccount(platform.config, 'admin');
    adminCookie = await signIn(admin.email, admin.password);
  });

  it('keeps /admin for admins and the safeguarding page for managers and admins', async () => {
    const anonymous = await get('/admin');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/signin?next=%2Fadmin');

    const manager = await createAccount(platform.config, 'manager');
    const managerCookie = await signIn(manager.email, manager.password);
    const forbidden = await get('/admin', managerCookie);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain('Kein Zugriff');
    expect((await postForm(platform.app, '/admin/initiatives', { name: 'Initiative X' }, managerCookie)).status).toBe(
      403,
    );
    expect((await get('/admin/safeguarding', managerCookie)).status).toBe(200);

    const volunteer = await createAccount(platform.config, 'volunteer');
    const volunteerCookie = await signIn(volunteer.email, volunteer.password);
    expect((await get('/admin', volunteerCookie)).status).toBe(403);
    expect((await get('/admin/safeguarding', volunteerCookie)).status).toBe(403);
    expect((await get('/initiative', volunteerCookie)).status).toBe(403);
    expect((await get('/initiative', managerCookie)).status).toBe(403);

    // Admins find the page in the navigation; nobody else sees the link.
    expect(await html('/', adminCookie)).toContain('href="/admin"');
    expect(await html('/', managerCookie)).not.toContain('href="/admin"');
  });

  it('links the five admin pages to each other; its id and e-mail fields carry the limit they refuse beyond', async () => {
    const pages = ['/admin', '/admin/initiatives', '/admin/catalog', '/admin/safeguarding', '/admin/audit'];
    for (const path of pages) {
      const page = await html(path, adminCookie);
      for (const other of pages) expect(page, `${path} → ${other}`).toContain(`href="${other}"`);
      expect(page).toContain(`href="${path}" aria-current="page"`);
    }
    // Managers use the safeguarding page too, without the admins' navigation.
    const manager = await createAccount(platform.config, 'manager');
    expect(await html('/admin/safeguarding', await signIn(manager.email, manager.password))).not.toContain(
      'href="/admin/catalog"',
    );

    const tooLong = (max: number) => `Bitte höchstens ${max} Zeichen.`;
    expect(await html('/admin', adminCookie)).toMatch(/name="email" type="email"[^>]*maxlength="254"/);
    const longEmail = `${'a'.repeat(250)}@example.org`;
    const invite = await postForm(platform.app, '/admin/staff', { email: longEmail, role: 'admin' }, adminCookie);
    expect(invite.status).toBe(400);
    expect(await invite.text()).toContain(tooLong(254));

    expect(await html('/admin/safeguarding', adminCookie)).toMatch(/name="volunteerId"[^>]*maxlength="64"/);
    const check = {
      volunteerId: 'v'.repeat(65),
      inspectedOn: '2026-11-20',
      issuedOn: '2026-10-01',
      relevantConviction: 'no',
    };
    const longId = await postForm(platform.app, '/admin/safeguarding', check, adminCookie);
    expect(longId.status).toBe(400);
    expect(await longId.text()).toContain(tooLong(64));

    const audit = await html('/admin/audit', adminCookie);
    expect(audit).toMatch(/name="subjectId"[^>]*maxlength="64"/);
    expect(audit).toMatch(/name="actorId"[^>]*maxlength="64"/);
    const longFilter = await get(`/admin/audit?subjectId=${'s'.repeat(65)}&actorId=${'a'.repeat(65)}`, adminCookie);
    expect(longFilter.status).toBe(400);
    expect(await longFilter.text()).toContain(tooLong(64));
  });

  it('runs the flow: invite, register and link; the initiative sees first names only and reviews; a manager records a safeguarding check', async () => {
    // The admin invites a manager; a manager needs quarters, and the typed address stays.
    const managerEmail = uniqueEmail('manager');
    const noQuarters = await postForm(
      platform.app,
      '/admin/staff',
      { email: managerEmail, role: 'manager', initiativeId: '' },
      adminCookie,
    );
    expect(noQuarters.status).toBe(400);
    const noQuartersHtml = await noQuarters.text();
    expect(noQuartersHtml).toContain('Bitte mindestens ein Quartier wählen.');
    expect(noQuartersHtml).toContain(`value="${managerEmail}"`);
    expect(noQuartersHtml).toMatch(/<fieldset id="f-quarters"[^>]*aria-invalid="true"/);
    const noRole = await postForm(platform.app, '/admin/staff', { email: managerEmail }, adminCookie);
    expect(noRole.status).toBe(400);
    expect(await noRole.text()).toContain('Bitte eine Rolle wählen.');

    const invited = await postForm(
      platform.app,
      '/admin/staff',
      { email: managerEmail, role: 'manager', quarters: ['nordstadt'], initiativeId: '' },
      adminCookie,
    );
    expect(invited.status).toBe(303);
    expect(invited.headers.get('location')).toBe('/admin?notice=invited#staff');
    const afterInvite = await html('/admin?notice=invited', adminCookie);
    expect(afterInvite).toContain('Die Einladung ist verschickt.');
    expect(afterInvite).toContain('das vorläufige Passwort steht im Postausgang');
    // Addresses may wrap after @ and dots (<wbr>), so that a phone screen stays 360 px wide.
    expect(afterInvite.replaceAll('<wbr/>', '')).toMatch(
      new RegExp(
        `<h3>${managerEmail}</h3><dl class="profile"><dt>[^<]+</dt><dd>Quartiersmanagement</dd><dt>[^<]+</dt><dd>eingeladen, noch nicht angemeldet</dd><dt>[^<]+</dt><dd>Nordstadt</dd>`,
      ),
    );
    const again = await postForm(
      platform.app,
      '/admin/staff',
      { email: managerEmail, role: 'manager', quarters: ['nordstadt'] },
      adminCookie,
    );
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Mit dieser E-Mail-Adresse gibt es schon ein Konto.');
    const manager = await firstSignIn(managerEmail);

    // The admin registers an initiative.
    const noName = await postForm(platform.app, '/admin/initiatives', { name: ' x ' }, adminCookie);
    expect(noName.status).toBe(400);
    expect(await noName.text()).toContain('Bitte einen Namen mit 2 bis 120 Zeichen eingeben.');
    const created = await postForm(platform.app, '/admin/initiatives', { name: INITIATIVE }, adminCookie);
    expect(created.status).toBe(303);
    const initiativeId = /^\/admin\/initiatives\?notice=created#initiative-([0-9a-f-]{36})$/.exec(
      created.headers.get('location') ?? '',
    )?.[1] as string;
    expect(initiativeId).toBeTruthy();
    expect(await html('/admin/initiatives', adminCookie)).toContain(`<h3>${INITIATIVE}</h3>`);

    // … and invites a member of it; a member needs the initiative.
    const memberEmail = uniqueEmail('member');
    const noInitiative = await postForm(
      platform.app,
      '/admin/staff',
      { email: memberEmail, role: 'initiative', initiativeId: '' },
      adminCookie,
    );
    expect(noInitiative.status).toBe(400);
    expect(await noInitiative.text()).toContain('Bitte die Initiative wählen.');
    expect(
      (
        await postForm(
          platform.app,
          '/admin/staff',
          { email: memberEmail, role: 'initiative', quarters: ['nordstadt'], initiativeId },
          adminCookie,
        )
      ).status,
    ).toBe(303);
    const member = await firstSignIn(memberEmail);
    expect(await html('/initiative', member.cookie)).toContain('Mit Ihrer Initiative ist noch kein Bedarf verknüpft.');

    // The manager posts a need; the admin links it to the initiative through the form.
    const need = await json<{ needId: string }>(
      await api(platform.app, 'POST', '/api/needs', manager.accessToken, {
        title: 'Hausaufgabenhilfe',
        description: '',
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        schedule: { kind: 'once', date: '2026-12-02', start: '15:00', end: '17:00' },
        places: 2,
        requiredSkills: [],
        niceToHaveSkills: [],
        languages: ['ar'],
        involvesMinors: false,
      }),
    );
    await api(platform.app, 'POST', `/api/needs/${need.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    const linkPath = `/admin/initiatives/${initiativeId}/links`;
    const adminPage = await html('/admin/initiatives', adminCookie);
    expect(adminPage).toContain(
      `<option value="${need.needId}">Hausaufgabenhilfe · Nordstadt · Mittwoch, 02.12.2026, 15:00–17:00 Uhr</option>`,
    );
    const noNeed = await postForm(platform.app, linkPath, { needId: '' }, adminCookie);
    expect(noNeed.status).toBe(400);
    expect(await noNeed.text()).toContain('Bitte einen Bedarf wählen.');
    const linked = await postForm(platform.app, linkPath, { needId: need.needId }, adminCookie);
    expect(linked.status).toBe(303);
    expect(linked.headers.get('location')).toBe(`/admin/initiatives?notice=linked#initiative-${initiativeId}`);
    const afterLink = await html('/admin/initiatives?notice=linked', adminCookie);
    expect(afterLink).toContain('Der Bedarf ist mit der Initiative verknüpft.');
    expect(afterLink).toContain(`<a href="/manage/needs/${need.needId}">Hausaufgabenhilfe · Nordstadt`);

    // A volunteer is invited and accepts.
    const volunteer = await createAccount(platform.config, 'volunteer');
    await api(
      platform.app,
      'PUT',
      '/api/volunteers/me',
      volunteer.idToken,
      profileInput({
        firstName: 'Amina',
        lastName: 'Haddad',
        phone: '+49 202 555',
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'de', level: 'B1' },
        ],
        skills: [],
        weeklySlots: [{ weekday: 'wed', start: '14:00', end: '18:00' }],
        maxHoursPerMonth: 10,
      }),
    );
    expect(
      (
        await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
          volunteerIds: [volunteer.userId],
        })
      ).status,
    ).toBe(200);
    expect((await api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, volunteer.idToken)).status).toBe(
      200,
    );

    // The member sees the need, its fill level, when and where, and of the match first name and languages only.
    const view = await html('/initiative', member.cookie);
    expect(view).toContain(`<h1>${INITIATIVE}</h1>`);
    expect(view).toContain('<h2>Hausaufgabenhilfe</h2>');
    expect(view).toContain('1 von 2 Plätzen vergeben');
    expect(view).toContain('Mittwoch, 02.12.2026, 15:00–17:00 Uhr');
    expect(view).toContain('Alte Feuerwache, Nordstadt');
    expect(view).toContain('<h4>Amina</h4>');
    expect(view).toContain('Arabisch (Muttersprache), Deutsch (B1)');
    expect(view).toContain('Ihre Rückmeldung: <strong>noch keine</strong>');
    expect(view).not.toMatch(/Haddad|\+49 202/);
    expect(view).not.toContain(volunteer.email);
    const english = await html('/initiative', `${member.cookie}; qh_lang=en`);
    expect(english).toContain('1 of 2 places taken');
    expect(english).toContain('Arabic (Native), German (B1)');

    // Confirm, then a concern: without a reason the error stands next to the field.
    const review = `/initiative/needs/${need.needId}/matches/${volunteer.userId}/review`;
    const confirmed = await postForm(platform.app, review, { status: 'confirmed' }, member.cookie);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`/initiative?notice=confirmed#need-${need.needId}`);
    const afterConfirm = await html('/initiative?notice=confirmed', member.cookie);
    expect(afterConfirm).toContain('Danke! Die Zusage ist bestätigt.');
    expect(afterConfirm).toContain('bestätigt am 24.11.2026');

    const noReason = await postForm(platform.app, review, { status: 'concern', reason: '  ' }, member.cookie);
    expect(noReason.status).toBe(400);
    const noReasonHtml = await noReason.text();
    const textareaId = `f-reason_${need.needId}_${volunteer.userId}`;
    expect(noReasonHtml).toContain('Bitte beschreiben Sie kurz (mindestens 3 Zeichen), worum es geht.');
    expect(noReasonHtml).toMatch(new RegExp(`<textarea id="${textareaId}"[^>]*aria-invalid="true"`));
    expect(noReasonHtml).toContain(`href="#${textareaId}"`);
    expect(noReasonHtml).toContain('<details open="">');

    const concern = await postForm(
      platform.app,
      review,
      { status: 'concern', reason: 'Bitte Zeiten mit der Schule abstimmen' },
      member.cookie,
    );
    expect(concern.status).toBe(303);
    const afterConcern = await html('/initiative?notice=concern', member.cookie);
    expect(afterConcern).toContain('Ihre Bedenken sind beim Quartiersmanagement.');
    expect(afterConcern).toContain('Bedenken gemeldet am 24.11.2026');
    expect(afterConcern).toContain('Begründung: Bitte Zeiten mit der Schule abstimmen');
    const detail = await json<{ matches: { review?: unknown }[] }>(
      await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken),
    );
    expect(detail.matches[0]?.review).toMatchObject({
      status: 'concern',
      reason: 'Bitte Zeiten mit der Schule abstimmen',
    });

    // Members of other initiatives cannot review this match.
    const outsider = await createAccount(platform.config, 'initiative');
    const other = await createServices(platform.config).initiatives.create(
      { userId: admin.userId, roles: ['admin'] },
      'Andere Initiative',
      NOW,
    );
    await createServices(platform.config).staff.put({
      userId: outsider.userId,
      quarters: [],
      initiativeId: other.initiativeId,
    });
    const outsiderCookie = await signIn(outsider.email, outsider.password);
    expect(await html('/initiative', outsiderCookie)).not.toContain('Amina');
    expect((await postForm(platform.app, review, { status: 'confirmed' }, outsiderCookie)).status).toBe(403);

    // The manager of the volunteer's quarter records a safeguarding check through the page.
    const sgPath = `/admin/safeguarding?volunteerId=${volunteer.userId}`;
    const form = await html(sgPath, manager.cookie);
    expect(form).toContain('Keine Kopie des Führungszeugnisses!');
    expect(form).toContain('Amina Haddad');
    expect(form).toContain('Bisher ist keine Einsichtnahme eingetragen.');
    expect(form).toContain(`value="${volunteer.userId}"`);

    const check = { volunteerId: volunteer.userId, inspectedOn: '2026-11-20', issuedOn: '2026-10-01' };
    const noAnswer = await postForm(platform.app, '/admin/safeguarding', check, manager.cookie);
    expect(noAnswer.status).toBe(400);
    expect(await noAnswer.text()).toContain('Bitte Ja oder Nein wählen.');
    // Every mistake at once: the dates are checked while the yes/no is still missing.
    const issuedLater = await postForm(
      platform.app,
      '/admin/safeguarding',
      { ...check, issuedOn: '2026-11-21' },
      manager.cookie,
    );
    expect(issuedLater.status).toBe(400);
    const issuedLaterHtml = await issuedLater.text();
    expect(issuedLaterHtml).toContain('Bitte Ja oder Nein wählen.');
    expect(issuedLaterHtml).toContain('Das Führungszeugnis kann nicht nach der Einsichtnahme ausgestellt sein.');
    expect(issuedLaterHtml).toContain('value="2026-11-21"');
    const future = await postForm(
      platform.app,
      '/admin/safeguarding',
      { ...check, inspectedOn: '2026-11-25', relevantConviction: 'no' },
      manager.cookie,
    );
    expect(future.status).toBe(400);
    expect(await future.text()).toContain('Das Datum darf nicht in der Zukunft liegen.');
    const unknown = await postForm(
      platform.app,
      '/admin/safeguarding',
      { ...check, volunteerId: 'no-such-volunteer', relevantConviction: 'no' },
      manager.cookie,
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Zu dieser Kennung gibt es kein Profil.');

    // A manager of other quarters may not.
    const elsewhere = await createAccount(platform.config, 'manager');
    await createServices(platform.config).staff.put({ userId: elsewhere.userId, quarters: ['ostersbaum'] });
    const elsewhereResponse = await postForm(
      platform.app,
      '/admin/safeguarding',
      { ...check, relevantConviction: 'no' },
      await signIn(elsewhere.email, elsewhere.password),
    );
    expect(elsewhereResponse.status).toBe(403);
    const elsewhereHtml = await elsewhereResponse.text();
    expect(elsewhereHtml).toContain('Diese Person hilft nicht in Ihren Quartieren');
    expect(elsewhereHtml).not.toContain('Haddad');

    const recorded = await postForm(
      platform.app,
      '/admin/safeguarding',
      { ...check, relevantConviction: 'no' },
      manager.cookie,
    );
    expect(recorded.status).toBe(303);
    expect(recorded.headers.get('location')).toBe(`${sgPath}&notice=recorded`);
    const after = await html(`${sgPath}&notice=recorded`, manager.cookie);
    expect(after).toContain('Die Einsichtnahme ist eingetragen.');
    expect(after).toContain('eingesehen am 20.11.2026, gilt für Einsätze bis 20.11.2031');
    const status = await json<Record<string, unknown>>(
      await api(platform.app, 'GET', '/api/volunteers/me/safeguarding', volunteer.idToken),
    );
    expect(status).toMatchObject({ recorded: true, inspectedOn: '2026-11-20', relevantConviction: false });
  });
});
