/**
 * Issue 8, 1c: Cognito's errors reach no client as a 500. Sign-out with a token Cognito does not
 * accept (garbage, already revoked, an access token) is the caller's mistake: 4xx with a code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createAccount, type TestPlatform, testPlatform } from '../support/app.ts';

type ErrorBody = { error: { code: string; message: string } };

describe('sign-out with a token Cognito refuses', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await testPlatform();
  });

  const signOut = (refreshToken: string) => api(platform.app, 'POST', '/api/auth/signout', undefined, { refreshToken });

  it('answers garbage with 400 INVALID_TOKEN', async () => {
    const response = await signOut('x');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.code).toBe('INVALID_TOKEN');
  });

  it('revokes a refresh token once; the second time is a 400, not a 500', async () => {
    const account = await createAccount(platform.config, 'volunteer');
    const signIn = await api(platform.app, 'POST', '/api/auth/signin', undefined, {
      email: account.email,
      password: account.password,
    });
    const { refreshToken, accessToken } = (await signIn.json()) as { refreshToken: string; accessToken: string };
    expect(refreshToken).toBeTruthy();

    // An access token where the refresh token belongs.
    const wrongKind = await signOut(accessToken);
    expect(wrongKind.status).toBe(400);
    expect(((await wrongKind.json()) as ErrorBody).error.code).toBe('INVALID_TOKEN');

    expect((await signOut(refreshToken)).status).toBe(204);
    const again = await signOut(refreshToken);
    expect(again.status).toBe(400);
    const body = (await again.json()) as ErrorBody;
    expect(body.error.code).toBe('INVALID_TOKEN');
    expect(body.error.message).not.toMatch(/Exception|cognito/i);
  });
});
