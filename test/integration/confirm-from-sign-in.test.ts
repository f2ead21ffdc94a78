/**
 * Issue 11, items 2 and 4: an account that signed up but never confirmed gets the confirmation form
 * from the sign-in page, can have its code sent again (ResendConfirmationCode, which the local
 * platform's cognito-local answers as Cognito does) and then signs in; both the code and the new
 * mail count against the throttle. After sign-in every role lands on its own start page, and a
 * `next` only leads into the signed-in areas of this site.
 */
import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/caller.ts';
import { THROTTLE_RULES } from '../../shared/throttle/rules.ts';
import { de } from '../../shared/web/messages-de.ts';
import { en } from '../../shared/web/messages-en.ts';
import {
  api,
  cookieFrom,
  createAccount,
  ORIGIN,
  type TestPlatform,
  testPlatform,
  uniqueEmail,
} from '../support/app.ts';
import { latestCode, readOutbox } from '../support/platform.ts';

const PASSWORD = 'Sicheres-Passwort-2026!';

/** A same-origin form post from one client address (the throttle counts per address too). */
function post(
  app: Hono,
  path: string,
  fields: Record<string, string>,
  options: { address: string; cookie?: string },
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN };
  if (options.cookie) headers.cookie = options.cookie;
  return Promise.resolve(
    app.request(
      path,
      { method: 'POST', headers, body: new URLSearchParams(fields) },
      { incoming: { socket: { remoteAddress: options.address } } },
    ),
  );
}

const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const field = (html: string, name: string) =>
  unescapeHtml(new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '');

/** The codes cognito-local sent to this address for one flow, oldest first. */
const codes = (outboxFile: string, email: string, kind: string) =>
  readOutbox(outboxFile)
    .filter((entry) => entry.to === email && entry.kind === kind)
    .map((entry) => entry.code);

