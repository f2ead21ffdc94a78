import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureAccount } from '../../infra/local/seed.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { api, createAccount, type TestAccount, type TestPlatform, testPlatform } from '../support/app.ts';

const validProfile = () => ({
  firstName: 'Amina',
  lastName: 'Haddad',
  phone: '+49 202 1234567',
  languages: [
    { code: 'ar', level: 'native' },
    { code: 'de', level: 'B2' },
  ],
  skills: ['homework-help', 'interpreting'],
  quarters: ['nordstadt'],
  weeklySlots: [{ weekday: 'tue', start: '14:00', end: '18:00' }],
  availableFrom: '2026-12-01',
  availableUntil: '2027-06-30',
  blackouts: [{ from: '2026-12-24', until: '2027-01-02' }],
  maxHoursPerMonth: 12,
  consent: { version: CONSENT.version, accepted: true },
});

type Issue = { path: string; code: string };
const issuePaths = async (response: Response) =>
  ((await response.json()) as { error: { issues: Issue[] } }).error.issues.map((i) => i.path);

describe('volunteer profile API', () => {
  let platform: TestPlatform;
  let volunteer: TestAccount;

  beforeAll(async () => {
    platform = await testPlatform();
    volunteer = await createAccount(platform.config, 'volunteer');
  });

  it('asks for a token or session (401) and rejects a forged or malformed token', async () => {
    expect((await api(platform.app, 'GET', '/api/volunteers/me')).status).toBe(401);
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({ sub: volunteer.userId, token_use: 'id', 'cognito:groups': ['admin'] }),
    ).toString('base64url');
    expect((await api(platform.app, 'GET', '/api/volunteers/me', `${header}.${payload}.c2ln`)).status).toBe(401);
    const response = await platform.app.request('/api/volunteers/me', { headers: { authorization: 'Basic abc' } });
    expect(response.status).toBe(401);
  });

  it('rejects every invalid field at once with its path, and writes nothing', async () => {
    const account = await createAccount(platform.config, 'volunteer');
    const body = {
      ...validProfile(),
      nickname: 'x',
      languages: [{ code: 'ar', level: 'fluent' }],
      weeklySlots: [
        { weekday: 'tue', start: '18:00', end: '14:00' },
        { weekday: 'funday', start: '25:00', end: '26:00' },
      ],
      availableFrom: '2026-02-30',
      blackouts: [{ from: '2027-01-02', until: '2026-12-24' }],
      maxHoursPerMonth: 0,
      consent: { version: '2020-01-01', accepted: true },
    };
    const response = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, body);
    expect(response.status).toBe(400);
    expect(await issuePaths(response)).toEqual(
      expect.arrayContaining([
        'nickname',
        'languages.0.level',
        'weeklySlots.0.end',
        'weeklySlots.1.weekday',
        'weeklySlots.1.start',
        'availableFrom',
        'blackouts.0.until',
        'maxHoursPerMonth',
        'consent.version',
      ]),
    );
    expect((await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).status).toBe(404);
  });

  it('requires consent and names unknown skills and quarters', async () => {
    const account = await createAccount(platform.config, 'volunteer');
    const noConsent = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, {
      ...validProfile(),
      consent: undefined,
    });
    expect(await issuePaths(noConsent)).toEqual(['consent']);
    const unknown = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, {
      ...validProfile(),
      skills: ['homework-help', 'juggling'],
      quarters: ['nordstadt', 'atlantis'],
    });
    expect(unknown.status).toBe(400);
    expect(await issuePaths(unknown)).toEqual(['skills.1', 'quarters.1']);
  });

  it('answers 415 for a non-JSON body, 400 for malformed JSON and 413 for an oversized one', async () => {
    const put = (body: string, type: string) =>
      platform.app.request('/api/volunteers/me', {
        method: 'PUT',
        headers: { authorization: `Bearer ${volunteer.idToken}`, 'content-type': type },
        body,
      });
    expect((await put('firstName=x', 'text/csv')).status).toBe(415);
    const malformed = await put('{"firstName":', 'application/json');
    expect(malformed.status).toBe(400);
    expect(await issuePaths(malformed)).toEqual(['']);
    const huge = await put(JSON.stringify({ ...validProfile(), lastName: 'x'.repeat(70_000) }), 'application/json');
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('creates, reads, updates with the version, and refuses a stale version without losing data', async () => {
    const created = await api(platform.app, 'PUT', '/api/volunteers/me', volunteer.idToken, validProfile());
    expect(created.status).toBe(201);
    const profile = (await created.json()) as { version: number; email: string; consent: { acceptedAt: string } };
    expect(profile).toMatchObject({ version: 1, email: volunteer.email, paused: false, firstName: 'Amina' });

    const read = await api(platform.app, 'GET', '/api/volunteers/me', volunteer.accessToken);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(profile);

    const updated = await api(platform.app, 'PUT', '/api/volunteers/me', volunteer.idToken, {
      ...validProfile(),
      version: 1,
      maxHoursPerMonth: 20,
    });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ version: 2, maxHoursPerMonth: 20, consent: profile.consent });

    const stale = await api(platform.app, 'PUT', '/api/volunteers/me', volunteer.idToken, {
      ...validProfile(),
      version: 1,
      maxHoursPerMonth: 40,
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT', currentVersion: 2 } });
    const after = (await (await api(platform.app, 'GET', '/api/volunteers/me', volunteer.idToken)).json()) as object;
    expect(after).toMatchObject({ version: 2, maxHoursPerMonth: 20 });
  });

  it('treats a repeated successful request as success (safe to retry)', async () => {
    const account = await createAccount(platform.config, 'volunteer');
    const first = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, validProfile());
    const again = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, validProfile());
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(((await again.json()) as { version: number }).version).toBe(1);
    const update = { ...validProfile(), version: 1, firstName: 'Amira' };
    expect((await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, update)).status).toBe(200);
    const retried = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, update);
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { version: number }).version).toBe(2);
    // A different change based on the old version is a real conflict.
    expect(
      (await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, { ...update, firstName: 'Alia' })).status,
    ).toBe(409);
  });

  it('lets exactly one of many concurrent updates of the same version win', async () => {
    const account = await createAccount(platform.config, 'volunteer');
    await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, validProfile());
    const attempts = Array.from({ length: 12 }, (_, index) => ({
      ...validProfile(),
      version: 1,
      maxHoursPerMonth: 20 + index,
    }));
    const responses = await Promise.all(
      attempts.map((body) => api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, body)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(11);
    const winner = attempts[statuses.indexOf(200)];
    const stored = (await (await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).json()) as {
      version: number;
      maxHoursPerMonth: number;
    };
    expect(stored).toMatchObject({ version: 2, maxHoursPerMonth: winner?.maxHoursPerMonth });
  });

  it('keeps the quarter index in step with the profile', async () => {
    const account = await createAccount(platform.config, 'volunteer');
    const db = createDocumentClient(platform.config);
    const quartersInIndex = async () => {
      const result = await db.send(
        new QueryCommand({
          TableName: platform.config.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :q)',
          ExpressionAttributeValues: { ':pk': `VOLUNTEER#${account.userId}`, ':q': 'QUARTER#' },
        }),
      );
      return (result.Items ?? []).map((item) => item.GSI1PK).sort();
    };
    await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, {
      ...validProfile(),
      quarters: ['nordstadt', 'hoehe'],
    });
    expect(await quartersInIndex()).toEqual(['QUARTER#hoehe', 'QUARTER#nordstadt']);
    await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, {
      ...validProfile(),
      version: 1,
      quarters: ['hoehe', 'heckinghausen'],
    });
    expect(await quartersInIndex()).toEqual(['QUARTER#heckinghausen', 'QUARTER#hoehe']);
    await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, {
      ...validProfile(),
      version: 2,
      quarters: 'all',
    });
    expect(await quartersInIndex()).toEqual(['QUARTER#*']);
    const inNordstadt = await db.send(
      new QueryCommand({
        TableName: platform.config.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :q',
        ExpressionAttributeValues: { ':q': 'QUARTER#*' },
      }),
    );
    expect(inNordstadt.Items?.map((item) => item.volunteerId)).toContain(account.userId);
    expect((await api(platform.app, 'DELETE', '/api/volunteers/me', account.idToken)).status).toBe(204);
    expect(await quartersInIndex()).toEqual([]);
    expect((await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).status).toBe(404);
  });

  it('pauses and resumes idempotently', async () => {
    const account = await createAccount(platform.config, 'volunteer');
    expect((await api(platform.app, 'POST', '/api/volunteers/me/pause', account.idToken)).status).toBe(404);
    await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, validProfile());
    const paused = await api(platform.app, 'POST', '/api/volunteers/me/pause', account.idToken);
    expect(await paused.json()).toMatchObject({ paused: true, version: 2 });
    const again = await api(platform.app, 'POST', '/api/volunteers/me/pause', account.idToken);
    expect(await again.json()).toMatchObject({ paused: true, version: 2 });
    const resumed = await api(platform.app, 'POST', '/api/volunteers/me/resume', account.idToken);
    expect(await resumed.json()).toMatchObject({ paused: false, version: 3 });
  });

  describe('who may read a profile', () => {
    let inNordstadt: TestAccount;
    let inHeckinghausen: TestAccount;
    let everywhere: TestAccount;
    let manager: TestAccount;

    beforeAll(async () => {
      [inNordstadt, inHeckinghausen, everywhere, manager] = await Promise.all([
        createAccount(platform.config, 'volunteer'),
        createAccount(platform.config, 'volunteer'),
        createAccount(platform.config, 'volunteer'),
        createAccount(platform.config, 'manager'),
      ]);
      await api(platform.app, 'PUT', '/api/volunteers/me', inNordstadt.idToken, {
        ...validProfile(),
        quarters: ['nordstadt'],
      });
      await api(platform.app, 'PUT', '/api/volunteers/me', inHeckinghausen.idToken, {
        ...validProfile(),
        quarters: ['heckinghausen'],
      });
      await api(platform.app, 'PUT', '/api/volunteers/me', everywhere.idToken, { ...validProfile(), quarters: 'all' });
      const { StaffRepository } = await import('../../shared/auth/staff-repository.ts');
      await new StaffRepository(createDocumentClient(platform.config), platform.config.tableName).put({
        userId: manager.userId,
        quarters: ['nordstadt', 'ostersbaum'],
      });
    });

    it('a manager reads volunteers of their quarters, and no one else', async () => {
      expect(
        (await api(platform.app, 'GET', `/api/volunteers/${inNordstadt.userId}`, manager.accessToken)).status,
      ).toBe(200);
      expect((await api(platform.app, 'GET', `/api/volunteers/${everywhere.userId}`, manager.accessToken)).status).toBe(
        200,
      );
      expect(
        (await api(platform.app, 'GET', `/api/volunteers/${inHeckinghausen.userId}`, manager.accessToken)).status,
      ).toBe(403);
      expect(
        (await api(platform.app, 'GET', '/api/volunteers/00000000-0000-0000-0000-000000000000', manager.accessToken))
          .status,
      ).toBe(404);
    });

    it('a volunteer reads only their own profile; an initiative reads none', async () => {
      expect(
        (await api(platform.app, 'GET', `/api/volunteers/${inNordstadt.userId}`, inNordstadt.idToken)).status,
      ).toBe(200);
      expect(
        (await api(platform.app, 'GET', `/api/volunteers/${inNordstadt.userId}`, inHeckinghausen.idToken)).status,
      ).toBe(403);
      const initiative = await createAccount(platform.config, 'initiative');
      expect((await api(platform.app, 'GET', `/api/volunteers/${inNordstadt.userId}`, initiative.idToken)).status).toBe(
        403,
      );
      expect((await api(platform.app, 'PUT', '/api/volunteers/me', initiative.idToken, validProfile())).status).toBe(
        403,
      );
    });

    it('rejects a malformed id with its path', async () => {
      const response = await api(platform.app, 'GET', '/api/volunteers/not%20an%20id', manager.accessToken);
      expect(response.status).toBe(400);
      expect(await issuePaths(response)).toEqual(['params.volunteerId']);
    });
  });

  it('creates accounts idempotently for the seed', async () => {
    const cognito = createCognitoClient(platform.config);
    const account = {
      role: 'admin' as const,
      email: `seed-${Date.now()}@example.org`,
      password: 'Seed-Passw0rd-2026!',
    };
    const first = await ensureAccount(cognito, platform.config.cognito.userPoolId, account);
    expect(await ensureAccount(cognito, platform.config.cognito.userPoolId, account)).toBe(first);
  });
});
