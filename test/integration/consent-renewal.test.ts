/**
 * Consent renewal: a volunteer whose profile agreed to an older consent text (the state every
 * profile is in after CONSENT.version changes) is not proposed and cannot be invited, is asked at
 * sign-in, and counts again once they agree; each agreement is kept for the export.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { profileKey } from '../../shared/volunteers/profile-keys.ts';
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
const OLD_VERSION = '2025-01-01';

describe('consent renewal', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let person: TestAccount;
  let needId: string;

  const candidates = async () =>
    json(await api(platform.app, 'GET', `/api/needs/${needId}/candidates`, manager.accessToken));
  const proposed = async () => (await candidates()).proposals.map((p: Json) => p.volunteerId);

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    const db = createDocumentClient(platform.config);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
    person = await createAccount(platform.config, 'volunteer');
    expect((await api(platform.app, 'PUT', '/api/volunteers/me', person.idToken, profileInput())).status).toBe(201);
    const need = await json(
      await api(platform.app, 'POST', '/api/needs', manager.accessToken, {
        title: 'Hausaufgaben',
        description: 'dienstags',
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        schedule: { kind: 'once', date: '2026-11-10', start: '15:00', end: '17:00' },
        places: 1,
        requiredSkills: ['homework-help'],
        niceToHaveSkills: [],
        languages: ['ar'],
        involvesMinors: false,
      }),
    );
    needId = need.needId;
    await api(platform.app, 'POST', `/api/needs/${needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    await platform.settle();
    expect(await proposed()).toEqual([person.userId]);
    // As after a new CONSENT.version: the stored agreement is to an older text.
    await db.send(
      new UpdateCommand({
        TableName: platform.config.tableName,
        Key: profileKey(person.userId),
        UpdateExpression: 'SET consent = :consent, version = version + :one',
        ExpressionAttributeValues: {
          ':consent': { version: OLD_VERSION, acceptedAt: '2025-01-05T10:00:00.000Z' },
          ':one': 1,
        },
      }),
    );
    await platform.settle();
  });

  it('stops matching: not in the index, not proposed, not invitable', async () => {
    expect(await proposed()).toEqual([]);
    const invited = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
      volunteerIds: [person.userId],
    });
    expect(invited.status).toBe(409);
    const error = (await json(invited)).error;
    expect(error.code).toBe('NOT_ELIGIBLE');
    expect(JSON.stringify(error)).toContain('consent_missing');
  });

  it('asks at the next sign-in, showing the current text, until they agree', async () => {
    now = new Date('2026-11-03T10:00:00Z');
    const signIn = await postForm(platform.app, '/signin', { email: person.email, password: person.password });
    expect(signIn.headers.get('location')).toBe('/profile/consent');
    const cookie = cookieFrom(signIn, 'qh_session') as string;
    const profilePage = await platform.app.request('/profile', { headers: { cookie } });
    expect(profilePage.headers.get('location')).toBe('/profile/consent');
    const page = await platform.app.request('/profile/consent', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain(CONSENT.de.slice(0, 60));

    const stale = await postForm(platform.app, '/profile/consent', { version: OLD_VERSION, accepted: 'yes' }, cookie);
    expect(stale.status).toBe(400);
    const agreed = await postForm(
      platform.app,
      '/profile/consent',
      { version: CONSENT.version, accepted: 'yes' },
      cookie,
    );
    expect(agreed.headers.get('location')).toBe('/profile?consented=1');
    expect((await platform.app.request('/profile', { headers: { cookie } })).status).toBe(200);
    const again = await postForm(platform.app, '/signin', { email: person.email, password: person.password });
    expect(again.headers.get('location')).toBe('/dashboard');

    await platform.settle();
    expect(await proposed()).toEqual([person.userId]);
    const exported = await json(await api(platform.app, 'GET', '/api/volunteers/me/export', person.idToken));
    expect(exported.consents).toEqual([
      { version: CONSENT.version, acceptedAt: '2026-11-02T09:00:00.000Z' },
      { version: CONSENT.version, acceptedAt: '2026-11-03T10:00:00.000Z' },
    ]);
  });

  it('has an API route to agree: authenticated, current version only, idempotent', async () => {
    const anonymous = await platform.app.request('/api/volunteers/me/consent', {
      method: 'PUT',
      headers: { origin: 'http://localhost', 'content-type': 'application/json' },
      body: JSON.stringify({ version: CONSENT.version, accepted: true }),
    });
    expect(anonymous.status).toBe(401);
    const old = await api(platform.app, 'PUT', '/api/volunteers/me/consent', person.idToken, {
      version: OLD_VERSION,
      accepted: true,
    });
    expect(old.status).toBe(400);
    expect((await json(old)).error.issues.map((i: Json) => i.path)).toEqual(['version']);
    const first = await json(
      await api(platform.app, 'PUT', '/api/volunteers/me/consent', person.idToken, {
        version: CONSENT.version,
        accepted: true,
      }),
    );
    expect(first.consent).toEqual({ version: CONSENT.version, acceptedAt: '2026-11-03T10:00:00.000Z' });
  });
});