describe('confirming an account from the sign-in page', () => {
  let platform: TestPlatform;
  let now = new Date('2026-11-24T10:00:00Z');
  const advance = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  let addressNo = 0;
  /** A fresh client address, so one test's attempts do not decide another's answers. */
  const freshAddress = () => `192.0.2.${++addressNo}`;

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
  });

  const signUp = async (email: string, locale?: string) => {
    const response = await api(platform.app, 'POST', '/api/auth/signup', undefined, {
      email,
      password: PASSWORD,
      ...(locale && { locale }),
    });
    expect(response.status).toBe(202);
  };

  it('shows the confirm form for the address, sends the code again, confirms with it and signs in', async () => {
    const email = uniqueEmail('unconfirmed');
    const address = freshAddress();
    await signUp(email, 'ar');
    const first = latestCode(platform.outboxFile, email, 'SignUp');

    // The right password of an unconfirmed account: the confirmation form, in the page itself.
    const signIn = await post(
      platform.app,
      '/signin',
      { email, password: PASSWORD, next: '/settings/notifications' },
      { address },
    );
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('location')).toBeNull();
    expect(cookieFrom(signIn, 'qh_session')).toBeUndefined();
    const html = await signIn.text();
    expect(html).toContain(de.confirmTitle);
    expect(html).toContain(de.confirmFromSignIn);
    expect(html).toContain('action="/confirm"');
    expect(html).toContain(`formaction="/confirm/resend">${de.confirmResend}</button>`);
    expect(field(html, 'email')).toBe(email);
    expect(field(html, 'next')).toBe('/settings/notifications');
    expect(html).not.toContain(PASSWORD);

    // "Send the code again", as the button posts the form: a new code arrives (kind ResendCode).
    const resent = await post(
      platform.app,
      '/confirm/resend',
      { email, code: '', next: field(html, 'next') },
      { address },
    );
    expect(resent.status).toBe(200);
    const resentHtml = await resent.text();
    expect(resentHtml).toContain(de.confirmCodeResent);
    expect(field(resentHtml, 'email')).toBe(email);
    expect(field(resentHtml, 'next')).toBe('/settings/notifications');
    const sentAgain = codes(platform.outboxFile, email, 'ResendCode');
    expect(sentAgain).toHaveLength(1);
    const code = sentAgain[0] as string;
    expect(code).toMatch(/^\d{6}$/);
    expect(code).not.toBe(first);

    // A wrong code is refused on the same form, which keeps the address and the target.
    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await post(
      platform.app,
      '/confirm',
      { email, code: wrongCode, next: '/settings/notifications' },
      { address },
    );
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain(de.err_INVALID_CODE);
    expect(field(wrongHtml, 'email')).toBe(email);
    expect(field(wrongHtml, 'next')).toBe('/settings/notifications');

    // The new code confirms; the sign-in that follows goes on to the page it was asked for.
    const confirmed = await post(
      platform.app,
      '/confirm',
      { email, code, next: '/settings/notifications' },
      { address },
    );
    expect(confirmed.status).toBe(303);
    const location = confirmed.headers.get('location') ?? '';
    expect(location).toBe(
      `/signin?confirmed=1&email=${encodeURIComponent(email)}&next=${encodeURIComponent('/settings/notifications')}`,
    );
    const form = await platform.app.request(location);
    const formHtml = await form.text();
    expect(formHtml).toContain(de.confirmed);
    expect(field(formHtml, 'next')).toBe('/settings/notifications');
    const done = await post(
      platform.app,
      '/signin',
      { email, password: PASSWORD, next: field(formHtml, 'next') },
      { address },
    );
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/settings/notifications');
    expect(cookieFrom(done, 'qh_session')).toBeTruthy();
    // The language the account signed up in becomes this browser's at sign-in.
    expect(cookieFrom(done, 'qh_lang')).toBe('qh_lang=ar');
  });

  it('the old code no longer confirms once a new one was sent, and the API sends one too', async () => {
    const email = uniqueEmail('api-resend');
    await signUp(email);
    const first = latestCode(platform.outboxFile, email, 'SignUp');
    const resent = await api(platform.app, 'POST', '/api/auth/confirm/resend', undefined, { email });
    expect(resent.status).toBe(202);
    expect(await resent.json()).toEqual({ status: 'accepted' });
    const code = latestCode(platform.outboxFile, email, 'ResendCode');
    if (code !== first) {
      const old = await api(platform.app, 'POST', '/api/auth/confirm', undefined, { email, code: first });
      expect(old.status).toBe(400);
    }
    expect((await api(platform.app, 'POST', '/api/auth/confirm', undefined, { email, code })).status).toBe(200);
    expect((await api(platform.app, 'POST', '/api/auth/signin', undefined, { email, password: PASSWORD })).status).toBe(
      200,
    );
    // Confirmed now: asking again sends nothing, and answers as before.
    const again = await api(platform.app, 'POST', '/api/auth/confirm/resend', undefined, { email });
    expect(again.status).toBe(202);
    expect(codes(platform.outboxFile, email, 'ResendCode')).toHaveLength(1);
  });

  it('refuses a malformed address on the resend with the field named, sending nothing', async () => {
    const response = await post(
      platform.app,
      '/confirm/resend',
      { email: 'not-an-address', code: '' },
      {
        address: freshAddress(),
      },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('aria-invalid="true"');
    const apiResponse = await api(platform.app, 'POST', '/api/auth/confirm/resend', undefined, {
      email: 'x@example.org',
      code: '123456',
    });
    expect(apiResponse.status).toBe(400);
  });

  it('counts new codes as mail sent: after the free ones the form says to wait, with Retry-After', async () => {
    const email = uniqueEmail('bombed');
    const address = freshAddress();
    await signUp(email);
    const rule = THROTTLE_RULES.send.account;
    // The sign-up sent the first mail; the free ones are spent by the resends before the lockout.
    const statuses: number[] = [];
    let retryAfter = '';
    let lockedHtml = '';
    for (let i = 0; i < rule.freeFailures + 1; i++) {
      const response = await post(platform.app, '/confirm/resend', { email, code: '' }, { address });
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after') ?? '';
        lockedHtml = await response.text();
      }
    }
    expect(statuses).toEqual([...Array(rule.freeFailures - 1).fill(200), 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(lockedHtml).toContain(de.confirmTitle);
    expect(lockedHtml).toContain('Zu viele Versuche');
    expect(field(lockedHtml, 'email')).toBe(email);
    // Only the mails before the lockout went out.
    expect(codes(platform.outboxFile, email, 'ResendCode')).toHaveLength(rule.freeFailures - 1);
    // The API shares the count.
    expect((await api(platform.app, 'POST', '/api/auth/confirm/resend', undefined, { email })).status).toBe(429);
    advance(Number(retryAfter));
    expect((await post(platform.app, '/confirm/resend', { email, code: '' }, { address })).status).toBe(200);
  });

  it('counts wrong codes from the confirm form: locked after the free ones, even for the right code', async () => {
    const email = uniqueEmail('guessed');
    const address = freshAddress();
    await signUp(email);
    const code = latestCode(platform.outboxFile, email, 'SignUp');
    const wrong = code === '000000' ? '111111' : '000000';
    const rule = THROTTLE_RULES.code.account;
    const statuses: number[] = [];
    for (let i = 0; i < rule.freeFailures + 1; i++) {
      statuses.push((await post(platform.app, '/confirm', { email, code: wrong }, { address })).status);
    }
    expect(statuses).toEqual([...Array(rule.freeFailures).fill(400), 429]);
    const right = await post(platform.app, '/confirm', { email, code }, { address });
    expect(right.status).toBe(429);
    advance(rule.capSeconds);
    expect((await post(platform.app, '/confirm', { email, code }, { address })).status).toBe(303);
  });

  it('speaks English on the confirm form when the visitor chose it', async () => {
    const email = uniqueEmail('unconfirmed-en');
    await signUp(email);
    const response = await post(
      platform.app,
      '/signin',
      { email, password: PASSWORD },
      { address: freshAddress(), cookie: 'qh_lang=en' },
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(en.confirmFromSignIn);
    expect(html).toContain(`>${en.confirmResend}</button>`);
    const resent = await post(
      platform.app,
      '/confirm/resend',
      { email, code: '' },
      {
        address: freshAddress(),
        cookie: 'qh_lang=en',
      },
    );
    expect(await resent.text()).toContain(en.confirmCodeResent);
  });

  it('shows the confirm form only for the right password: a wrong one is the usual refusal', async () => {
    const email = uniqueEmail('unconfirmed-wrong');
    await signUp(email);
    const response = await post(
      platform.app,
      '/signin',
      { email, password: `${PASSWORD}x` },
      { address: freshAddress() },
    );
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain(de.err_INVALID_CREDENTIALS);
    expect(html).not.toContain(de.confirmFromSignIn);
  });
});

describe('start pages after sign-in', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await testPlatform();
  });

  const START: [Role, string][] = [
    ['volunteer', '/dashboard'],
    ['manager', '/manage'],
    ['initiative', '/initiative'],
    ['admin', '/admin'],
  ];

  it.each(START)('a %s lands on %s, and the landing page links there', async (role, start) => {
    const account = await createAccount(platform.config, role);
    const address = `198.51.100.${START.findIndex(([r]) => r === role) + 10}`;
    const signIn = await post(
      platform.app,
      '/signin',
      { email: account.email, password: account.password, next: '' },
      {
        address,
      },
    );
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe(start);
    const cookie = cookieFrom(signIn, 'qh_session') as string;
    const page = await platform.app.request(start, { headers: { cookie } });
    expect(page.status).toBe(200);
    const landing = await (await platform.app.request('/', { headers: { cookie } })).text();
    expect(landing).toContain(`<a class="button" href="${start}">${de[`landingToStart_${role}`]}</a>`);
  });

  it('follows a next into the signed-in areas, and ignores one to another host or any other page', async () => {
    const account = await createAccount(platform.config, 'manager');
    const landing = async (next: string) => {
      const response = await post(
        platform.app,
        '/signin',
        { email: account.email, password: account.password, next },
        { address: '198.51.100.50' },
      );
      expect(response.status, next).toBe(303);
      return response.headers.get('location');
    };
    expect(await landing('/manage/needs/new')).toBe('/manage/needs/new');
    expect(await landing('/settings/notifications?x=1')).toBe('/settings/notifications?x=1');
    for (const next of [
      'https://evil.example/manage',
      '//evil.example/manage',
      '/signin',
      '/',
      '/lang/en',
      '/dev/outbox',
    ]) {
      expect(await landing(next), next).toBe('/manage');
    }
    // The sign-in form carries no target outside those areas.
    const form = await (await platform.app.request(`/signin?next=${encodeURIComponent('/dev/outbox')}`)).text();
    expect(field(form, 'next')).toBe('');
  });
});
