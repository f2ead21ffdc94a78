/**
 * The first sign-in of an invited account: only the challenge this app issued, for that address,
 * completes it. cognito-local does not check the challenge's session (a made-up one signs in as
 * any invited account and sets its password); Cognito does. The app holds the rule on both.
 */
import { AdminAddUserToGroupCommand, AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { api, postForm, type TestPlatform, testPlatform, uniqueEmail } from '../support/app.ts';

const TEMPORARY = 'Temp-Passw0rd-2026!';
const CHOSEN = 'Mein-eigenes-Passwort-1!';
const hiddenField = (html: string, name: string) =>
  new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');

describe('new-password challenge', () => {
  let platform: TestPlatform;
  const invite = async () => {
    const email = uniqueEmail('invited');
    const cognito = createCognitoClient(platform.config);
    const pool = platform.config.cognito.userPoolId;
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: pool,
        Username: email,
        TemporaryPassword: TEMPORARY,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: pool, Username: email, GroupName: 'manager' }));
    return email;
  };
  beforeAll(async () => {
    platform = await testPlatform();
  });

  it('refuses a made-up session, through the page and the API, and the account keeps its temporary password', async () => {
    const email = await invite();
    const page = await postForm(platform.app, '/signin/new-password', {
      email,
      session: 'made-up-session',
      password: CHOSEN,
    });
    expect(page.status).toBe(401);
    expect(page.headers.getSetCookie().join()).not.toContain('qh_session=');
    const json = await api(platform.app, 'POST', '/api/auth/new-password', undefined, {
      email,
      session: 'made-up-session',
      password: CHOSEN,
    });
    expect(json.status).toBe(401);
    expect(((await json.json()) as { error: { code: string } }).error.code).toBe('INVALID_SESSION');
    // Nothing changed at Cognito: the temporary password still leads to the challenge.
    const again = await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: TEMPORARY });
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('NEW_PASSWORD_REQUIRED');
  });

  it("refuses another account's challenge, and a challenge used twice", async () => {
    const [first, second] = [await invite(), await invite()];
    const signIn = await postForm(platform.app, '/signin', { email: first, password: TEMPORARY });
    const session = hiddenField(await signIn.text(), 'session') as string;
    expect(session).toBeTruthy();
    const stolen = await postForm(platform.app, '/signin/new-password', { email: second, session, password: CHOSEN });
    expect(stolen.status).toBe(401);
    // The issued challenge still works for its own address, once.
    const own = await postForm(platform.app, '/signin/new-password', { email: first, session, password: CHOSEN });
    expect(own.status).toBe(303);
    const replay = await postForm(platform.app, '/signin/new-password', { email: first, session, password: CHOSEN });
    expect(replay.status).toBe(401);
  });

  it('completes the challenge the API issued', async () => {
    const email = await invite();
    const signIn = await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: TEMPORARY });
    const body = (await signIn.json()) as { error: { details: { session: string } } };
    const done = await api(platform.app, 'POST', '/api/auth/new-password', undefined, {
      email,
      session: body.error.details.session,
      password: CHOSEN,
    });
    expect(done.status).toBe(200);
  });
});
