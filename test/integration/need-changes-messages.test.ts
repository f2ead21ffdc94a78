/**
 * A manager's reasons and messages reach the need's history as need events (`NeedEvent` items in
 * the need's partition, which the notifier mails from): a visible edit of an open need writes one
 * `changed` event with the changed fields and the reason, an invisible one none; a cancel writes
 * `cancelled` and each cancelled match's event carries the reason; a message is written once
 * however often the same form or request is submitted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { MatchRepository } from '../../shared/matches/match-repository.ts';
import { NeedRepository } from '../../shared/needs/need-repository.ts';
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

let now = new Date('2026-11-24T10:00:00Z');
/** Each step a minute later, so the history has an order. */
const tick = () => {
  now = new Date(now.getTime() + 60_000);
};

const json = async (response: Response) => (await response.json()) as Record<string, any>;

/** The need form as the browser posts it, for the fixture's need. */
const needForm = (overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  version: '',
  title: 'Hausaufgabenhilfe',
  description: 'Grundschulkinder',
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
  niceToHaveSkills: [],
  languages: ['ar'],
  ...overrides,
});

/** Text without tags and with collapsed spaces. */
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('need changes, cancellations and messages', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let managerCookie: string;
  let otherManager: TestAccount;
  let otherCookie: string;
  let amina: TestAccount;
  let farah: TestAccount;
  let matches: MatchRepository;
  let needs: NeedRepository;

  const signIn = async (account: TestAccount) =>
    cookieFrom(
      await postForm(platform.app, '/signin', { email: account.email, password: account.password }),
      'qh_session',
    ) as string;
  const needEvents = async (needId: string) => (await matches.needPartition(needId)).needEvents;
  const page = (path: string, cookie: string) => platform.app.request(path, { headers: { cookie } });

  /** Two volunteers free on Tuesday afternoons (each need takes them: they overlap with others' Tuesdays). */
  const volunteers = async () => {
    const people = await Promise.all([
      createAccount(platform.config, 'volunteer'),
      createAccount(platform.config, 'volunteer'),
    ]);
    for (const [index, person] of people.entries()) {
      const firstName = index === 0 ? 'Amina' : 'Farah';
      expect(
        (await api(platform.app, 'PUT', '/api/volunteers/me', person.idToken, profileInput({ firstName }))).status,
      ).toBe(201);
    }
    await platform.settle();
    [amina, farah] = people as [TestAccount, TestAccount];
  };

  /** An open need with a fresh Amina accepted and a fresh Farah invited. */
  const openNeed = async (overrides: Record<string, unknown> = {}) => {
    await volunteers();
    const created = await json(await api(platform.app, 'POST', '/api/needs', manager.idToken, needInput(overrides)));
    const needId = created.needId as string;
    expect(
      (
        await api(platform.app, 'POST', `/api/needs/${needId}/status`, manager.idToken, {
          action: 'publish',
          version: 1,
        })
      ).status,
    ).toBe(200);
    const invited = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.idToken, {
      volunteerIds: [amina.userId, farah.userId],
    });
    expect((await json(invited)).matches).toHaveLength(2);
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/accept`, amina.idToken)).status).toBe(200);
    tick();
    return needId;
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    const db = createDocumentClient(platform.config);
    matches = new MatchRepository(db, platform.config.tableName);
    needs = new NeedRepository(db, platform.config.tableName);
    const staff = new StaffRepository(db, platform.config.tableName);
    [manager, otherManager] = await Promise.all([
      createAccount(platform.config, 'manager'),
      createAccount(platform.config, 'manager'),
    ]);
    await staff.put({ userId: manager.userId, quarters: ['nordstadt'] });
    await staff.put({ userId: otherManager.userId, quarters: ['ostersbaum'] });
    managerCookie = await signIn(manager);
    otherCookie = await signIn(otherManager);
  });

  it('records a visible edit of an open need once, with the changed fields and the reason', async () => {
    const needId = await openNeed();
    const edited = await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.idToken, {
      ...needInput({ title: 'Hausaufgabenhilfe (Mathe)', description: 'Mathe, 3. Klasse', languages: ['ar'] }),
      version: 2,
      changeReason: '  Die Schule hat um Mathe gebeten.  ',
    });
    expect(edited.status).toBe(200);
    expect(await json(edited)).not.toHaveProperty('changeReason');
    expect(await needs.get(needId)).not.toHaveProperty('changeReason');
    const events = await needEvents(needId);
    expect(events).toEqual([
      {
        needId,
        action: 'changed',
        by: manager.userId,
        at: now.toISOString(),
        changes: ['title', 'description'],
        reason: 'Die Schule hat um Mathe gebeten.',
      },
    ]);

    // Saving it unchanged (a reason alone is no change), or with the lists in another order: nothing to tell.
    tick();
    const unchanged = await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.idToken, {
      ...needInput({ title: 'Hausaufgabenhilfe (Mathe)', description: 'Mathe, 3. Klasse' }),
      version: 3,
      changeReason: 'nur gespeichert',
    });
    expect(unchanged.status).toBe(200);
    expect(await needEvents(needId)).toHaveLength(1);

    // The form: more places, with a reason; the event lists only `places`.
    tick();
    const saved = await postForm(
      platform.app,
      `/manage/needs/${needId}/edit`,
      needForm({
        version: '4',
        title: 'Hausaufgabenhilfe (Mathe)',
        description: 'Mathe, 3. Klasse',
        places: '3',
        changeReason: 'Mehr Kinder angemeldet',
      }),
      managerCookie,
    );
    expect(saved.status).toBe(303);
    const after = await needEvents(needId);
    expect(after).toHaveLength(2);
    expect(after.find((event) => event.changes?.includes('places'))).toMatchObject({
      action: 'changed',
      changes: ['places'],
      reason: 'Mehr Kinder angemeldet',
    });
  });

  it('writes no event for edits of a draft, and refuses an over-long reason with its field path', async () => {
    const created = await json(await api(platform.app, 'POST', '/api/needs', manager.idToken, needInput()));
    const needId = created.needId as string;
    const edited = await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.idToken, {
      ...needInput({ title: 'Anders' }),
      version: 1,
      changeReason: 'Entwurf',
    });
    expect(edited.status).toBe(200);
    expect(await needEvents(needId)).toEqual([]);

    const tooLong = await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.idToken, {
      ...needInput(),
      version: 2,
      changeReason: 'x'.repeat(501),
    });
    expect(tooLong.status).toBe(400);
    expect((await json(tooLong)).error.issues.map((issue: { path: string }) => issue.path)).toEqual(['changeReason']);

    const cancelTooLong = await api(platform.app, 'POST', `/api/needs/${needId}/status`, manager.idToken, {
      action: 'cancel',
      version: 2,
      reason: 'y'.repeat(501),
    });
    expect(cancelTooLong.status).toBe(400);
    expect((await json(cancelTooLong)).error.issues.map((issue: { path: string }) => issue.path)).toEqual(['reason']);

    // The form keeps the typing, the reason included, when another field is wrong.
    const invalid = await postForm(
      platform.app,
      `/manage/needs/${needId}/edit`,
      needForm({ version: '2', title: '', changeReason: 'Grund bleibt stehen' }),
      managerCookie,
    );
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('Grund bleibt stehen</textarea>');
  });

  it('cancels with the reason: a cancelled event, and the reason on each cancelled match', async () => {
    const needId = await openNeed();
    const tooLong = await postForm(
      platform.app,
      `/manage/needs/${needId}/status`,
      { action: 'cancel', version: '2', reason: `Zu lang ${'z'.repeat(500)}` },
      managerCookie,
    );
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain(`Zu lang ${'z'.repeat(500)}</textarea>`);
    expect((await needs.get(needId))?.status).toBe('open');

    const cancelled = await postForm(
      platform.app,
      `/manage/needs/${needId}/status`,
      { action: 'cancel', version: '2', confirm: '1', reason: 'Die Schule ist geschlossen.' },
      managerCookie,
    );
    expect(cancelled.status).toBe(303);
    const partition = await matches.needPartition(needId);
    expect(partition.needEvents).toEqual([
      { needId, action: 'cancelled', by: manager.userId, at: now.toISOString(), reason: 'Die Schule ist geschlossen.' },
    ]);
    const cancels = partition.events.filter((event) => event.action === 'cancel');
    expect(cancels.map((event) => event.volunteerId).sort()).toEqual([amina.userId, farah.userId].sort());
    for (const event of cancels) expect(event.reason).toBe('Die Schule ist geschlossen.');

    // A message to a cancelled need: 409, nothing written.
    const message = await api(platform.app, 'POST', `/api/needs/${needId}/messages`, manager.idToken, {
      text: 'Hallo',
      audience: 'accepted',
    });
    expect(message.status).toBe(409);
    expect(await needEvents(needId)).toHaveLength(1);
    const history = text(await (await page(`/manage/needs/${needId}`, managerCookie)).text());
    expect(history).toContain('Bedarf abgesagt Grund: Die Schule ist geschlossen.');
  });

  it('writes a message once per idempotency key (API and page) and lists it in the history', async () => {
    const needId = await openNeed();
    const send = (body: unknown, token = manager.idToken, key?: string) =>
      platform.app.request(`/api/needs/${needId}/messages`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(key && { 'idempotency-key': key }),
        },
        body: JSON.stringify(body),
      });
    const body = { text: 'Bitte bringt Stifte mit.', audience: 'invitedAndAccepted' };
    const first = await send(body, manager.idToken, 'message-key-0001');
    expect(first.status).toBe(201);
    const written = await json(first);
    expect(written).toMatchObject({ needId, action: 'message', by: manager.userId, ...body });
    tick();
    const again = await send(body, manager.idToken, 'message-key-0001');
    expect(again.status).toBe(201);
    expect(await json(again)).toEqual(written);
    expect(await needEvents(needId)).toEqual([written]);

    // Bad input: every field named; a foreign field refused; another quarter's manager 403; unknown need 404.
    const invalid = await send({ text: ' ', audience: 'everyone' });
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'audience',
      'text',
    ]);
    expect((await send({ ...body, text: 'x'.repeat(2001) })).status).toBe(400);
    expect((await send({ ...body, cc: 'all' })).status).toBe(400);
    expect((await send(body, manager.idToken, 'bad key')).status).toBe(400);
    expect((await send(body, otherManager.idToken)).status).toBe(403);
    expect((await send(body, amina.idToken)).status).toBe(403);
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/messages`, undefined, body)).status).toBe(401);
    expect(
      (
        await api(
          platform.app,
          'POST',
          '/api/needs/00000000-0000-4000-8000-000000000000/messages',
          manager.idToken,
          body,
        )
      ).status,
    ).toBe(404);
    expect(await needEvents(needId)).toHaveLength(1);

    // The page: a double submit of one form writes one message.
    tick();
    const form = { text: 'Treffpunkt:\nEingang Nord', audience: 'accepted', requestKey: 'page-form-key-1' };
    const posted = await postForm(platform.app, `/manage/needs/${needId}/messages`, form, managerCookie);
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/manage/needs/${needId}?notice=messageSent`);
    expect((await postForm(platform.app, `/manage/needs/${needId}/messages`, form, managerCookie)).status).toBe(303);
    const events = await needEvents(needId);
    expect(events).toHaveLength(2);
    expect(events.filter((event) => event.text === 'Treffpunkt:\nEingang Nord')).toHaveLength(1);

    // Errors keep the typing; another quarter's manager is refused.
    const tooLong = await postForm(
      platform.app,
      `/manage/needs/${needId}/messages`,
      { text: `Lang ${'w'.repeat(2000)}`, audience: 'invitedAndAccepted', requestKey: 'page-form-key-2' },
      managerCookie,
    );
    expect(tooLong.status).toBe(400);
    const html = await tooLong.text();
    expect(html).toContain(`Lang ${'w'.repeat(2000)}</textarea>`);
    expect(html).toMatch(/value="invitedAndAccepted" checked/);
    expect(html).toContain('value="page-form-key-2"');
    const foreign = await postForm(platform.app, `/manage/needs/${needId}/messages`, form, otherCookie);
    expect(foreign.status).toBe(403);
    expect(await needEvents(needId)).toHaveLength(2);

    const history = text(await (await page(`/manage/needs/${needId}`, managerCookie)).text());
    expect(history).toContain('Nachricht (Alle Eingeladenen und Zugesagten) Bitte bringt Stifte mit.');
    expect(history).toContain('Nachricht (Alle Zugesagten) Treffpunkt: Eingang Nord');
    const detail = await json(await api(platform.app, 'GET', `/api/needs/${needId}`, manager.idToken));
    expect(detail.needEvents).toHaveLength(2);
  });

  it('lists a change with its fields and reason in the history', async () => {
    const needId = await openNeed();
    await api(platform.app, 'PUT', `/api/needs/${needId}`, manager.idToken, {
      ...needInput({ description: 'Neue Beschreibung', places: 3 }),
      version: 2,
      changeReason: 'Mehr Platz',
    });
    const history = text(await (await page(`/manage/needs/${needId}`, managerCookie)).text());
    expect(history).toContain('Bedarf geändert: Beschreibung, Anzahl Personen Grund: Mehr Platz');
  });
});
