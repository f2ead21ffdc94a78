/**
 * GDPR self-service against DynamoDB Local and cognito-local: a volunteer with one of every item
 * type exports everything (every type present) and erases their account; afterwards nothing in
 * the table identifies them except anonymised matches, and the statistics per need are unchanged.
 */

import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStatistics } from '../../infra/local/statistics.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { NotificationSettingsRepository } from '../../shared/notifications/settings-repository.ts';
import { ITEM_TYPES, isItemType, volunteerItemTypes } from '../../shared/privacy/item-types.ts';
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

let now = new Date('2026-11-02T09:00:00Z');
type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

const onceNeed = (date: string, title: string) => ({
  title,
  description: 'Hausaufgaben, einmalig',
  quarterId: 'nordstadt',
  venueId: 'alte-feuerwache',
  schedule: { kind: 'once', date, start: '15:00', end: '17:00' },
  places: 2,
  requiredSkills: ['homework-help'],
  niceToHaveSkills: [],
  languages: ['ar'],
  involvesMinors: true,
});

describe('data-protection self-service', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let person: TestAccount;
  let cookie: string;
  let feedToken = '';
  const db = () => createDocumentClient(platform.config);
  const names = { firstName: 'Zenobia', lastName: 'Quartermaine', phone: '+49 202 9876543' };

  const scanAll = async () => {
    const items: Json[] = [];
    let start: Json | undefined;
    do {
      const page = await db().send(new ScanCommand({ TableName: platform.config.tableName, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };

  const postNeed = async (date: string, title: string) => {
    const created = await json(
      await api(platform.app, 'POST', '/api/needs', manager.accessToken, onceNeed(date, title)),
    );
    const published = await api(platform.app, 'POST', `/api/needs/${created.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    const invited = await api(platform.app, 'POST', `/api/needs/${created.needId}/invitations`, manager.accessToken, {
      volunteerIds: [person.userId],
    });
    expect((await json(invited)).matches).toHaveLength(1);
    return created.needId as string;
  };
  const needView = async (needId: string) =>
    json(await api(platform.app, 'GET', `/api/needs/${needId}`, manager.accessToken));

  const needs = { completed: '', invited: '', accepted: '' };
  let unsubscribeToken = '';

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db(), platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
    person = await createAccount(platform.config, 'volunteer');
    // One of everything: a web session (Session, UserSession, AccountActivity), the profile
    // (VolunteerProfile, QuarterMembership, ConsentRecord), a safeguarding check, the candidate
    // index (Candidate, via the stream), matches with history, a ledger and an open invitation.
    const signIn = await postForm(platform.app, '/signin', { email: person.email, password: person.password });
    cookie = cookieFrom(signIn, 'qh_session') as string;
    expect((await api(platform.app, 'PUT', '/api/volunteers/me', person.idToken, profileInput(names))).status).toBe(
      201,
    );
    const check = await api(platform.app, 'PUT', `/api/volunteers/${person.userId}/safeguarding`, manager.accessToken, {
      inspectedOn: '2026-11-01',
      issuedOn: '2026-10-20',
      relevantConviction: false,
    });
    expect(check.status).toBe(200);
    await platform.settle();
    needs.completed = await postNeed('2026-11-10', 'Hausaufgaben am 10.');
    expect((await api(platform.app, 'POST', `/api/needs/${needs.completed}/me/accept`, person.idToken)).status).toBe(
      200,
    );
    needs.accepted = await postNeed('2026-12-01', 'Hausaufgaben am 1.');
    expect((await api(platform.app, 'POST', `/api/needs/${needs.accepted}/me/accept`, person.idToken)).status).toBe(
      200,
    );
    now = new Date('2026-11-11T09:00:00Z');
    const completed = await api(
      platform.app,
      'POST',
      `/api/needs/${needs.completed}/matches/${person.userId}/complete`,
      manager.accessToken,
    );
    expect(completed.status).toBe(200);
    needs.invited = await postNeed('2026-11-24', 'Hausaufgaben am 24.');
    await platform.settle();
    // The statistics consumer's snapshot of the person (StatisticsVolunteer).
    await createStatistics(platform.config, () => now).drain();
    // A calendar feed (CalendarFeed and its CalendarFeedPointer).
    const feed = await api(platform.app, 'GET', '/api/calendar/feed', person.idToken);
    expect(feed.status).toBe(200);
    feedToken = /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(((await feed.json()) as Json).url)?.[1] ?? '';
    // E-mail preferences (NotificationSettings) and an unsubscribe link (UnsubscribeToken), as the notifier makes it.
    const settings = await api(platform.app, 'PUT', '/api/me/notification-settings', person.idToken, {
      language: 'en',
      optOut: ['invitationExpiring'],
      version: 0,
    });
    expect(settings.status).toBe(200);
    unsubscribeToken = await new NotificationSettingsRepository(db(), platform.config.tableName).unsubscribeToken(
      person.userId,
    );
    // The first session has expired by now (12 h); a new sign-in moves the activity on.
    const again = await postForm(platform.app, '/signin', { email: person.email, password: person.password });
    cookie = cookieFrom(again, 'qh_session') as string;
  });

  it('holds one of every volunteer item type for the person (the test covers them all)', async () => {
    const mine = (await scanAll()).filter((item) => JSON.stringify(item).includes(person.userId));
    const types = new Set(mine.map((item) => item.type));
    expect([...types].sort()).toEqual(expect.arrayContaining(volunteerItemTypes().sort()));
  });

  it('exports everything by API: a versioned JSON download, every type present, never a session hash', async () => {
    const response = await api(platform.app, 'GET', '/api/volunteers/me/export', person.idToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="quartiershilfe-export.json"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const data = JSON.parse(text) as Json;
    expect(data).toMatchObject({
      format: 'quartiershilfe-export/1',
      exportedAt: now.toISOString(),
      userId: person.userId,
    });
    expect(data.account).toMatchObject({ email: person.email });
    expect(data.account.createdAt).toMatch(/^\d{4}-/);
    expect(data.profile).toMatchObject(names);
    expect(data.consents).toEqual([{ version: data.profile.consent.version, acceptedAt: '2026-11-02T09:00:00.000Z' }]);
    expect(data.matches.map((m: Json) => m.status).sort()).toEqual(['accepted', 'completed', 'invited']);
    for (const match of data.matches) expect(match.history.length).toBeGreaterThan(0);
    expect(data.commitments.length).toBeGreaterThan(0);
    expect(data.safeguarding).toMatchObject({ inspectedOn: '2026-11-01', relevantConviction: false });
    expect(data.sessions.map((s: Json) => s.createdAt).sort()).toEqual([
      '2026-11-02T09:00:00.000Z',
      '2026-11-11T09:00:00.000Z',
    ]);
    // The preferences, without the unsubscribe link's secret.
    expect(data.notifications).toEqual([
      {
        settings: {
          language: 'en',
          optOut: ['invitationExpiring'],
          unsubscribeLinkIssued: true,
          updatedAt: '2026-11-11T09:00:00.000Z',
        },
      },
    ]);
    expect(text).not.toContain(unsubscribeToken);
    expect(data.activity).toEqual({ lastSignInAt: '2026-11-11T09:00:00.000Z' });
    // The audit trail about me: what the manager read and changed (invitations, the completed date).
    expect(data.auditEntries.length).toBeGreaterThan(0);
    for (const entry of data.auditEntries) expect(entry.subjectId).toBe(person.userId);
    expect(data.auditEntries.map((entry: Json) => entry.action)).toEqual(
      expect.arrayContaining(['match.invite', 'match.update']),
    );
    for (const type of volunteerItemTypes()) {
      expect(data.storedItems[type], type).toBeGreaterThan(0);
      const section = (ITEM_TYPES[type] as { export: string }).export;
      expect(data[section], `${type} → ${section}`).toBeTruthy();
    }
    const hashes = (await scanAll())
      .filter((item) => item.type === 'UserSession' && item.PK === `USER#${person.userId}`)
      .map((item) => String(item.SK).slice('SESSION#'.length));
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(text).not.toContain(hash);
    // The feed is listed, its secret token is not (whoever has it reads the feed).
    expect(data.calendarFeed).toMatchObject({ audience: 'volunteer', language: 'de' });
    expect(feedToken).toHaveLength(43);
    expect(text).not.toContain(feedToken);
  });

  it('downloads the same from the profile page (no-store, attachment) and offers it there', async () => {
    const page = await platform.app.request('/profile', { headers: { cookie } });
    const html = await page.text();
    expect(html).toContain('href="/profile/export"');
    expect(html).toContain('href="/profile/account/delete"');
    const download = await platform.app.request('/profile/export', { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="quartiershilfe-export.json"');
    expect(download.headers.get('cache-control')).toBe('no-store');
    expect((await download.json()).profile.firstName).toBe(names.firstName);
    expect((await platform.app.request('/profile/export')).status).not.toBe(200);
  });

  it('refuses erasure to anonymous callers and to staff', async () => {
    const anonymous = await platform.app.request('/api/volunteers/me/account', {
      method: 'DELETE',
      headers: { origin: 'http://localhost' },
    });
    expect(anonymous.status).toBe(401);
    expect((await api(platform.app, 'DELETE', '/api/volunteers/me/account', manager.accessToken)).status).toBe(403);
  });

  it('erases the account after a confirmation step; only anonymised matches remain and statistics hold', async () => {
    const before: Record<string, Json> = Object.fromEntries(
      await Promise.all(Object.entries(needs).map(async ([k, id]) => [k, await needView(id)] as const)),
    );
    const confirm = await platform.app.request('/profile/account/delete', { headers: { cookie } });
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get('cache-control')).toBe('no-store');
    const erased = await postForm(platform.app, '/profile/account/delete', {}, cookie);
    expect(erased.status).toBe(303);
    expect(erased.headers.get('location')).toBe('/profile/account/deleted');
    expect(erased.headers.getSetCookie().join()).toMatch(/qh_session=;/);
    const landing = await platform.app.request('/profile/account/deleted');
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('Ihr Konto ist gelöscht');
    await platform.settle();

    // The calendar feed's URL no longer serves anything.
    expect((await platform.app.request(`/calendar/${feedToken}.ics`)).status).toBe(404);
    // The session is gone, and so is the Cognito user.
    expect((await platform.app.request('/profile', { headers: { cookie } })).status).not.toBe(200);
    const cognito = createCognitoClient(platform.config);
    await expect(
      cognito.send(
        new AdminGetUserCommand({ UserPoolId: platform.config.cognito.userPoolId, Username: person.userId }),
      ),
    ).rejects.toMatchObject({ name: 'UserNotFoundException' });

    // Nothing in the table names the person; every item has a registered type.
    const items = await scanAll();
    // The settings and the unsubscribe lookup (which only the settings item leads to) are gone.
    expect(items.filter((item) => item.PK === `UNSUBSCRIBE#${unsubscribeToken}`)).toEqual([]);
    expect(items.filter((item) => item.PK === `USER#${person.userId}` && item.SK === 'NOTIFICATIONS')).toEqual([]);
    for (const item of items) expect(isItemType(item.type), JSON.stringify(item)).toBe(true);
    const identifying = [person.userId, person.email, names.firstName, names.lastName, names.phone];
    const retained = (item: Json) => (ITEM_TYPES[item.type as keyof typeof ITEM_TYPES] as Json).erasure === 'retained';
    const left = items.filter(
      (item) => !retained(item) && identifying.some((value) => JSON.stringify(item).includes(value)),
    );
    expect(left).toEqual([]);
    // Retained items (the audit trail) keep only the pseudonymous id: nothing that names the person.
    const named = items.filter(
      (item) => retained(item) && identifying.slice(1).some((value) => JSON.stringify(item).includes(value)),
    );
    expect(named).toEqual([]);

    // Statistics per need: the same matches in the same states, the same history length.
    for (const [key, id] of Object.entries(needs)) {
      const after = await needView(id);
      const was = before[key] as Json;
      expect(after.matches.length, key).toBe(was.matches.length);
      expect(after.events.length, key).toBe(was.events.length + (key === 'completed' ? 0 : 1));
      for (const match of after.matches) expect(match).toMatchObject({ firstName: '–', languages: [] });
    }
    const completed = await needView(needs.completed);
    expect(completed.matches[0]).toMatchObject({
      status: 'completed',
      schedule: before.completed?.matches[0].schedule,
    });
    expect((await needView(needs.accepted)).matches[0].status).toBe('withdrawn');
    expect((await needView(needs.accepted)).acceptedCount).toBe(0);
    expect((await needView(needs.invited)).matches[0].status).toBe('declined');
    // One anonymous id per person: their matches stay countable together, and nobody can name it.
    const anonymousIds = new Set(
      (await Promise.all(Object.values(needs).map(needView))).flatMap((n) => n.matches.map((m: Json) => m.volunteerId)),
    );
    expect(anonymousIds.size).toBe(1);
    expect([...anonymousIds][0]).toMatch(/^anonymous-/);
  });
});
