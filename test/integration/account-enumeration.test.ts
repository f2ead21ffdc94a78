/**
 * Issue 8, 1i: the account flows do not reveal which e-mail addresses have accounts. Sign-up with a
 * known address answers exactly as with a new one, and the owner is told by e-mail instead: by the
 * notifier, from the notice the sign-up records (issue 13), never on the request path.
 */
import { AdminDeleteUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { IdentityAdmin } from '../../shared/auth/identity-admin.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { accountExistsKey } from '../../shared/notifications/account-exists-notice.ts';
import {
  api,
  createAccount,
  ORIGIN,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
  uniqueEmail,
} from '../support/app.ts';
import { latestCode, readOutbox } from '../support/platform.ts';

const PASSWORD = 'Sicheres-Passwort-2026!';
/** What a requester types: none of it may reach the owner's mailbox. */
const TYPED_PASSWORD = 'Angreifer-<b>Passwort</b>-2026!';
/** The app's and the notifier's clock: the window of the account-exists notices must not turn mid-test. */
const NOW = new Date('2026-12-02T10:07:30.000Z');

/** Status and body, with the one part that legitimately differs (the address) taken out. */
async function shape(response: Response, email: string) {
  const body = await response.text();
  return {
    status: response.status,
    location: response.headers.get('location')?.replace(encodeURIComponent(email), '<email>') ?? null,
    contentType: response.headers.get('content-type'),
    body: body.replaceAll(email, '<email>'),
  };
}

describe('account enumeration', () => {
  let platform: TestPlatform;
  let owner: TestAccount;
  beforeAll(async () => {
    platform = await testPlatform({ clock: () => new Date(NOW) });
    // A volunteer who signed up in English (the locale is stored on the account).
    const email = uniqueEmail('owner');
    await api(platform.app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD, locale: 'en' });
    const code = latestCode(platform.outboxFile, email);
    await api(platform.app, 'POST', '/api/auth/confirm', undefined, { email, code });
    owner = { email, password: PASSWORD, userId: '', idToken: '', accessToken: '' };
  });

  /** A same-origin post from a client address of its own (the throttle counts mail per address too). */
  const fromAddress = async (address: string, path: string, contentType: string, body: string) =>
    platform.app.request(
      path,
      { method: 'POST', headers: { 'content-type': contentType, origin: ORIGIN }, body },
      { incoming: { socket: { remoteAddress: address } } },
    );

  const accountExists = (email: string) =>
    readOutbox(platform.outboxFile).filter((entry) => entry.to === email && entry.kind === 'AccountExists');

  it('answers sign-up for a known address exactly as for a new one, and tells the owner in their language', async () => {
    const fresh = uniqueEmail('fresh');
    const forNew = await api(platform.app, 'POST', '/api/auth/signup', undefined, { email: fresh, password: PASSWORD });
    const forKnown = await api(platform.app, 'POST', '/api/auth/signup', undefined, {
      email: owner.email,
      password: TYPED_PASSWORD,
      locale: 'de',
    });
    expect(await shape(forKnown, owner.email)).toEqual(await shape(forNew, fresh));
    expect(forKnown.status).toBe(202);
    // Not on the request path (its wait would tell known addresses apart): the notifier sends it.
    expect(accountExists(owner.email)).toEqual([]);
    await platform.notifications.drain();

    const notices = accountExists(owner.email);
    expect(notices).toHaveLength(1);
    const notice = notices[0];
    // English, as the owner chose at sign-up (not German, as the requester asked).
    expect(notice?.subject).toBe('Quartiershilfe: someone tried to sign up with your e-mail address');
    expect(notice?.body).toContain('someone has just tried to create a new Quartiershilfe account');
    expect(notice?.body).toContain('http://localhost/signin');
    expect(notice?.body).toContain('http://localhost/password/forgot');
    expect(notice?.html).toContain('<a href="http://localhost/password/forgot">');
    for (const part of [notice?.subject, notice?.body, notice?.html]) {
      expect(part).not.toContain('Angreifer');
      expect(part).not.toContain('Passwort</b>');
    }
    // No notice for a new address: it gets its confirmation code.
    expect(accountExists(fresh)).toEqual([]);
    expect(latestCode(platform.outboxFile, fresh)).toMatch(/^\d{6}$/);
  });

  it('writes German and English to an owner whose language is not known (an invited staff account)', async () => {
    const email = uniqueEmail('staff');
    await new IdentityAdmin(createCognitoClient(platform.config), platform.config.cognito.userPoolId).invite(
      email,
      'manager',
    );
    const response = await api(platform.app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD });
    expect(response.status).toBe(202);
    await platform.notifications.drain();
    const notice = accountExists(email).at(-1);
    expect(notice?.subject).toContain('Jemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen');
    expect(notice?.subject).toContain('someone tried to sign up with your e-mail address');
    expect(notice?.body).toContain('Guten Tag,');
    expect(notice?.body).toContain('Hello,');
  });

  it('tells the owner once however often the address is tried in a short time, then forgets the address', async () => {
    const known = await createAccount(platform.config, 'volunteer');
    // From addresses of their own: the file's shared address has spent its mail allowance.
    for (const address of ['192.0.2.91', '192.0.2.92']) {
      const body = JSON.stringify({ email: known.email, password: TYPED_PASSWORD });
      expect((await fromAddress(address, '/api/auth/signup', 'application/json', body)).status).toBe(202);
    }
    await platform.notifications.drain();
    expect(accountExists(known.email)).toHaveLength(1);
    // The notice stays (its window stays closed) without the address, which was only needed for the mail.
    const { Item: notice } = await createDocumentClient(platform.config).send(
      new GetCommand({ TableName: platform.config.tableName, Key: accountExistsKey(known.email, NOW) }),
    );
    expect(notice).toMatchObject({ type: 'AccountExistsNotice', requestedAt: NOW.toISOString() });
    expect(JSON.stringify(notice)).not.toContain(known.email);
  });

  it('tells no one when the account is gone by the time the notifier reads the notice', async () => {
    const known = await createAccount(platform.config, 'volunteer');
    const body = JSON.stringify({ email: known.email, password: TYPED_PASSWORD });
    expect((await fromAddress('192.0.2.93', '/api/auth/signup', 'application/json', body)).status).toBe(202);
    await createCognitoClient(platform.config).send(
      new AdminDeleteUserCommand({ UserPoolId: platform.config.cognito.userPoolId, Username: known.userId }),
    );
    await platform.notifications.drain();
    expect(accountExists(known.email)).toEqual([]);
  });

  it('redirects the sign-up page to the confirmation step for a known address as for a new one', async () => {
    const fresh = uniqueEmail('page');
    const forNew = await postForm(platform.app, '/signup', { email: fresh, password: PASSWORD });
    const forKnown = await postForm(platform.app, '/signup', { email: owner.email, password: PASSWORD });
    expect(await shape(forKnown, owner.email)).toEqual(await shape(forNew, fresh));
    expect(forKnown.status).toBe(303);
    expect(forKnown.headers.get('location')).toBe(`/confirm?email=${encodeURIComponent(owner.email)}`);
  });

  it('answers confirmation, a new code, reset and sign-in alike for known, unconfirmed and unknown addresses', async () => {
    // Fresh accounts: the owner's mail-sending allowance is spent by the tests above.
    const known = await createAccount(platform.config, 'volunteer');
    const unconfirmed = uniqueEmail('unconfirmed');
    await api(platform.app, 'POST', '/api/auth/signup', undefined, { email: unconfirmed, password: PASSWORD });
    const unknown = uniqueEmail('unknown');
    const code = '000000';
    const newPassword = 'Neues-Passwort-2027?';
    const flows: [string, (email: string) => Promise<Response>][] = [
      ['confirm', (email) => api(platform.app, 'POST', '/api/auth/confirm', undefined, { email, code })],
      [
        'reset',
        (email) =>
          api(platform.app, 'POST', '/api/auth/password/reset', undefined, { email, code, password: newPassword }),
      ],
      ['forgot', (email) => api(platform.app, 'POST', '/api/auth/password/forgot', undefined, { email })],
      // From an address of its own: the flows above have spent this file's shared address's mail allowance.
      [
        'resend code',
        (email) => fromAddress('192.0.2.81', '/api/auth/confirm/resend', 'application/json', JSON.stringify({ email })),
      ],
      [
        'sign-in with a wrong password',
        (email) => api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: 'Geraten-2026!x' }),
      ],
    ];
    for (const [flow, call] of flows) {
      const answers = [];
      // Known and confirmed, signed up but unconfirmed, and no account at all.
      for (const email of [known.email, unconfirmed, unknown]) answers.push(await shape(await call(email), email));
      expect(answers[0], `${flow}: confirmed vs unknown`).toEqual(answers[2]);
      expect(answers[1], `${flow}: unconfirmed vs unknown`).toEqual(answers[2]);
      expect(answers[2]?.status, flow).toBeLessThan(500);
    }
  });

  it('answers the page’s "send the code again" alike for known, unconfirmed and unknown addresses', async () => {
    const known = await createAccount(platform.config, 'volunteer');
    const unconfirmed = uniqueEmail('unconfirmed-page');
    const body = JSON.stringify({ email: unconfirmed, password: PASSWORD });
    expect((await fromAddress('192.0.2.83', '/api/auth/signup', 'application/json', body)).status).toBe(202);
    const answers = [];
    for (const email of [known.email, unconfirmed, uniqueEmail('unknown-page')]) {
      const body = new URLSearchParams({ email, code: '', next: '/dashboard' }).toString();
      const response = await fromAddress('192.0.2.82', '/confirm/resend', 'application/x-www-form-urlencoded', body);
      answers.push(await shape(response, email));
    }
    expect(answers[0]).toEqual(answers[2]);
    expect(answers[1]).toEqual(answers[2]);
    expect(answers[2]?.status).toBe(200);
    // Only the unconfirmed account got a code.
    const resent = readOutbox(platform.outboxFile).filter((entry) => entry.kind === 'ResendCode');
    expect(resent.filter((entry) => entry.to === known.email)).toEqual([]);
    expect(resent.filter((entry) => entry.to === unconfirmed)).toHaveLength(1);
  });
});
