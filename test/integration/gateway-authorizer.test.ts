/**
 * The local gateway answers /api as API Gateway's JWT authorizer does: on every route whose
 * gateway.ts says `authorizer: 'jwt'`, a request without a valid Bearer token gets the gateway's
 * own 401 and the function never runs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { concretePath, label, SIGNED_IN_ROUTES } from '../support/contract-requests.ts';
import { profileInput } from '../support/fixtures.ts';
import { signToken } from '../support/tokens.ts';

async function expectGatewayRefusal(response: Response, challenge: RegExp) {
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({ message: 'Unauthorized' });
  expect(response.headers.get('www-authenticate')).toMatch(challenge);
}

const INVALID = /^Bearer scope="" error="invalid_token" error_description="[^"]+"$/;

describe('the JWT authorizer in front of /api', () => {
  let platform: TestPlatform;
  let volunteer: TestAccount;
  let cookie: string;

  beforeAll(async () => {
    platform = await testPlatform();
    volunteer = await createAccount(platform.config, 'volunteer');
    const signIn = await postForm(platform.app, '/signin', { email: volunteer.email, password: volunteer.password });
    cookie = cookieFrom(signIn, 'qh_session') as string;
  });

  const saveProfile = (headers: Record<string, string>) =>
    platform.app.request('/api/volunteers/me', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(profileInput()),
    });
  const profileExists = async () =>
    (await platform.app.request('/api/volunteers/me', { headers: { authorization: `Bearer ${volunteer.idToken}` } }))
      .status === 200;

  it('refuses a session cookie alone, and the function never runs', async () => {
    await expectGatewayRefusal(await saveProfile({ cookie }), /^Bearer$/);
    expect(await profileExists()).toBe(false);
    // The pages still take the cookie: they are public at the gateway.
    expect((await platform.app.request('/profile', { headers: { cookie } })).status).toBe(200);
  });

  it('refuses a missing, malformed, expired, foreign or wrongly addressed token', async () => {
    const config = platform.config;
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, Record<string, string>, RegExp][] = [
      ['no header', {}, /^Bearer$/],
      ['empty header', { authorization: '' }, /^Bearer$/],
      ['Bearer and nothing', { authorization: 'Bearer ' }, /^Bearer$/],
      ['not a JWT', { authorization: 'Bearer not-a-token' }, INVALID],
      ['three garbled parts', { authorization: 'Bearer a.b.c' }, INVALID],
      ['another scheme', { authorization: `Basic ${btoa('a:b')}` }, INVALID],
      [
        'expired',
        { authorization: `Bearer ${await signToken(config, { issuedAt: now - 7200, lifetime: 3600 })}` },
        /error_description="the token has expired"/,
      ],
      [
        'issued in the future',
        { authorization: `Bearer ${await signToken(config, { issuedAt: now + 3600 })}` },
        INVALID,
      ],
      [
        'ID token of another client',
        { authorization: `Bearer ${await signToken(config, { claims: { aud: 'another-client' } })}` },
        /error_description="the token does not have a valid audience"/,
      ],
      [
        'access token of another client',
        {
          authorization: `Bearer ${await signToken(config, { tokenUse: 'access', claims: { client_id: 'another-client' } })}`,
        },
        /error_description="the token does not have a valid audience"/,
      ],
      [
        'no audience at all (a refresh token)',
        { authorization: `Bearer ${await signToken(config, { claims: { aud: undefined } })}` },
        /error_description="the token does not have a valid audience"/,
      ],
      [
        'another issuer',
        { authorization: `Bearer ${await signToken(config, { claims: { iss: 'https://evil.example/pool' } })}` },
        INVALID,
      ],
      ['signed by another key', { authorization: `Bearer ${await signToken(config, { foreignKey: true })}` }, INVALID],
    ];
    for (const [name, headers, challenge] of cases) {
      const response = await saveProfile({ ...headers, cookie });
      await expectGatewayRefusal(response, challenge).catch((error: Error) => {
        throw new Error(`${name}: ${error.message}`);
      });
    }
    expect(await profileExists()).toBe(false);
  });

  it('lets a valid ID or access token through (bare, as the gateway also accepts)', async () => {
    const created = await saveProfile({ authorization: `Bearer ${volunteer.idToken}` });
    expect(created.status).toBe(201);
    const read = await platform.app.request('/api/volunteers/me', {
      headers: { authorization: volunteer.accessToken },
    });
    // The gateway takes a bare token; the function wants the Bearer scheme and says so in its own body.
    expect(read.status).toBe(401);
    expect(await read.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const withScheme = await platform.app.request('/api/volunteers/me', {
      headers: { authorization: `Bearer ${volunteer.accessToken}` },
    });
    expect(withScheme.status).toBe(200);
  });

  it.each(SIGNED_IN_ROUTES.map((route) => [label(route), route] as const))(
    '%s: no token, no function',
    async (_, route) => {
      const response = await platform.app.request(concretePath(route, 'x'), {
        method: route.method.toUpperCase(),
        headers: { cookie },
      });
      await expectGatewayRefusal(response, /^Bearer$/);
    },
  );

  it('leaves public routes alone', async () => {
    for (const path of ['/api/quarters', '/api/consent', '/api/openapi.json']) {
      expect((await platform.app.request(path)).status, path).toBe(200);
    }
    const signIn = await platform.app.request('/api/auth/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(signIn.status).toBe(400);
  });
});
