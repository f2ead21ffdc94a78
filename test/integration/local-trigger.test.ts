/**
 * Issue 8, 1h: only cognito-local may invoke the local Lambda trigger endpoint (it adds users to
 * groups). Forged invocations — a cross-site text/plain POST, a request signed with another secret,
 * an old signature — are refused with 403 and change nothing; a real confirmation still works.
 *
 * Issue 12, 4: Cognito's own mails go through the CustomMessage trigger, written in the language
 * the account signed up in (German and English when it has none).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureUserPool, localCognitoClient } from '../../infra/local/bootstrap.ts';
import type { EngineHandle } from '../../infra/local/engines/child.ts';
import { POST_CONFIRMATION_FUNCTION, startCognitoLocal } from '../../infra/local/engines/cognito.ts';
import { freePort } from '../../infra/local/ports.ts';
import { createLocalApp } from '../../infra/local/server.ts';
import {
  newTriggerCredentials,
  Sha256,
  TRIGGER_SIGNING,
  type TriggerCredentials,
} from '../../infra/local/trigger-signature.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { api, uniqueEmail } from '../support/app.ts';
import { latestCode, readOutbox, testConfig } from '../support/platform.ts';

const PASSWORD = 'Sicheres-Passwort-2026!';
const PATH = `/2015-03-31/functions/${POST_CONFIRMATION_FUNCTION}/invocations`;

/** Signs an invocation as an SDK would, with the given credentials and date (headers include `host`). */
async function signed(
  url: string,
  body: string,
  credentials: TriggerCredentials,
  date = new Date(),
): Promise<Record<string, string>> {
  const target = new URL(url);
  const request = await new SignatureV4({
    credentials,
    ...TRIGGER_SIGNING,
    sha256: Sha256,
    applyChecksum: false,
  }).sign(
    new HttpRequest({
      method: 'POST',
      protocol: target.protocol,
      hostname: target.host,
      path: target.pathname,
      headers: { host: target.host, 'content-type': 'binary/octet-stream' },
      body,
    }),
    { signingDate: date },
  );
  return request.headers as Record<string, string>;
}

/** fetch sets Host itself. */
const withoutHost = ({ host: _host, ...headers }: Record<string, string>) => headers;

function confirmationEvent(config: PlatformConfig, userName: string): string {
  return JSON.stringify({
    version: '1',
    triggerSource: 'PostConfirmation_ConfirmSignUp',
    region: config.region,
    userPoolId: config.cognito.userPoolId,
    userName,
    callerContext: { awsSdkVersion: 'x', clientId: config.cognito.clientId },
    request: { userAttributes: { email: userName } },
    response: {},
  });
}

