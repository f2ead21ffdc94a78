/**
 * E-mail preferences against DynamoDB Local: the versioned save (API and page, with the conflict
 * panel keeping what was typed), the race-safe unsubscribe token, and the one-click unsubscribe
 * (RFC 8058): a GET never changes anything, a POST from a mail provider's server switches the kind
 * off without sign-in or same-origin, an unknown token is a 404 page, never a 500.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/db/client.ts';
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
import { formFields } from '../support/html-form.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const MAIL_PROVIDER = 'https://mail.example.net';
type Json = Record<string, any>;

/** The cells of the conflict panel: field → [stored now, your entry]. */
function conflictTable(html: string): Record<string, [string, string]> {
  const panel = html.slice(html.indexOf('id="conflict"'), html.indexOf('</section>', html.indexOf('id="conflict"')));
  const rows: Record<string, [string, string]> = {};
  for (const [, label, stored, typed] of panel.matchAll(
    /<th scope="row">([^<]*)<\/th><td class="pre conflict-stored">([^<]*)<\/td><td class="pre conflict-typed">([^<]*)<\/td>/g,
  )) {
    rows[label as string] = [stored as string, typed as string];
  }
  return rows;
}

describe('notification preferences', () => {
  let platform: TestPlatform;
  let repository: NotificationSettingsRepository;

  const signIn = async (account: TestAccount) => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const page = async (path: string, cookie: string) => {
    const response = await platform.app.request(path, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return response.text();
  };
  const settingsItems = async (userId: string) => {
    const scan = await createDocumentClient(platform.config).send(
      new ScanCommand({ TableName: platform.config.tableName }),
    );
    return (scan.Items ?? []).filter((item) => item.userId === userId);
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW });
    repository = new NotificationSettingsRepository(createDocumentClient(platform.config), platform.config.tableName);
  });

  describe('the API', () => {
    let volunteer: TestAccount;
    beforeAll(async () => {
      volunteer = await createAccount(platform.config, 'volunteer');
    });

    it('answers the defaults before anything is saved, with what the role is offered', async () => {
      const response = await api(platform.app, 'GET', '/api/me/notification-settings', volunteer.idToken);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as Json;
      expect(body).toMatchObject({ optOut: [], version: 0, optionalKinds: ['invitationExpiring'] });
      expect(body.language).toBeUndefined();
      expect(body.alwaysSentKinds).toEqual(expect.arrayContaining(['invitation', 'reminder', 'needChanged']));
    });

    it('saves on the version read, refuses a stale version (409, nothing changed), recognises its own retry', async () => {
      const save = (body: unknown) =>
        api(platform.app, 'PUT', '/api/me/notification-settings', volunteer.idToken, body);
      const first = await save({ language: 'en', optOut: ['invitationExpiring'], version: 0 });
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ language: 'en', optOut: ['invitationExpiring'], version: 1 });
      // The same request again (e.g. after a lost answer): the stored result, not a conflict.
      const retry = await save({ language: 'en', optOut: ['invitationExpiring'], version: 0 });
      expect(retry.status).toBe(200);
      expect(((await retry.json()) as Json).version).toBe(1);
      // Another save based on version 0: a conflict naming the stored version; nothing changed.
      const stale = await save({ language: 'de', optOut: [], version: 0 });
      expect(stale.status).toBe(409);
      expect(((await stale.json()) as Json).error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
      expect(await repository.get(volunteer.userId)).toMatchObject({
        language: 'en',
        optOut: ['invitationExpiring'],
        version: 1,
        updatedAt: NOW.toISOString(),
      });
      const second = await save({ optOut: [], version: 1 });
      expect(((await second.json()) as Json).language).toBeUndefined();
      expect((await repository.get(volunteer.userId)).version).toBe(2);
    });

    it('answers 401, then 400 with field paths, for kinds not offered, duplicates and unknown fields', async () => {
      const anonymous = await api(platform.app, 'PUT', '/api/me/notification-settings', undefined, { version: 'x' });
      expect(anonymous.status).toBe(401);
      const invalid = await api(platform.app, 'PUT', '/api/me/notification-settings', volunteer.idToken, {
        language: 'fr',
        optOut: ['invitation', 'reminder'],
        version: -1,
        extra: true,
      });
      expect(invalid.status).toBe(400);
      const paths = ((await invalid.json()) as Json).error.issues.map((issue: Json) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['language', 'optOut.0', 'optOut.1', 'version', 'extra']));
      const twice = await api(platform.app, 'PUT', '/api/me/notification-settings', volunteer.idToken, {
        optOut: ['invitationExpiring', 'invitationExpiring'],
        version: 2,
      });
      expect(twice.status).toBe(400);
      // A manager's kind is not offered to a volunteer.
      const unoffered = await api(platform.app, 'PUT', '/api/me/notification-settings', volunteer.idToken, {
        optOut: ['invitationExpiring', 'offerReceived'],
        version: 2,
      });
      expect(unoffered.status).toBe(400);
      expect(((await unoffered.json()) as Json).error.issues).toEqual([
        expect.objectContaining({ path: 'optOut.1', code: 'not_offered' }),
      ]);
      expect((await repository.get(volunteer.userId)).version).toBe(2);
    });
  });

  describe('the repository', () => {
    it('reads many at once, with the defaults for people without settings', async () => {
      await repository.save('batch-a', { language: 'en', optOut: [] }, 0, NOW);
      const many = await repository.getMany(['batch-a', 'batch-b', 'batch-a']);
      expect([...many.keys()].sort()).toEqual(['batch-a', 'batch-b']);
      expect(many.get('batch-a')).toMatchObject({ language: 'en', version: 1 });
      expect(many.get('batch-b')).toEqual({ userId: 'batch-b', optOut: [], version: 0 });
    });

    it('creates one unsubscribe token however many ask at once, and keeps the settings', async () => {
      await repository.save('racer', { language: 'de', optOut: ['needShortOfPeople'] }, 0, NOW);
      const tokens = await Promise.all(Array.from({ length: 6 }, () => repository.unsubscribeToken('racer')));
      expect(new Set(tokens).size).toBe(1);
      expect(tokens[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const items = await settingsItems('racer');
      expect(items.filter((item) => item.type === 'UnsubscribeToken')).toEqual([
        { PK: `UNSUBSCRIBE#${tokens[0]}`, SK: 'UNSUBSCRIBE', type: 'UnsubscribeToken', userId: 'racer' },
      ]);
      expect(await repository.get('racer')).toMatchObject({
        language: 'de',
        optOut: ['needShortOfPeople'],
        version: 1,
        unsubscribeToken: tokens[0],
      });
      // Someone without settings gets a token too; their settings stay at version 0 (a first save still fits).
      const fresh = await repository.unsubscribeToken('tokened');
      expect(await repository.get('tokened')).toMatchObject({ version: 0, optOut: [], unsubscribeToken: fresh });
      expect((await repository.save('tokened', { optOut: [] }, 0, NOW)).unsubscribeToken).toBe(fresh);
    });
  });

  describe('the page', () => {
    let volunteer: TestAccount;
    let manager: TestAccount;
    let cookie: string;

    beforeAll(async () => {
      [volunteer, manager] = await Promise.all([
        createAccount(platform.config, 'volunteer'),
        createAccount(platform.config, 'manager'),
      ]);
      cookie = await signIn(volunteer);
    });

    it("offers the optional kinds of the person's role in plain words and lists the ones always sent", async () => {
      const html = await page('/settings/notifications', cookie);
      expect(html).toContain('name="receive" value="invitationExpiring" checked');
      expect(html).not.toContain('value="offerReceived"');
      expect(html).toContain('Erinnerung 24 Stunden vor jedem Termin');
      expect(html).toContain('<option value="en"');
      const staff = await page('/settings/notifications', await signIn(manager));
      for (const kind of ['offerReceived', 'invitationAccepted', 'invitationDeclined', 'needShortOfPeople'])
        expect(staff).toContain(`value="${kind}"`);
      expect(staff).not.toContain('value="invitationExpiring"');
    });

    it('saves, and after another tab saved shows the conflict panel, keeps the typing and changes nothing', async () => {
      const tabA = formFields(await page('/settings/notifications', cookie), '/settings/notifications');
      const tabB = formFields(await page('/settings/notifications', cookie), '/settings/notifications');
      expect(tabA).toMatchObject({ version: '0', language: '', receive: 'invitationExpiring' });

      const savedA = await postForm(platform.app, '/settings/notifications', { ...tabA, language: 'de' }, cookie);
      expect(savedA.status).toBe(303);
      expect(savedA.headers.get('location')).toBe('/settings/notifications?saved=1');
      // The person's language is this browser's from now on.
      expect(savedA.headers.get('set-cookie')).toContain('qh_lang=de');
      expect(await page('/settings/notifications?saved=1', cookie)).toContain('gespeichert');

      // Tab B, still on version 0, chooses English and switches the reminder of expiring invitations off.
      const typedB = { version: tabB.version as string, language: 'en' };
      const conflict = await postForm(platform.app, '/settings/notifications', typedB, cookie);
      expect(conflict.status).toBe(409);
      const html = await conflict.text();
      expect(html).toContain('id="conflict"');
      const rows = conflictTable(html);
      expect(rows['Meine Sprache (Seiten und E-Mails)']).toEqual(['Deutsch', 'Englisch (English)']);
      expect(Object.values(rows)).toContainEqual(['bekomme ich', 'abbestellt']);
      // The typing is kept, on its old version: re-posting the page as shown conflicts again.
      const shown = formFields(html, '/settings/notifications');
      expect(shown).toMatchObject({ version: '0', language: 'en', seenVersion: '1' });
      expect(shown.receive).toBeUndefined();
      expect((await postForm(platform.app, '/settings/notifications', shown, cookie)).status).toBe(409);
      expect(await repository.get(volunteer.userId)).toMatchObject({ language: 'de', optOut: [], version: 1 });

      // Only "keep mine" saves over the version the person was shown.
      const kept = await postForm(platform.app, '/settings/notifications', { ...shown, action: 'overwrite' }, cookie);
      expect(kept.status).toBe(303);
      expect(await repository.get(volunteer.userId)).toMatchObject({
        language: 'en',
        optOut: ['invitationExpiring'],
        version: 2,
      });
    });

    it('shows a field error and keeps the typing for a language it does not offer', async () => {
      const response = await postForm(
        platform.app,
        '/settings/notifications',
        { version: '2', language: 'fr' },
        cookie,
      );
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('id="form-errors"');
      expect((await repository.get(volunteer.userId)).version).toBe(2);
    });

    it('offers initiative members and admins their language only, and takes no switch of theirs', async () => {
      for (const role of ['initiative', 'admin'] as const) {
        const account = await createAccount(platform.config, role);
        const html = await page('/settings/notifications', await signIn(account));
        expect(html).toContain('<select id="f-language" name="language">');
        expect(html).not.toContain('name="receive"');
        const view = (await (
          await api(platform.app, 'GET', '/api/me/notification-settings', account.accessToken)
        ).json()) as Json;
        expect(view).toMatchObject({ optionalKinds: [], alwaysSentKinds: [] });
        const refused = await api(platform.app, 'PUT', '/api/me/notification-settings', account.accessToken, {
          optOut: ['offerReceived'],
          version: 0,
        });
        expect(refused.status).toBe(400);
        expect(((await refused.json()) as Json).error.issues).toEqual([
          expect.objectContaining({ path: 'optOut.0', code: 'not_offered' }),
        ]);
      }
    });

    it('is linked from the profile and the staff start pages', async () => {
      expect(await page('/profile', cookie)).toContain('href="/settings/notifications"');
      expect(await page('/manage', await signIn(manager))).toContain('href="/settings/notifications"');
    });
  });

  describe('one-click unsubscribe', () => {
    let person: TestAccount;
    let token: string;
    const url = (kind = 'invitationExpiring', t = token) => `/unsubscribe?token=${t}&kind=${kind}`;
    /** As a mail provider posts it (RFC 8058): from its own server, no session, no Origin of ours. */
    const oneClick = (path: string, body = 'List-Unsubscribe=One-Click') =>
      platform.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: MAIL_PROVIDER },
        body,
      });

    beforeAll(async () => {
      person = await createAccount(platform.config, 'volunteer');
      token = await repository.unsubscribeToken(person.userId);
    });

    it('shows what would be switched off on GET and changes nothing (mail scanners fetch links)', async () => {
      const before = await repository.get(person.userId);
      for (let i = 0; i < 3; i++) {
        const response = await platform.app.request(url());
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const html = await response.text();
        expect(html).toContain('Erinnerung, wenn Ihre Einladung in 24 Stunden abläuft');
        expect(formFields(html, url().replace('&', '&amp;'))).toEqual({ 'List-Unsubscribe': 'One-Click' });
      }
      expect(await repository.get(person.userId)).toEqual(before);
    });

    it('switches the kind off on a one-click POST from anywhere, once, and says so', async () => {
      const response = await oneClick(url());
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toContain('Sie bekommen diese E-Mails nicht mehr');
      const after = await repository.get(person.userId);
      expect(after).toMatchObject({ optOut: ['invitationExpiring'], version: 1, unsubscribeToken: token });
      // Again (the provider retries): the same answer, nothing written.
      expect((await oneClick(url())).status).toBe(200);
      expect(await repository.get(person.userId)).toEqual(after);
      // The page then says it is already off.
      expect(await (await platform.app.request(url())).text()).toContain('bereits abbestellt');
    });

    it('answers an unknown token with a 404 page, a kind that is not optional with 400, never 500', async () => {
      const unknown = 'A'.repeat(43);
      for (const response of [
        await platform.app.request(url('invitationExpiring', unknown)),
        await oneClick(url('invitationExpiring', unknown)),
        await oneClick(url('invitationExpiring', 'not-a-token')),
        await platform.app.request('/unsubscribe?kind=invitationExpiring'),
      ]) {
        expect(response.status).toBe(404);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(await response.text()).toContain('Link ungültig');
      }
      for (const response of [
        await platform.app.request(url('invitation')),
        await oneClick(url('reminder')),
        await oneClick(url('nonsense')),
        await oneClick(url(), 'List-Unsubscribe=Something-Else'),
        await oneClick(url(), ''),
      ]) {
        expect(response.status).toBe(400);
        expect(response.headers.get('cache-control')).toBe('no-store');
      }
      expect((await repository.get(person.userId)).optOut).toEqual(['invitationExpiring']);
    });

    it("answers in the language of the person's e-mails unless the visitor chose one", async () => {
      const english = await createAccount(platform.config, 'volunteer');
      await repository.save(english.userId, { language: 'en', optOut: [] }, 0, NOW);
      const link = url('invitationExpiring', await repository.unsubscribeToken(english.userId));
      expect(await (await platform.app.request(link)).text()).toContain('Press the button to stop these e-mails');
      const chosen = await platform.app.request(link, { headers: { cookie: 'qh_lang=de' } });
      expect(await chosen.text()).toContain('Mit einem Klick auf den Knopf');
      expect(await (await oneClick(link)).text()).toContain('You no longer get these e-mails');
    });

    it('exempts only itself from the same-origin check: the settings form still refuses other sites', async () => {
      const cookie = await signIn(person);
      const forged = await platform.app.request('/settings/notifications', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: MAIL_PROVIDER, cookie },
        body: 'version=1&language=en',
      });
      expect(forged.status).toBe(403);
      expect((await repository.get(person.userId)).language).toBeUndefined();
    });
  });
});
