/**
 * Cancelling a need that people are involved in (accepted, invited or offering help) asks for a
 * confirmation that says whom it reaches and requires a reason; only confirming cancels, every
 * cancelled match's event carries the reason and each volunteer's e-mail shows it. Without anyone
 * involved a cancel stays one step. The API refuses a cancel without a reason once volunteers have
 * accepted (400, path `reason`), after 401 and 403.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../infra/local/outbox.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { MatchRepository } from '../../shared/matches/match-repository.ts';
import { NeedRepository } from '../../shared/needs/need-repository.ts';
import { NotificationSettingsRepository } from '../../shared/notifications/settings-repository.ts';
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
import { formFields } from '../support/html-form.ts';

let now = new Date('2026-11-24T10:00:00Z');
const tick = () => {
  now = new Date(now.getTime() + 60_000);
};

const json = async (response: Response) => (await response.json()) as Record<string, any>;

/** Text without tags and with collapsed spaces. */
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

const REASON = 'Die Schule ist wegen eines Wasserschadens geschlossen.';

describe('cancelling a need that people are involved in', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let managerCookie: string;
  let otherManager: TestAccount;
  let matches: MatchRepository;
  let needs: NeedRepository;
  let settings: NotificationSettingsRepository;

  const signIn = async (account: TestAccount) =>
    cookieFrom(
      await postForm(platform.app, '/signin', { email: account.email, password: account.password }),
      'qh_session',
    ) as string;
  const page = async (path: string) =>
    (await platform.app.request(path, { headers: { cookie: managerCookie } })).text();
  const status = (needId: string) => `/manage/needs/${needId}/status`;

  const volunteer = async (firstName: string) => {
    const account = await createAccount(platform.config, 'volunteer');
    const saved = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, profileInput({ firstName }));
    expect(saved.status).toBe(201);
    return account;
  };

  /** A published need (version 2) for three, with the given volunteers invited and the first `accepting` accepted. */
  const openNeed = async (invite: TestAccount[], accepting: number) => {
    const created = await json(
      await api(platform.app, 'POST', '/api/needs', manager.idToken, needInput({ places: 3 })),
    );
    const needId = created.needId as string;
    const published = await api(platform.app, 'POST', status(needId).replace('/manage', '/api'), manager.idToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    if (invite.length > 0) {
      await platform.settle();
      const invited = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.idToken, {
        volunteerIds: invite.map((person) => person.userId),
      });
      expect((await json(invited)).matches).toHaveLength(invite.length);
    }
    for (const person of invite.slice(0, accepting)) {
      expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/accept`, person.idToken)).status).toBe(200);
    }
    tick();
    return needId;
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    const db = createDocumentClient(platform.config);
    matches = new MatchRepository(db, platform.config.tableName);
    needs = new NeedRepository(db, platform.config.tableName);
    settings = new NotificationSettingsRepository(db, platform.config.tableName);
    const staff = new StaffRepository(db, platform.config.tableName);
    [manager, otherManager] = await Promise.all([
      createAccount(platform.config, 'manager'),
      createAccount(platform.config, 'manager'),
    ]);
    await staff.put({ userId: manager.userId, quarters: ['nordstadt'] });
    await staff.put({ userId: otherManager.userId, quarters: ['ostersbaum'] });
    managerCookie = await signIn(manager);
  });

  it('asks for a confirmation with the counts, requires the reason, and only confirming cancels', async () => {
    const [amina, farah, samir] = [await volunteer('Amina'), await volunteer('Farah'), await volunteer('Samir')];
    await settings.save(farah.userId, { language: 'en', optOut: [] }, 0, now);
    const needId = await openNeed([amina, farah, samir], 2);

    // The need page announces the step; its button leads there with the typing.
    expect(text(await page(`/manage/needs/${needId}`))).toContain('Bedarf absagen …');
    const asked = await postForm(
      platform.app,
      status(needId),
      { action: 'cancel', version: '2', reason: 'Wasserschaden' },
      managerCookie,
    );
    expect(asked.status).toBe(200);
    const confirmation = await asked.text();
    expect(text(confirmation)).toContain('Bedarf absagen: Hausaufgabenhilfe');
    expect(text(confirmation)).toContain('2 Personen haben zugesagt.');
    expect(text(confirmation)).toContain('1 Person ist eingeladen oder hat Hilfe angeboten.');
    expect(text(confirmation)).toContain('Alle erfahren es per E-Mail, zusammen mit Ihrem Grund.');
    const fields = formFields(confirmation, status(needId));
    expect(fields).toEqual({ action: 'cancel', version: '2', confirm: '1', reason: 'Wasserschaden' });
    expect(await needs.get(needId)).toMatchObject({ status: 'open', acceptedCount: 2 });

    // Confirmed without a reason: refused with the field's error; the page stays as it was.
    const empty = await postForm(platform.app, status(needId), { ...fields, reason: '   ' }, managerCookie);
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(text(emptyHtml)).toContain('Bitte geben Sie einen Grund an – die Freiwilligen erfahren ihn per E-Mail.');
    expect(emptyHtml).toMatch(/<textarea[^>]*aria-invalid="true"/);
    expect(formFields(emptyHtml, status(needId))).toMatchObject({ confirm: '1', version: '2' });
    // Too long: refused, and what was typed comes back.
    const long = `Zu lang ${'z'.repeat(500)}`;
    const tooLong = await postForm(platform.app, status(needId), { ...fields, reason: long }, managerCookie);
    expect(tooLong.status).toBe(400);
    expect(formFields(await tooLong.text(), status(needId))).toMatchObject({ confirm: '1', reason: long });
    expect(await needs.get(needId)).toMatchObject({ status: 'open', acceptedCount: 2 });
    expect((await matches.needPartition(needId)).events.filter((event) => event.action === 'cancel')).toEqual([]);

    // Confirmed with a reason: cancelled; the need's event and every cancelled match's event carry it.
    const confirmed = await postForm(platform.app, status(needId), { ...fields, reason: REASON }, managerCookie);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`/manage/needs/${needId}?notice=cancel`);
    const partition = await matches.needPartition(needId);
    expect(partition.need).toMatchObject({ status: 'cancelled', acceptedCount: 0 });
    expect(partition.needEvents).toEqual([
      { needId, action: 'cancelled', by: manager.userId, at: now.toISOString(), reason: REASON },
    ]);
    const cancels = partition.events.filter((event) => event.action === 'cancel');
    expect(cancels.map((event) => event.volunteerId).sort()).toEqual([amina.userId, farah.userId, samir.userId].sort());
    for (const event of cancels) expect(event.reason).toBe(REASON);

    // The notifier tells each of them, with the reason, in their language.
    await platform.notifications.drain();
    const outbox = await readOutbox(platform.outboxFile);
    const mailTo = (person: TestAccount) =>
      outbox.filter((m) => m.to === person.email && m.kind === 'commitmentCancelled');
    for (const person of [amina, farah, samir]) expect(mailTo(person)).toHaveLength(1);
    const [toAmina] = mailTo(amina);
    expect(toAmina?.subject).toBe('Abgesagt: Hausaufgabenhilfe');
    expect(toAmina?.body).toContain('Ihr Einsatz wurde abgesagt. Sie müssen nicht kommen.');
    expect(toAmina?.body).toContain(`Begründung:\n${REASON}`);
    expect(toAmina?.html).toContain(REASON);
    const [toFarah] = mailTo(farah);
    expect(toFarah?.subject).toBe('Cancelled: Hausaufgabenhilfe');
    expect(toFarah?.body).toContain(`Reason:\n${REASON}`);
    expect(mailTo(samir)[0]?.body).toContain(`Begründung:\n${REASON}`);
  });

  it('cancels a need nobody is involved in in one step, a reason optional', async () => {
    const needId = await openNeed([], 0);
    expect(text(await page(`/manage/needs/${needId}`))).toContain('Grund der Absage (freiwillig)');
    const cancelled = await postForm(platform.app, status(needId), { action: 'cancel', version: '2' }, managerCookie);
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get('location')).toBe(`/manage/needs/${needId}?notice=cancel`);
    expect(await needs.get(needId)).toMatchObject({ status: 'cancelled' });
  });

  it('asks when someone accepted after the page was shown, and keeps the typing on a conflict', async () => {
    const amina = await volunteer('Amina');
    const needId = await openNeed([amina], 0);
    // Only invited: the step is asked too (and the API would cancel without a reason).
    const invitedOnly = await postForm(
      platform.app,
      status(needId),
      { action: 'cancel', version: '2', reason: '' },
      managerCookie,
    );
    expect(invitedOnly.status).toBe(200);
    expect(text(await invitedOnly.text())).toContain('1 Person ist eingeladen oder hat Hilfe angeboten.');

    // The manager confirms an outdated view: the need changed meanwhile. The conflict page keeps the reason.
    const edited = await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.idToken, {
      ...needInput({ places: 3, description: 'Mathe' }),
      version: 2,
    });
    expect(edited.status).toBe(200);
    const stale = await postForm(
      platform.app,
      status(needId),
      { action: 'cancel', version: '2', confirm: '1', reason: REASON },
      managerCookie,
    );
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(text(staleHtml)).toContain('Mathe');
    expect(staleHtml).toContain(`${REASON}</textarea>`);
    expect(await needs.get(needId)).toMatchObject({ status: 'open', version: 3 });
  });

  it('keeps the typed reason and message across a language switch, with the limits from the schema', async () => {
    const amina = await volunteer('Amina');
    const needId = await openNeed([amina], 0);
    const needPage = await page(`/manage/needs/${needId}`);
    expect(needPage).toMatch(/<textarea[^>]*name="reason"[^>]*maxlength="500"/);
    expect(needPage).toMatch(/<textarea[^>]*name="text"[^>]*maxlength="2000"/);
    // The header's switch submits the message form.
    expect(needPage).toMatch(/<button[^>]*form="need-message"[^>]*name="switchLang"[^>]*value="en"/);

    const message = 'Bitte bringt Stifte mit.';
    const switched = await postForm(
      platform.app,
      `/manage/needs/${needId}/messages`,
      { ...formFields(needPage, `/manage/needs/${needId}/messages`), text: message, switchLang: 'en' },
      managerCookie,
    );
    expect(switched.status).toBe(200);
    expect(switched.headers.get('set-cookie')).toContain('qh_lang=en');
    const english = await switched.text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain(`${message}</textarea>`);
    expect((await matches.needPartition(needId)).needEvents).toEqual([]);

    // Every field error at once: no text and an audience that is none of ours.
    const refused = await postForm(
      platform.app,
      `/manage/needs/${needId}/messages`,
      { text: ' ', audience: 'everyone', requestKey: 'k' },
      managerCookie,
    );
    expect(refused.status).toBe(400);
    const errors = await refused.text();
    expect(errors).toMatch(/<p class="error" id="text-error">Bitte ausfüllen.<\/p>/);
    expect(errors).toMatch(/<p class="error" id="audience-error">/);

    // The need page's cancel form: refused once (too long), then switched; the reason stays.
    const long = `Zu lang ${'z'.repeat(500)}`;
    const tooLong = await postForm(
      platform.app,
      status(needId),
      { action: 'cancel', version: '2', reason: long, confirm: '1' },
      managerCookie,
    );
    expect(tooLong.status).toBe(400);
    const limit = await tooLong.text();
    expect(text(limit)).toContain('Bitte höchstens 500 Zeichen.');
    expect(limit).toMatch(/<button[^>]*form="cancel-need-confirm"[^>]*name="switchLang"/);
    expect(limit).toMatch(/<textarea[^>]*name="reason"[^>]*maxlength="500"/);
    const confirmSwitch = await postForm(
      platform.app,
      status(needId),
      { ...formFields(limit, status(needId)), reason: 'Wasserschaden', switchLang: 'en' },
      managerCookie,
    );
    expect(confirmSwitch.status).toBe(200);
    const confirmEnglish = await confirmSwitch.text();
    expect(text(confirmEnglish)).toContain('Cancel need: Hausaufgabenhilfe');
    expect(formFields(confirmEnglish, status(needId))).toMatchObject({ confirm: '1', reason: 'Wasserschaden' });
    expect(confirmEnglish).not.toContain('aria-invalid="true"');

    const fromNeedPage = await postForm(
      platform.app,
      status(needId),
      { action: 'cancel', version: '2', reason: 'Wasserschaden', switchLang: 'de' },
      managerCookie,
    );
    expect(fromNeedPage.status).toBe(200);
    const german = await fromNeedPage.text();
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('Wasserschaden</textarea>');
    expect(german).toMatch(/<button[^>]*form="need-cancel"[^>]*name="switchLang"/);
    expect(await needs.get(needId)).toMatchObject({ status: 'open' });
  });

  it('API: a cancel without a reason once volunteers have accepted is 400 `reason`, after 401 and 403', async () => {
    const amina = await volunteer('Amina');
    const needId = await openNeed([amina], 1);
    const cancel = (body: unknown, token?: string) =>
      api(platform.app, 'POST', `/api/needs/${needId}/status`, token, body);

    expect((await cancel({ action: 'cancel', version: 2 })).status).toBe(401);
    expect((await cancel({ action: 'cancel', version: 2 }, otherManager.idToken)).status).toBe(403);
    expect((await cancel({ action: 'cancel', version: 2 }, amina.idToken)).status).toBe(403);
    for (const body of [
      { action: 'cancel', version: 2 },
      { action: 'cancel', version: 2, reason: '  ' },
    ]) {
      const refused = await cancel(body, manager.idToken);
      expect(refused.status).toBe(400);
      expect((await json(refused)).error.issues.map((issue: { path: string }) => issue.path)).toEqual(['reason']);
    }
    // A stale version is a conflict first: the manager reloads and sees who accepted.
    expect((await cancel({ action: 'cancel', version: 1 }, manager.idToken)).status).toBe(409);
    expect(await needs.get(needId)).toMatchObject({ status: 'open', acceptedCount: 1 });

    const cancelled = await cancel({ action: 'cancel', version: 2, reason: REASON }, manager.idToken);
    expect(cancelled.status).toBe(200);
    expect(await json(cancelled)).toMatchObject({ status: 'cancelled' });
    const [event] = (await matches.needPartition(needId)).events.filter((e) => e.action === 'cancel');
    expect(event?.reason).toBe(REASON);
    // A retried cancel needs nothing more.
    expect((await cancel({ action: 'cancel', version: 2 }, manager.idToken)).status).toBe(200);

    // Invited only: nobody has accepted, a reason stays optional.
    const invitedOnly = await openNeed([await volunteer('Farah')], 0);
    const plain = await api(platform.app, 'POST', `/api/needs/${invitedOnly}/status`, manager.idToken, {
      action: 'cancel',
      version: 2,
    });
    expect(plain.status).toBe(200);
  });
});
