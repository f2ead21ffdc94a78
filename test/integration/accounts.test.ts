import { AdminListGroupsForUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { IdentityAdmin } from '../../shared/auth/identity-admin.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { api, cookieFrom, postForm, type TestPlatform, testPlatform, uniqueEmail } from '../support/app.ts';
import { latestCode, readOutbox } from '../support/platform.ts';

const PASSWORD = 'Sicheres-Passwort-2026!';
type ErrorBody = { error: { code: string; issues?: { path: string; code: string }[] } };

describe('accounts API', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await testPlatform();
  });

  it('signs up, confirms with the e-mailed code, joins the volunteer group and signs in', async () => {
    const email = uniqueEmail('signup');
    const signUp = await api(platform.app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD });
    expect(signUp.status).toBe(202);
    const code = latestCode(platform.outboxFile, email);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await api(platform.app, 'POST', '/api/auth/confirm', undefined, {
      email,
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as ErrorBody).error.code).toBe('INVALID_CODE');

    expect((await api(platform.app, 'POST', '/api/auth/confirm', undefined, { email, code })).status).toBe(200);
    const signIn = await api(platform.app, 'POST', '/api/auth/signin', undefined, {
      email: email.toUpperCase(),
      password: PASSWORD,
    });
    expect(signIn.status).toBe(200);
    const tokens = (await signIn.json()) as { idToken: string; accessToken: string };
    expect(decodeJwt(tokens.idToken)['cognito:groups']).toEqual(['volunteer']);
    // cognito-local lists groups by username (the sub), not by e-mail alias.
    const groups = await createCognitoClient(platform.config).send(
      new AdminListGroupsForUserCommand({
        UserPoolId: platform.config.cognito.userPoolId,
        Username: decodeJwt(tokens.idToken).sub,
      }),
    );
    expect(groups.Groups?.map((group) => group.GroupName)).toEqual(['volunteer']);
  });

  it('names every broken password rule, and answers a second sign-up for the same address as the first', async () => {
    const weak = await api(platform.app, 'POST', '/api/auth/signup', undefined, {
      email: 'not-an-email',
      password: 'short',
    });
    expect(weak.status).toBe(400);
    const issues = ((await weak.json()) as ErrorBody).error.issues ?? [];
    expect(issues.map((issue) => issue.code).sort()).toEqual(
      ['invalid_email', 'password_digit', 'password_length', 'password_symbol', 'password_uppercase'].sort(),
    );
    const email = uniqueEmail('twice');
    expect((await api(platform.app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD })).status).toBe(
      202,
    );
    // No 409: that would tell anyone which addresses have accounts (the owner is mailed instead).
    const again = await api(platform.app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD });
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ status: 'accepted' });
  });

  it('rejects a wrong password, and an unconfirmed account, without saying which part was wrong', async () => {
    const email = uniqueEmail('unconfirmed');
    await api(platform.app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD });
    const unconfirmed = await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: PASSWORD });
    expect(unconfirmed.status).toBe(403);
    expect(((await unconfirmed.json()) as ErrorBody).error.code).toBe('NOT_CONFIRMED');
    const code = latestCode(platform.outboxFile, email);
    await api(platform.app, 'POST', '/api/auth/confirm', undefined, { email, code });
    const wrong = await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: `${PASSWORD}x` });
    expect(wrong.status).toBe(401);
    const nobody = await api(platform.app, 'POST', '/api/auth/signin', undefined, {
      email: uniqueEmail('nobody'),
      password: PASSWORD,
    });
    expect(nobody.status).toBe(401);
    expect(await nobody.json()).toEqual(await wrong.json());
  });

  it('resets a forgotten password with the e-mailed code', async () => {
    const email = uniqueEmail('reset');
    await api(platform.app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD });
    await api(platform.app, 'POST', '/api/auth/confirm', undefined, {
      email,
      code: latestCode(platform.outboxFile, email),
    });
    const signUpCode = latestCode(platform.outboxFile, email);
    expect((await api(platform.app, 'POST', '/api/auth/password/forgot', undefined, { email })).status).toBe(202);
    const code = latestCode(platform.outboxFile, email);
    expect(code).not.toBe(signUpCode);
    const newPassword = 'Neues-Passwort-2027?';
    const weak = await api(platform.app, 'POST', '/api/auth/password/reset', undefined, {
      email,
      code,
      password: 'weak',
    });
    expect(weak.status).toBe(400);
    expect(
      (await api(platform.app, 'POST', '/api/auth/password/reset', undefined, { email, code, password: newPassword }))
        .status,
    ).toBe(200);
    expect(
      (await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: newPassword })).status,
    ).toBe(200);
    // Asking for a reset of an unknown address looks the same as for a known one.
    expect(
      (await api(platform.app, 'POST', '/api/auth/password/forgot', undefined, { email: uniqueEmail('ghost') })).status,
    ).toBe(202);
  });

  it('rejects unknown fields in account requests', async () => {
    const response = await api(platform.app, 'POST', '/api/auth/signin', undefined, {
      email: 'a@example.org',
      password: 'x',
      admin: true,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.issues?.map((issue) => issue.path)).toEqual(['admin']);
  });
});

