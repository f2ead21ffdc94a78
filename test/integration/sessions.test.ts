/**
 * Server-side sessions against DynamoDB Local and cognito-local, on a clock the tests move by hand:
 * one person's sessions can be found and ended together; a session dies after the idle timeout or
 * at its absolute limit; an admin's change to someone's role or quarters reaches their next page
 * request without a new sign-in.
 */
import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../shared/auth/caller.ts';
import { SessionRepository } from '../../shared/auth/session-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { TABLE } from '../../shared/db/table.ts';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { testConfig } from '../support/platform.ts';

const NOW = new Date('2026-11-02T09:00:00Z');
const MINUTE = 60_000;
const caller = (userId: string): Caller => ({ userId, roles: ['volunteer'] });

describe('session repository', () => {
  let sessions: SessionRepository;
  let tableName: string;
  let db: ReturnType<typeof createDocumentClient>;
  /** The stored session item, as DynamoDB holds it. */
  const stored = async (token: string) => {
    const hash = createHash('sha256').update(token).digest('base64url');
    const key = { [TABLE.partitionKey]: `SESSION#${hash}`, [TABLE.sortKey]: 'SESSION' };
    return (await db.send(new GetCommand({ TableName: tableName, Key: key }))).Item;
  };

  beforeAll(async () => {
    const config = await testConfig({ tablePrefix: 'sessions' });
    tableName = config.tableName;
    db = createDocumentClient(config);
    sessions = new SessionRepository(db, tableName, { idleSeconds: 30 * 60 });
  });

  it('ends every session of one person and no one else’s', async () => {
    const mine = await Promise.all([1, 2, 3].map(() => sessions.create(caller('ada'), NOW, 3600)));
    const other = await sessions.create(caller('bob'), NOW, 3600);
    expect(await sessions.deleteAllOf('ada')).toBe(3);
    for (const token of mine) expect(await sessions.get(token, NOW)).toBeUndefined();
    expect((await sessions.get(other, NOW))?.caller.userId).toBe('bob');
    expect(await sessions.deleteAllOf('ada')).toBe(0);
  });

  it('signs out one session and leaves no pointer behind', async () => {
    const first = await sessions.create(caller('cy'), NOW, 3600);
    const second = await sessions.create(caller('cy'), NOW, 3600);
    await sessions.delete(first);
    await sessions.delete(first);
    expect(await sessions.get(first, NOW)).toBeUndefined();
    expect((await sessions.get(second, NOW))?.caller.userId).toBe('cy');
    expect(await sessions.deleteAllOf('cy')).toBe(1);
  });

  it('records the last use at most once a minute, and the item’s TTL follows the idle timeout', async () => {
    const token = await sessions.create(caller('dee'), NOW, 12 * 3600);
    const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
    const epoch = (date: Date) => date.getTime() / 1000;
    expect((await stored(token))?.[TABLE.timeToLiveAttribute]).toBe(epoch(at(30)));

    expect((await sessions.get(token, at(0.5)))?.lastSeenAt).toBe(NOW.toISOString());
    expect((await stored(token))?.lastSeenAt).toBe(NOW.toISOString());

    expect((await sessions.get(token, at(1)))?.lastSeenAt).toBe(at(1).toISOString());
    const touched = await stored(token);
    expect(touched?.lastSeenAt).toBe(at(1).toISOString());
    expect(touched?.[TABLE.timeToLiveAttribute]).toBe(epoch(at(31)));

    // When the absolute limit comes first, the TTL is the limit.
    const short = await sessions.create(caller('dee'), NOW, 20 * 60);
    expect((await stored(short))?.[TABLE.timeToLiveAttribute]).toBe(epoch(at(20)));
  });

  it('does not bring a signed-out session back when recording its use', async () => {
    const token = await sessions.create(caller('eve'), NOW, 3600);
    const session = await sessions.get(token, NOW);
    await sessions.delete(token);
    // A request that read the session just before the sign-out records its use afterwards.
    expect(session).toBeDefined();
    expect(await sessions.get(token, new Date(NOW.getTime() + 2 * MINUTE))).toBeUndefined();
    expect(await stored(token)).toBeUndefined();
  });

  it('gives a session opened from a token older than a role change the changed roles', async () => {
    const open = await sessions.create({ userId: 'fay', roles: ['volunteer', 'manager'] }, NOW, 3600);
    await sessions.changeRoles('fay', ['volunteer'], NOW);
    expect((await sessions.get(open, NOW))?.caller.roles).toEqual(['volunteer']);
    // The ID token this sign-in verified was issued before the change and still says "manager".
    const later = await sessions.create({ userId: 'fay', roles: ['volunteer', 'manager'] }, NOW, 3600);
    expect((await sessions.get(later, NOW))?.caller.roles).toEqual(['volunteer']);
    // Other people's sessions keep their roles.
    const other = await sessions.create({ userId: 'gus', roles: ['manager'] }, NOW, 3600);
    expect((await sessions.get(other, NOW))?.caller.roles).toEqual(['manager']);
  });
});

