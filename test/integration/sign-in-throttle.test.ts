/**
 * Issue 8, 1f: password and code guessing and mail-bombing are throttled per account and per client
 * address (state in DynamoDB Local), with growing lockouts answered by 429 + Retry-After; while an
 * account is locked even the right password is refused. A fixed clock is advanced by hand.
 */
import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { storageClientConfig } from '../../shared/db/client.ts';
import { THROTTLE_RULES } from '../../shared/throttle/rules.ts';
import {
  createAccount,
  ORIGIN,
  type TestAccount,
  type TestPlatform,
  testPlatform,
  uniqueEmail,
} from '../support/app.ts';
import { latestCode } from '../support/platform.ts';

const PASSWORD = 'Sicheres-Passwort-2026!';
const WRONG = 'Falsches-Passwort-2026!';
const FREE = THROTTLE_RULES.password.account.freeFailures;

/** The local platform's env as @hono/node-server passes it: the socket's peer is the client address. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

function post(app: Hono, path: string, body: unknown, address: string): Promise<Response> {
  return Promise.resolve(
    app.request(
      path,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      from(address),
    ),
  );
}

describe('throttling account attempts', () => {
  let platform: TestPlatform;
  let now = new Date('2026-11-24T10:00:00Z');
  const advance = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  const signIn = (email: string, password: string, address: string) =>
    post(platform.app, '/api/auth/signin', { email, password }, address);

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
  });

  describe('password sign-in', () => {
    let victim: TestAccount;
    beforeAll(async () => {
      victim = await createAccount(platform.config, 'volunteer');
    });

    it('answers 40 wrong passwords in a row with 429 after the free ones, and refuses the right one while locked', async () => {
      const statuses: number[] = [];
      let retryAfter = '';
      for (let i = 0; i < 40; i++) {
        const response = await signIn(victim.email, WRONG, '203.0.113.1');
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get('retry-after') ?? '';
          expect(((await response.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
        }
      }
      expect(statuses.slice(0, FREE)).toEqual(Array(FREE).fill(401));
      expect(statuses.slice(FREE)).toEqual(Array(40 - FREE).fill(429));
      expect(Number(retryAfter)).toBe(THROTTLE_RULES.password.account.baseSeconds);

      // Locked: the right password too, from any address.
      const right = await signIn(victim.email, victim.password, '198.51.100.9');
      expect(right.status).toBe(429);
      advance(Number(retryAfter) - 1);
      expect((await signIn(victim.email, victim.password, '203.0.113.1')).status).toBe(429);
      advance(1);
      expect((await signIn(victim.email, victim.password, '203.0.113.1')).status).toBe(200);
      // A right password ends the count.
      expect((await signIn(victim.email, WRONG, '203.0.113.1')).status).toBe(401);
    });

    it('makes each lockout window longer than the last, up to the cap', async () => {
      const account = await createAccount(platform.config, 'volunteer');
      const windows: number[] = [];
      let guesses = 0;
      for (let i = 0; i < 30; i++) {
        const response = await signIn(account.email, WRONG, '203.0.113.2');
        if (response.status === 401) guesses++;
        else {
          expect(response.status).toBe(429);
          const seconds = Number(response.headers.get('retry-after'));
          windows.push(seconds);
          advance(seconds);
        }
      }
      const rule = THROTTLE_RULES.password.account;
      expect(windows.slice(0, 5)).toEqual([1, 2, 4, 8, 16].map((factor) => rule.baseSeconds * factor));
      for (let i = 1; i < windows.length; i++) expect(windows[i]).toBeGreaterThanOrEqual(windows[i - 1] ?? 0);
      expect(Math.max(...windows)).toBe(rule.capSeconds);
      // Every guess after the free ones had to wait out a window first.
      expect(guesses).toBeLessThanOrEqual(FREE + windows.length);
    });

    it('leaves another account at another address unaffected', async () => {
      const locked = await createAccount(platform.config, 'volunteer');
      for (let i = 0; i < FREE + 3; i++) await signIn(locked.email, WRONG, '203.0.113.3');
      expect((await signIn(locked.email, locked.password, '203.0.113.3')).status).toBe(429);
      const other = await createAccount(platform.config, 'volunteer');
      expect((await signIn(other.email, WRONG, '203.0.113.4')).status).toBe(401);
      expect((await signIn(other.email, other.password, '203.0.113.4')).status).toBe(200);
    });

    it('locks a client address that guesses across many accounts, not other addresses', async () => {
      const rule = THROTTLE_RULES.password.address;
      for (let i = 0; i < rule.freeFailures; i++) {
        expect((await signIn(uniqueEmail('nobody'), WRONG, '203.0.113.5')).status).toBe(401);
      }
      const someone = await createAccount(platform.config, 'volunteer');
      const blocked = await signIn(someone.email, someone.password, '203.0.113.5');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBe(rule.baseSeconds);
      expect((await signIn(someone.email, someone.password, '203.0.113.6')).status).toBe(200);
    });

    it('lets no more than the free guesses through when they arrive at the same moment', async () => {
      const account = await createAccount(platform.config, 'volunteer');
      const responses = await Promise.all(
        Array.from({ length: 16 }, () => signIn(account.email, WRONG, '203.0.113.7')),
      );
      const statuses = responses.map((response) => response.status);
      const guesses = statuses.filter((status) => status === 401).length;
      expect(guesses).toBeGreaterThan(0);
      expect(guesses).toBeLessThanOrEqual(FREE);
      expect(statuses.filter((status) => status !== 401).every((status) => status === 429)).toBe(true);
      expect((await signIn(account.email, account.password, '203.0.113.7')).status).toBe(429);
    });

    it('shows the lockout on the sign-in page in the visitor’s language, with Retry-After', async () => {
      const account = await createAccount(platform.config, 'volunteer');
      const form = (password: string) =>
        platform.app.request(
          '/signin',
          {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie: 'qh_lang=en' },
            body: new URLSearchParams({ email: account.email, password, next: '' }),
          },
          from('203.0.113.8'),
        );
      for (let i = 0; i < FREE; i++) expect((await form(WRONG)).status).toBe(401);
      const locked = await form(account.password);
      expect(locked.status).toBe(429);
      expect(locked.headers.get('retry-after')).toBe(String(THROTTLE_RULES.password.account.baseSeconds));
      const html = await locked.text();
      expect(html).toContain('Too many attempts. Please try again in 1 minute(s).');
      expect(html).toContain(`value="${account.email}"`);
      expect(locked.headers.getSetCookie().some((cookie) => cookie.startsWith('qh_session='))).toBe(false);
    });
  });

  describe('codes and mail', () => {
    it('throttles confirmation-code guesses; the right code is refused while locked', async () => {
      const email = uniqueEmail('code');
      expect((await post(platform.app, '/api/auth/signup', { email, password: PASSWORD }, '203.0.113.20')).status).toBe(
        202,
      );
      const code = latestCode(platform.outboxFile, email);
      const wrong = code === '000000' ? '111111' : '000000';
      const rule = THROTTLE_RULES.code.account;
      for (let i = 0; i < rule.freeFailures; i++) {
        expect((await post(platform.app, '/api/auth/confirm', { email, code: wrong }, '203.0.113.21')).status).toBe(
          400,
        );
      }
      const locked = await post(platform.app, '/api/auth/confirm', { email, code }, '203.0.113.21');
      expect(locked.status).toBe(429);
      advance(Number(locked.headers.get('retry-after')));
      expect((await post(platform.app, '/api/auth/confirm', { email, code }, '203.0.113.21')).status).toBe(200);
    });

    it('throttles reset-code guesses', async () => {
      const account = await createAccount(platform.config, 'volunteer');
      expect(
        (await post(platform.app, '/api/auth/password/forgot', { email: account.email }, '203.0.113.22')).status,
      ).toBe(202);
      const body = { email: account.email, code: '000000', password: 'Neues-Passwort-2027?' };
      const statuses: number[] = [];
      for (let i = 0; i <= THROTTLE_RULES.code.account.freeFailures; i++) {
        statuses.push((await post(platform.app, '/api/auth/password/reset', body, '203.0.113.23')).status);
      }
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.slice(0, -1).every((status) => status === 400)).toBe(true);
    });

    it('limits how often sign-up and forgot-password send mail to one address', async () => {
      const rule = THROTTLE_RULES.send.account;
      const email = uniqueEmail('bombed');
      const signUps: number[] = [];
      for (let i = 0; i <= rule.freeFailures; i++) {
        const address = `203.0.113.${30 + i}`; // from ever new addresses: the account limit holds anyway
        signUps.push((await post(platform.app, '/api/auth/signup', { email, password: PASSWORD }, address)).status);
      }
      expect(signUps).toEqual([...Array(rule.freeFailures).fill(202), 429]);

      const target = uniqueEmail('reset-bombed');
      const forgot: number[] = [];
      for (let i = 0; i <= rule.freeFailures; i++) {
        forgot.push((await post(platform.app, '/api/auth/password/forgot', { email: target }, '203.0.113.40')).status);
      }
      expect(forgot).toEqual([...Array(rule.freeFailures).fill(202), 429]);
    });
  });

  it('keeps no plain e-mail or client address in the table', async () => {
    const { DynamoDBClient, ScanCommand } = await import('@aws-sdk/client-dynamodb');
    const client = new DynamoDBClient(storageClientConfig(platform.config));
    const { Items = [] } = await client.send(
      new ScanCommand({
        TableName: platform.config.tableName,
        FilterExpression: '#t = :t',
        ExpressionAttributeNames: { '#t': 'type' },
        ExpressionAttributeValues: { ':t': { S: 'Throttle' } },
      }),
    );
    client.destroy();
    expect(Items.length).toBeGreaterThan(0);
    const dump = JSON.stringify(Items);
    expect(dump).not.toMatch(/@example\.org|203\.0\.113/);
    expect(Items.every((item) => Number(item.expiresAt?.N) > now.getTime() / 1000)).toBe(true);
  });
});