describe('the local trigger endpoint', () => {
  let config: PlatformConfig;
  let groupsOf: (email: string) => Promise<string[]>;
  /** An account that signed up but is not confirmed: in no group. */
  let victim: string;

  beforeAll(async () => {
    config = await testConfig();
    const cognito = createCognitoClient(config);
    // cognito-local lists groups by user name (the sub), not by the e-mail alias.
    groupsOf = async (email) => {
      const user = await cognito.send(
        new AdminGetUserCommand({ UserPoolId: config.cognito.userPoolId, Username: email }),
      );
      const groups = await cognito.send(
        new AdminListGroupsForUserCommand({ UserPoolId: config.cognito.userPoolId, Username: user.Username }),
      );
      return groups.Groups?.map((group) => group.GroupName ?? '') ?? [];
    };
    victim = uniqueEmail('victim');
    await cognito.send(
      new SignUpCommand({
        ClientId: config.cognito.clientId,
        Username: victim,
        Password: PASSWORD,
        UserAttributes: [{ Name: 'email', Value: victim }],
      }),
    );
  });

  const attempts = (url: string, event: () => string) => ({
    'a cross-site text/plain form post': async () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
        body: event(),
      }),
    'an unsigned JSON post': async () =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: event() }),
    'a post signed with another secret': async () =>
      fetch(url, {
        method: 'POST',
        headers: withoutHost(await signed(url, event(), newTriggerCredentials())),
        body: event(),
      }),
  });

  it('refuses forged invocations of the test listener with 403 and adds no one to a group', async () => {
    const url = `${inject('triggerEndpoint')}${PATH}`;
    for (const [label, attempt] of Object.entries(attempts(url, () => confirmationEvent(config, victim)))) {
      const response = await attempt();
      expect(response.status, label).toBe(403);
    }
    expect(await groupsOf(victim)).toEqual([]);
  });

  describe('on the local platform app', () => {
    let app: Hono;
    let credentials: TriggerCredentials;
    const url = `http://127.0.0.1:3000${PATH}`;
    const call = (headers: Record<string, string>, body: string) =>
      Promise.resolve(app.request(url, { method: 'POST', headers, body }));

    beforeAll(async () => {
      credentials = newTriggerCredentials();
      app = await createLocalApp(config, { outboxFile: inject('outboxFile'), triggerCredentials: credentials });
    });

    it('refuses forged, wrongly signed, stale and tampered invocations with 403, changing nothing', async () => {
      const body = confirmationEvent(config, victim);
      expect((await call({ 'content-type': 'text/plain', origin: 'https://evil.example' }, body)).status).toBe(403);
      expect((await call({ 'content-type': 'application/json' }, body)).status).toBe(403);
      expect((await call(await signed(url, body, newTriggerCredentials()), body)).status).toBe(403);
      const stale = await signed(url, body, credentials, new Date(Date.now() - 60 * 60_000));
      expect((await call(stale, body)).status).toBe(403);
      // Signed by the right secret, but the body was swapped on the way.
      const genuine = await signed(url, confirmationEvent(config, 'someone-else@example.org'), credentials);
      expect((await call(genuine, body)).status).toBe(403);
      // Right signature, but sent the way a browser would send it.
      expect(
        (await call({ ...(await signed(url, body, credentials)), origin: 'https://evil.example' }, body)).status,
      ).toBe(403);
      expect(await groupsOf(victim)).toEqual([]);
    });

    it('refuses every invocation when it was started without a secret', async () => {
      const bare = await createLocalApp(config, { outboxFile: inject('outboxFile') });
      const body = confirmationEvent(config, victim);
      const response = await bare.request(url, { method: 'POST', headers: await signed(url, body, credentials), body });
      expect(response.status).toBe(403);
      expect(await groupsOf(victim)).toEqual([]);
    });

    it('accepts an invocation signed with its secret (as cognito-local signs it)', async () => {
      const body = JSON.stringify({
        ...JSON.parse(confirmationEvent(config, victim)),
        triggerSource: 'PostConfirmation_ConfirmForgotPassword',
      });
      const response = await call(await signed(url, body, credentials), body);
      expect(response.status).toBe(200);
      expect(await groupsOf(victim)).toEqual([]); // a password reset changes no group
    });
  });

  it('still puts a really confirmed user in the volunteer group (cognito-local signs its invocation)', async () => {
    const app = await createLocalApp(config, { outboxFile: inject('outboxFile') });
    const email = uniqueEmail('confirmed');
    expect((await api(app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD })).status).toBe(202);
    const code = latestCode(inject('outboxFile'), email);
    expect((await api(app, 'POST', '/api/auth/confirm', undefined, { email, code })).status).toBe(200);
    expect(await groupsOf(email)).toEqual(['volunteer']);
  });

  describe("Cognito's own mails (CustomMessage trigger)", () => {
    const codeMail = (email: string, kind = 'SignUp') => {
      const entry = readOutbox(inject('outboxFile'))
        .filter((e) => e.to === email && e.kind === kind)
        .at(-1);
      if (!entry) throw new Error(`no ${kind} mail to ${email}`);
      return entry;
    };
    let app: Hono;
    beforeAll(async () => {
      app = await createLocalApp(config, { outboxFile: inject('outboxFile') });
    });

    it('sends a sign-up in Arabic its code in Arabic, right to left', async () => {
      const email = uniqueEmail('arabic');
      const signUp = await api(app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD, locale: 'ar' });
      expect(signUp.status).toBe(202);
      const mail = codeMail(email);
      expect(mail.subject).toBe('Quartiershilfe: رمز التأكيد الخاص بكم');
      expect(mail.html).toContain('<div lang="ar" dir="rtl">');
      expect(mail.body).toContain(`رمز التأكيد الخاص بكم في Quartiershilfe هو ${mail.code}.`);
      expect(mail.body).not.toContain('Bestätigungscode');
      expect(mail.html).not.toContain('{####}');
    });

    it('sends a sign-up in German its code in German', async () => {
      const email = uniqueEmail('german');
      const signUp = await api(app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD, locale: 'de' });
      expect(signUp.status).toBe(202);
      const mail = codeMail(email);
      expect(mail.subject).toBe('Quartiershilfe: Ihr Bestätigungscode');
      expect(mail.html).toContain('<div lang="de" dir="ltr">');
      expect(mail.body).toContain(`Ihr Bestätigungscode für die Quartiershilfe lautet ${mail.code}.`);
      expect(mail.body).not.toContain('verification code');
    });

    it('sends an account without a language German then English, the code filled in both (as Cognito fills every placeholder)', () => {
      const mail = codeMail(victim);
      expect(mail.subject).toBe('Quartiershilfe: Ihr Bestätigungscode / Quartiershilfe: your verification code');
      expect(mail.body).toContain(`Ihr Bestätigungscode für die Quartiershilfe lautet ${mail.code}.`);
      expect(mail.body).toContain(`Your Quartiershilfe verification code is ${mail.code}.`);
      expect(mail.html).not.toContain('{####}');
    });

    it('sends the password-reset code in the language of the account', async () => {
      const email = uniqueEmail('turkish');
      await api(app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD, locale: 'tr' });
      const code = latestCode(inject('outboxFile'), email);
      expect((await api(app, 'POST', '/api/auth/confirm', undefined, { email, code })).status).toBe(200);
      const forgot = await api(app, 'POST', '/api/auth/password/forgot', undefined, { email });
      expect(forgot.status).toBeLessThan(300);
      const mail = codeMail(email, 'ForgotPassword');
      expect(mail.subject).toBe('Quartiershilfe: Şifre sıfırlama kodunuz');
      expect(mail.body).toContain(`Quartiershilfe şifrenizi sıfırlamak için kodunuz: ${mail.code}`);
    });

    it('writes the codes in the language chosen later in the settings (it becomes the account locale)', async () => {
      const email = uniqueEmail('switches');
      await api(app, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD, locale: 'de' });
      const code = latestCode(inject('outboxFile'), email);
      expect((await api(app, 'POST', '/api/auth/confirm', undefined, { email, code })).status).toBe(200);
      const signIn = await api(app, 'POST', '/api/auth/signin', undefined, { email, password: PASSWORD });
      expect(signIn.status).toBe(200);
      const { idToken } = (await signIn.json()) as { idToken: string };
      const save = await api(app, 'PUT', '/api/me/notification-settings', idToken, {
        language: 'uk',
        optOut: [],
        version: 0,
      });
      expect(save.status).toBe(200);
      expect((await api(app, 'POST', '/api/auth/password/forgot', undefined, { email })).status).toBeLessThan(300);
      const mail = codeMail(email, 'ForgotPassword');
      expect(mail.subject).toBe('Quartiershilfe: код для скидання пароля');
      expect(mail.body).toContain(`Ваш код для скидання пароля в Quartiershilfe: ${mail.code}.`);
    });
  });

  describe('cognito-local calling a CustomMessage trigger as Cognito does', () => {
    type Answer = { response?: { emailMessage?: string | null; emailSubject?: string | null }; fail?: boolean };
    let answer: Answer = {};
    let lambda: Server;
    let engine: EngineHandle;
    let dir: string;
    let pool: { userPoolId: string; clientId: string };
    const outbox = () => join(dir, 'outbox.jsonl');
    const signUp = (email: string) =>
      localCognitoClient(engine.endpoint).send(
        new SignUpCommand({
          ClientId: pool.clientId,
          Username: email,
          Password: PASSWORD,
          UserAttributes: [{ Name: 'email', Value: email }],
        }),
      );
    const failureOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'succeeded',
        (error: Error) => error.name,
      );

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'qh-custom-message-'));
      // A stand-in for the function, answering what the test sets (cognito-local's signature is not checked here).
      lambda = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          res.writeHead(200, {
            'content-type': 'application/json',
            ...(answer.fail && { 'x-amz-function-error': 'Unhandled' }),
          });
          res.end(
            JSON.stringify(answer.fail ? { errorMessage: 'boom' } : { ...event, response: answer.response ?? {} }),
          );
        });
      });
      await new Promise<void>((resolve) => lambda.listen(0, '127.0.0.1', resolve));
      const address = lambda.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP address');
      engine = await startCognitoLocal({
        port: await freePort(),
        dataDir: join(dir, 'cognito'),
        outboxFile: outbox(),
        lambdaEndpoint: `http://127.0.0.1:${address.port}`,
        lambdaCredentials: newTriggerCredentials(),
        env: { CODE: '135790' },
      });
      pool = await ensureUserPool(engine.endpoint, join(dir, 'pool.json'));
    });

    afterAll(async () => {
      await engine?.stop();
      lambda?.closeAllConnections();
      await new Promise<void>((resolve) => (lambda ? lambda.close(() => resolve()) : resolve()));
      rmSync(dir, { recursive: true, force: true });
    });

    it('fills every code placeholder, not only the first', async () => {
      answer = { response: { emailMessage: '<p>{####}</p><p>{####}</p>', emailSubject: 'Code' } };
      const email = uniqueEmail('twice');
      await signUp(email);
      const mail = readOutbox(outbox()).find((e) => e.to === email);
      expect(mail?.html).toBe('<p>135790</p><p>135790</p>');
      expect(mail?.subject).toBe('Code');
    });

    it('refuses the request when the message lacks the code placeholder', async () => {
      answer = { response: { emailMessage: '<p>no code here</p>', emailSubject: 'Code' } };
      const email = uniqueEmail('nocode');
      expect(await failureOf(signUp(email))).toBe('InvalidParameterException');
      expect(readOutbox(outbox()).filter((e) => e.to === email)).toEqual([]);
    });

    it("sends the pool's own message when the trigger writes none, and fails the request when it fails", async () => {
      answer = { response: { emailMessage: null, emailSubject: null } };
      const email = uniqueEmail('none');
      await signUp(email);
      const mail = readOutbox(outbox()).find((e) => e.to === email);
      expect(mail?.code).toBe('135790');
      expect(mail?.html).toBeUndefined();
      answer = { fail: true };
      expect(await failureOf(signUp(uniqueEmail('failing')))).toBe('UserLambdaValidationException');
    });
  });
});