describe('sessions on the platform', () => {
  let platform: TestPlatform;
  let now = NOW;
  const advance = (minutes: number) => {
    now = new Date(now.getTime() + minutes * MINUTE);
  };
  let admin: TestAccount;
  let volunteer: TestAccount;

  const signIn = async (account: TestAccount): Promise<string> => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const page = (path: string, cookie: string) => Promise.resolve(platform.app.request(path, { headers: { cookie } }));
  const status = async (path: string, cookie: string) => (await page(path, cookie)).status;
  const setRole = async (account: TestAccount, role: string) => {
    const response = await api(platform.app, 'PUT', `/api/admin/staff/${account.userId}/role`, admin.idToken, {
      role,
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { roles: string[] }).roles;
  };
  const assignQuarters = async (account: TestAccount, quarters: string[]) => {
    const response = await api(platform.app, 'PUT', `/api/admin/staff/${account.userId}`, admin.idToken, {
      role: 'manager',
      quarters,
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    [admin, volunteer] = await Promise.all([
      createAccount(platform.config, 'admin'),
      createAccount(platform.config, 'volunteer'),
    ]);
  });

  it('ends a session that was not used for longer than the idle timeout', async () => {
    const cookie = await signIn(volunteer);
    expect(await status('/profile', cookie)).toBe(200);
    advance(29);
    expect(await status('/profile', cookie)).toBe(200);
    advance(29);
    expect(await status('/profile', cookie)).toBe(200);
    advance(30.5);
    const idle = await page('/profile', cookie);
    expect(idle.status).toBe(303);
    expect(idle.headers.get('location')).toBe('/signin?next=%2Fprofile');
  });

  it('keeps a session in use alive until its absolute limit (12 hours), not longer', async () => {
    const cookie = await signIn(volunteer);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      advance(20);
      expect(await status('/profile', cookie), `after ${minutes} minutes`).toBe(200);
    }
    advance(19); // 11 h 59 min
    expect(await status('/profile', cookie)).toBe(200);
    advance(1);
    expect(await status('/profile', cookie)).toBe(303);
  });

  it('applies an admin’s change of quarters on the manager’s next page request', async () => {
    const manager = await createAccount(platform.config, 'manager');
    await assignQuarters(manager, ['ostersbaum']);
    const created = await api(platform.app, 'POST', '/api/needs', admin.idToken, {
      title: 'Sprachcafé',
      description: 'Deutsch üben bei Kaffee',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: { kind: 'once', date: '2026-12-03', start: '16:00', end: '18:00' },
      places: 2,
      requiredSkills: [],
      niceToHaveSkills: [],
      languages: ['de'],
      involvesMinors: false,
    });
    expect(created.status).toBe(201);
    const { needId } = (await created.json()) as { needId: string };
    const cookie = await signIn(manager);

    expect(await status(`/manage/needs/${needId}`, cookie)).toBe(403);
    await assignQuarters(manager, ['ostersbaum', 'nordstadt']);
    expect(await status(`/manage/needs/${needId}`, cookie)).toBe(200);
    await assignQuarters(manager, ['ostersbaum']);
    expect(await status(`/manage/needs/${needId}`, cookie)).toBe(403);
  });

  it('applies an admin’s change of role on the person’s next page request, in every open session', async () => {
    const person = await createAccount(platform.config, 'volunteer');
    const [phone, laptop] = [await signIn(person), await signIn(person)];
    expect(await status('/manage', phone)).toBe(403);

    expect(await setRole(person, 'manager')).toEqual(['volunteer', 'manager']);
    expect(await status('/manage', phone)).toBe(200);
    expect(await status('/manage', laptop)).toBe(200);
    expect(await status('/profile', laptop)).toBe(200);

    expect(await setRole(person, 'admin')).toEqual(['volunteer', 'admin']);
    expect(await status('/admin', phone)).toBe(200);

    expect(await setRole(person, 'none')).toEqual(['volunteer']);
    expect(await status('/admin', phone)).toBe(403);
    expect(await status('/manage', laptop)).toBe(403);
    expect(await status('/profile', laptop)).toBe(200);

    // A new sign-in gets the roles from Cognito, where the change was made too.
    expect(await status('/manage', await signIn(person))).toBe(403);
    // Each change is an admin action on the person's account: audited.
    const audit = await api(platform.app, 'GET', `/api/admin/audit?subjectId=${person.userId}`, admin.idToken);
    const entries = ((await audit.json()) as { entries: { action: string; actorId: string }[] }).entries;
    expect(entries.filter((entry) => entry.action === 'staff.role' && entry.actorId === admin.userId)).toHaveLength(3);
  });

  it('takes a manager’s role away at once', async () => {
    const manager = await createAccount(platform.config, 'manager');
    await assignQuarters(manager, ['nordstadt']);
    const cookie = await signIn(manager);
    expect(await status('/manage', cookie)).toBe(200);
    expect(await setRole(manager, 'none')).toEqual([]);
    expect(await status('/manage', cookie)).toBe(403);
  });

  it('lets only admins change roles, never their own, and only of accounts that exist', async () => {
    const change = (token: string, userId: string) =>
      api(platform.app, 'PUT', `/api/admin/staff/${userId}/role`, token, { role: 'admin' });
    expect((await change(volunteer.idToken, volunteer.userId)).status).toBe(403);
    expect((await change(admin.idToken, admin.userId)).status).toBe(403);
    expect((await change(admin.idToken, 'no-such-account')).status).toBe(404);
  });
});
