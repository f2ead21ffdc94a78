/**
 * The local outbox with the platform's own mail: the OutboxMailer stores each message as SES would
 * get it (raw MIME, headers, both parts), /dev/outbox lists it beside cognito-local's codes and
 * shows it as it would arrive (headers, the HTML part in a sandboxed frame, the text part), and the
 * account e-mails sent through the real routes take the same MIME path.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SENDER, OutboxMailer } from '../../infra/local/outbox-mailer.ts';
import type { Notification } from '../../shared/notifications/notification.ts';
import { notificationMessage } from '../../shared/notifications/render.ts';
import { sampleNeedSummary } from '../../shared/notifications/test-support/sample-need.ts';
import { api, createAccount, type TestPlatform, testPlatform, uniqueEmail } from '../support/app.ts';
import { readOutbox } from '../support/platform.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const ATTACK = '<script>alert(1)</script>';

function invitation(email: string): Notification {
  return {
    kind: 'invitationExpiring',
    id: `NEED#n-1#EVENT#x/${email}`,
    recipient: { userId: 'v-1', email, language: 'en', firstName: 'Chadi' },
    need: sampleNeedSummary({
      needId: 'n-1',
      title: `Homework club ${ATTACK}`,
      description: 'Help children with homework.',
      venueName: 'Stadtteilzentrum',
    }),
    link: 'http://localhost/dashboard#need-n-1',
    unsubscribeUrl: 'http://localhost/unsubscribe?token=tok&kind=invitationExpiring',
    answerBy: '2026-11-25T17:00:00Z',
  };
}

const page = async (platform: TestPlatform, path: string) => {
  const response = await platform.app.request(path);
  return { response, html: await response.text() };
};

/** The view link of the newest message to `email` on the list page. */
async function viewPath(platform: TestPlatform, email: string): Promise<string> {
  const { html } = await page(platform, '/dev/outbox');
  const row = html.split('<tr>').find((tr) => tr.includes(email));
  const href = /href="(\/dev\/outbox\/\d+)"/.exec(row ?? '')?.[1];
  if (!href) throw new Error(`No outbox row for ${email}`);
  return href;
}

describe('outbox', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW });
  });

  it('stores a notification as SES would get it, and shows it as it would arrive', async () => {
    const email = uniqueEmail('outbox');
    await new OutboxMailer(platform.outboxFile, () => NOW).send(notificationMessage(invitation(email)));

    const entry = readOutbox(platform.outboxFile).findLast((e) => e.to === email);
    expect(entry).toMatchObject({ kind: 'invitationExpiring', at: NOW.toISOString(), username: '' });
    expect(entry?.subject).toBe(`Invitation expires soon: Homework club ${ATTACK}`);
    expect(entry?.body).toContain('http://localhost/dashboard#need-n-1');
    expect(entry?.headers).toMatchObject({
      From: LOCAL_SENDER,
      To: email,
      'Content-Language': 'en',
      'List-Unsubscribe': '<http://localhost/unsubscribe?token=tok&kind=invitationExpiring>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      Date: 'Tue, 24 Nov 2026 10:00:00 +0000',
    });
    expect(entry?.raw).toMatch(/^Date: Tue, 24 Nov 2026 10:00:00 \+0000\r\n/);
    expect(entry?.raw).toContain('Content-Type: multipart/alternative');

    const list = await page(platform, '/dev/outbox');
    expect(list.response.status).toBe(200);
    expect(list.response.headers.get('cache-control')).toContain('no-store');
    expect(list.html).not.toContain(ATTACK);

    const view = await page(platform, await viewPath(platform, email));
    expect(view.response.status).toBe(200);
    expect(view.response.headers.get('cache-control')).toContain('no-store');
    const csp = view.response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Headers as sent, the HTML in a frame without scripts, the text part as text: nothing unescaped.
    expect(view.html).not.toContain(ATTACK);
    expect(view.html).toContain('List-Unsubscribe-Post');
    expect(view.html).toContain('&lt;http://localhost/unsubscribe?token=tok&amp;kind=invitationExpiring&gt;');
    const frame = /<iframe[^>]*>/.exec(view.html)?.[0] ?? '';
    expect(frame).toContain('sandbox="allow-top-navigation-by-user-activation"');
    expect(frame).not.toContain('allow-scripts');
    expect(frame).toContain('srcdoc="&lt;!doctype html&gt;');
    expect(view.html).toContain('<pre class="outbox-text">Hello Chadi,');

    // The list's other pages keep the site's strict policy.
    expect(list.response.headers.get('content-security-policy')).toContain("style-src 'self';");
  });

  it('answers 404 for a message that is not there', async () => {
    const { response } = await page(platform, '/dev/outbox/999999999');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });

  it('sends the account e-mails through the same MIME path, with codes still listed', async () => {
    const owner = await createAccount(platform.config, 'volunteer');
    const response = await api(platform.app, 'POST', '/api/auth/signup', undefined, {
      email: owner.email,
      password: 'Sicheres-Passwort-2026!',
    });
    expect(response.status).toBe(202);
    // The notifier sends it from the notice the sign-up recorded.
    await platform.notifications.drain();
    const notice = readOutbox(platform.outboxFile).findLast((e) => e.to === owner.email && e.kind === 'AccountExists');
    expect(notice?.headers).toMatchObject({ From: LOCAL_SENDER, To: owner.email });
    expect(notice?.headers?.['List-Unsubscribe']).toBeUndefined();
    expect(notice?.raw).toContain('Content-Type: multipart/alternative');

    // A code from cognito-local: listed with its code, and viewable without MIME.
    const fresh = uniqueEmail('code');
    await api(platform.app, 'POST', '/api/auth/signup', undefined, {
      email: fresh,
      password: 'Sicheres-Passwort-2026!',
    });
    const { html } = await page(platform, '/dev/outbox');
    const row = html.split('<tr>').find((tr) => tr.includes(fresh)) ?? '';
    expect(row).toMatch(/<code class="outbox-code">\d{6}<\/code>/);
    const view = await page(platform, await viewPath(platform, fresh));
    expect(view.response.status).toBe(200);
    expect(view.html).toMatch(/<code class="outbox-code">\d{6}<\/code>/);
  });
});