describe('web sessions', () => {
  let platform: TestPlatform;
  let email: string;
  beforeAll(async () => {
    platform = await testPlatform();
    email = uniqueEmail('web');
    await api(platform.app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD });
    await api(platform.app, 'POST', '/api/auth/confirm', undefined, {
      email,
      code: latestCode(platform.outboxFile, email),
    });
  });

  it('signs in with a Secure HttpOnly SameSite=Lax cookie, and sign-out ends the session at once', async () => {
    const signIn = await postForm(platform.app, '/signin', { email, password: PASSWORD, next: '' });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/dashboard');
    const setCookie = signIn.headers.getSetCookie().find((cookie) => cookie.startsWith('qh_session='));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = cookieFrom(signIn, 'qh_session') as string;

    const profile = await platform.app.request('/profile', { headers: { cookie } });
    expect(profile.status).toBe(200);

    const signOut = await postForm(platform.app, '/signout', {}, cookie);
    expect(signOut.status).toBe(303);
    const after = await platform.app.request('/profile', { headers: { cookie } });
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/signin?next=%2Fprofile');
  });

  it('refuses form posts from another site (CSRF)', async () => {
    const response = await platform.app.request('/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ email, password: PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('shows a wrong password on the form, keeps the e-mail and never echoes the password', async () => {
    const response = await postForm(platform.app, '/signin', { email, password: 'Falsches-Passwort-1!' });
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('E-Mail-Adresse oder Passwort ist falsch.');
    expect(html).toContain(`value="${email}"`);
    expect(html).not.toContain('Falsches-Passwort-1!');
  });

  it('asks invited staff for their own password at the first sign-in, then opens a session', async () => {
    const email = uniqueEmail('invited');
    await new IdentityAdmin(createCognitoClient(platform.config), platform.config.cognito.userPoolId).invite(
      email,
      'manager',
    );
    const temporary =
      readOutbox(platform.outboxFile).findLast((entry) => entry.to === email && entry.kind === 'AdminCreateUser')
        ?.code ?? '';
    const first = await postForm(platform.app, '/signin', { email, password: temporary, next: '/manage' });
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('Eigenes Passwort festlegen');
    const session = /name="session" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(session).not.toBe('');
    const weak = await postForm(platform.app, '/signin/new-password', {
      email,
      session,
      next: '/manage',
      password: 'short',
    });
    expect(weak.status).toBe(400);
    const done = await postForm(platform.app, '/signin/new-password', {
      email,
      session,
      next: '/manage',
      password: 'Mein-eigenes-Passwort-1!',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/manage');
    expect(cookieFrom(done, 'qh_session')).toBeTruthy();
  });

  it('never redirects to another site after sign-in', async () => {
    const response = await postForm(platform.app, '/signin', { email, password: PASSWORD, next: '//evil.example/x' });
    expect(response.headers.get('location')).toBe('/dashboard');
  });
});
