/**
 * Every place a `next` redirect target reaches (the language switch, the sign-in form's hidden
 * field, the sign-in itself and the first sign-in's new password) is tried with every hostile
 * value of test/support/hostile-next.ts: each answer stays on this site and none is a 500.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { createAccount, postForm, type TestPlatform, testPlatform, uniqueEmail } from '../support/app.ts';
import { HOSTILE_NEXT } from '../support/hostile-next.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../support/timeouts.ts';

const PASSWORD = 'Test-Passw0rd-2026!';

/** Where a browser on http://localhost goes when it follows this answer. */
function expectStaysOnSite(response: Response, label: string) {
  expect(response.status, label).toBe(303);
  const location = response.headers.get('location') ?? '';
  expect(new URL(location, 'http://localhost').origin, `${label} → ${JSON.stringify(location)}`).toBe(
    'http://localhost',
  );
  expect(location, label).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
}

const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function hiddenField(html: string, name: string): string | undefined {
  const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? undefined : unescapeHtml(match[1]);
}

/** Runs `task` for every value, at most `limit` at a time (independent accounts, so order does not matter). */
async function forEachLimited<T>(
  values: readonly T[],
  limit: number,
  task: (value: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < values.length) await task(values[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
}

describe('redirect targets from input', () => {
  let platform: TestPlatform;
  let cognito: CognitoIdentityProviderClient;
  let email: string;
  /**
   * The answer to a successful POST /signin of this account, by the `next` value posted: every
   * distinct value is signed in with once. Most hostile values are carried as '' by the form, and
   * a sign-in with the same fields answers the same, so the 84 posts are 42 distinct sign-ins.
   */
  const signIns = new Map<string, Promise<Response>>();
  const signInWithNext = (value: string) => {
    let answer = signIns.get(value);
    if (!answer) {
      answer = postForm(platform.app, '/signin', { email, password: PASSWORD, next: value });
      signIns.set(value, answer);
    }
    return answer;
  };

  beforeAll(async () => {
    // A pool of its own: its 43 accounts and their sign-ins stay out of the shared pool, which cognito-local writes
    // out whole on every change, so every account in it slows every other test file's sign-ins.
    platform = await testPlatform({ ownUserPool: true });
    cognito = createCognitoClient(platform.config);
    email = uniqueEmail('next');
    await createAccount(platform.config, 'volunteer', email);
  });

  it.each(HOSTILE_NEXT)('the language switch stays on this site for next=%j', async (next) => {
    const response = await platform.app.request(`/lang/en?next=${encodeURIComponent(next)}`);
    expectStaysOnSite(response, next);
  });

  it('the language switch still goes back to the page it was asked from', async () => {
    const response = await platform.app.request(`/lang/en?next=${encodeURIComponent('/signin?email=a%40b.org')}`);
    expect(response.headers.get('location')).toBe('/signin?email=a%40b.org');
  });

  it.each(HOSTILE_NEXT)('sign-in carries no hostile target for next=%j', async (next) => {
    const form = await platform.app.request(`/signin?next=${encodeURIComponent(next)}`);
    expect(form.status).toBe(200);
    const carried = hiddenField(await form.text(), 'next');
    expect(carried).toBeDefined();
    if (carried !== '') expect(new URL(carried as string, 'http://localhost').origin).toBe('http://localhost');

    // The form as served, and the same form with the hostile value put back (a crafted post).
    for (const value of [carried as string, next]) {
      expectStaysOnSite(await signInWithNext(value), `POST /signin next=${JSON.stringify(value)}`);
    }
  });

  // Creates, invites and signs in one account per hostile value (42), six at a time: independent
  // accounts, and each from its own client address, because simultaneous attempts from one address
  // contend for its throttle record (and may be refused with 429, as they should be).
  it(
    'the first sign-in of invited staff stays on this site with every hostile target',
    async () => {
      const temporary = 'Temp-Passw0rd-2026!';
      const invitedFor = new Map<string, string>();
      await forEachLimited(HOSTILE_NEXT, 6, async (next) => {
        const invited = uniqueEmail('invited');
        invitedFor.set(next, invited);
        await cognito.send(
          new AdminCreateUserCommand({
            UserPoolId: platform.config.cognito.userPoolId,
            Username: invited,
            TemporaryPassword: temporary,
            MessageAction: 'SUPPRESS',
            UserAttributes: [{ Name: 'email', Value: invited }],
          }),
        );
        await cognito.send(
          new AdminAddUserToGroupCommand({
            UserPoolId: platform.config.cognito.userPoolId,
            Username: invited,
            GroupName: 'manager',
          }),
        );
      });
      let addresses = 0;
      await forEachLimited(HOSTILE_NEXT, 6, async (next) => {
        const invited = invitedFor.get(next) as string;
        const from = { incoming: { socket: { remoteAddress: `10.13.0.${++addresses}` } } };
        const first = await postForm(
          platform.app,
          '/signin',
          { email: invited, password: temporary, next },
          undefined,
          from,
        );
        expect(first.status, next).toBe(200);
        const html = await first.text();
        const carried = hiddenField(html, 'next') ?? '';
        if (carried !== '') expect(new URL(carried, 'http://localhost').origin, next).toBe('http://localhost');
        const done = await postForm(
          platform.app,
          '/signin/new-password',
          {
            email: invited,
            session: hiddenField(html, 'session') ?? '',
            next,
            password: 'Mein-eigenes-Passwort-1!',
          },
          undefined,
          from,
        );
        expectStaysOnSite(done, `new password next=${JSON.stringify(next)}`);
      });
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  // Last: many wrong passwords in a row may be throttled (429), which must not disturb the rest.
  it('a wrong password keeps no hostile target in the form, and is never a 500', async () => {
    for (const next of HOSTILE_NEXT) {
      const response = await postForm(platform.app, '/signin', { email, password: 'Falsch-1!', next });
      expect(response.status, next).not.toBe(500);
      const carried = hiddenField(await response.text(), 'next') ?? '';
      if (carried !== '') expect(new URL(carried, 'http://localhost').origin, next).toBe('http://localhost');
    }
  });
});
