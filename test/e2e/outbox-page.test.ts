/**
 * The outbox page in headless Chromium at 360 px: the list and one message as it would arrive (its
 * HTML part styled in a sandboxed frame where no script runs, the text part), no horizontal
 * scrolling, and the mail's button leads to the platform's page, as from a mail program.
 * Screenshot of the framed mail at 360 px: /tmp/outbox-frame-360.png.
 */
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMailer } from '../../infra/local/outbox-mailer.ts';
import type { Notification } from '../../shared/notifications/notification.ts';
import { notificationMessage } from '../../shared/notifications/render.ts';
import { sampleNeedSummary } from '../../shared/notifications/test-support/sample-need.ts';
import { de } from '../../shared/web/messages-de.ts';
import { type TestPlatform, testPlatform, uniqueEmail } from '../support/app.ts';
import { useBrowser } from './support/browser.ts';
import { E2E_NOW, type RunningPlatform, startPlatformServer } from './support/server.ts';

const t = de;

function reminder(email: string, base: string): Notification {
  return {
    kind: 'reminder',
    id: `reminder/${email}`,
    recipient: { userId: 'v-1', email, language: 'de', firstName: 'Amina' },
    // Long names: the message must still fit a phone.
    need: sampleNeedSummary({
      needId: 'n-1',
      title: 'Hausaufgabenhilfe für die Klassen 3 und 4 im Stadtteilzentrum',
      description: 'Kinder bei den Hausaufgaben begleiten; Material ist vor Ort.',
      quarterName: 'Wichlinghausen/Oberbarmen',
      venueName: 'Stadtteilzentrum Wichlinghausen, Westkotter Straße',
      acceptedCount: 2,
    }),
    link: `${base}/dashboard#need-n-1`,
    date: '2026-12-08',
  };
}

describe('outbox page', () => {
  const browser = useBrowser();
  let platform: TestPlatform;
  let server: RunningPlatform;

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => E2E_NOW });
    server = await startPlatformServer(platform);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('lists the mail and shows it as it arrives on a 360 px phone', async (test) => {
    const email = uniqueEmail('amina-mit-einer-recht-langen-adresse');
    await new OutboxMailer(platform.outboxFile, () => E2E_NOW).send(
      notificationMessage(reminder(email, server.baseUrl)),
    );
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 } });
    const noHorizontalScroll = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto(`${server.baseUrl}/dev/outbox`);
    const row = page.locator('tbody tr', { has: page.locator('td.outbox-to', { hasText: email }) });
    expect(await row.count()).toBe(1);
    await noHorizontalScroll();

    await row.getByRole('link').click();
    await page.waitForURL(/\/dev\/outbox\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Erinnerung: Hausaufgabenhilfe für die Klassen 3 und 4 im Stadtteilzentrum am Dienstag, 8. Dezember 2026',
    );
    expect(await page.locator('.outbox-text').textContent()).toContain(`${server.baseUrl}/dashboard#need-n-1`);
    await noHorizontalScroll();

    // The HTML part, styled (its inline styles apply), readable in the frame's width.
    const frame = page.frameLocator(`iframe[title="${t.outboxHtmlFrame}"]`);
    const button = frame.getByRole('link', { name: 'Einsatz ansehen', exact: true });
    expect(await button.evaluate((a) => getComputedStyle(a).backgroundColor)).toBe('rgb(11, 93, 107)');
    expect(await frame.locator('body').evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/outbox-frame-360.png' });

    // As from a mail program: the button opens the platform's page (here: sign in first).
    await button.click();
    await page.waitForURL((url) => url.pathname === '/signin' || url.pathname === '/dashboard');
    expect(page.url().startsWith(server.baseUrl)).toBe(true);
  });

  it('wraps an address and a subject without spaces on a 360 px phone', async (test) => {
    const email = uniqueEmail(`sehr-${'lange-adresse-'.repeat(4)}`);
    const subject = `Einladung:${'Hausaufgabenhilfewochenplanungsbesprechung'.repeat(2)}`;
    appendFileSync(
      platform.outboxFile,
      `${JSON.stringify({
        at: E2E_NOW.toISOString(),
        to: email,
        username: '',
        kind: 'invitation',
        subject,
        body: `Text ${'x'.repeat(120)}`,
        raw: `Subject: ${subject}\r\nTo: ${email}\r\n\r\n${'y'.repeat(200)}`,
      })}\n`,
    );
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 } });
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.goto(`${server.baseUrl}/dev/outbox`);
    expect(await scrollWidth()).toBeLessThanOrEqual(360);
    await page
      .locator('tbody tr', { has: page.locator('td.outbox-to', { hasText: email }) })
      .getByRole('link')
      .click();
    await page.waitForURL(/\/dev\/outbox\/\d+$/);
    await page.getByText(de.outboxRaw, { exact: true }).click();
    expect(await scrollWidth()).toBeLessThanOrEqual(360);
  });

  it('runs no script of a message', async (test) => {
    const email = uniqueEmail('script');
    // Written as a hostile or broken mailer might: HTML with a script and an inline handler.
    appendFileSync(
      platform.outboxFile,
      `${JSON.stringify({
        at: E2E_NOW.toISOString(),
        to: email,
        username: '',
        kind: 'test',
        subject: 'Skript',
        body: 'Text',
        html: '<!doctype html><html><head></head><body><p id="p">unberührt</p><script>document.getElementById("p").textContent="ausgeführt";top.document.title="ausgeführt"</script><img src="x" onerror="document.body.dataset.ran=1"></body></html>',
      })}\n`,
    );
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 } });
    await page.goto(`${server.baseUrl}/dev/outbox`);
    await page
      .locator('tbody tr', { has: page.locator('td.outbox-to', { hasText: email }) })
      .getByRole('link')
      .click();
    await page.waitForURL(/\/dev\/outbox\/\d+$/);
    const frame = page.frameLocator('iframe');
    expect(await frame.locator('#p').textContent()).toBe('unberührt');
    expect(await frame.locator('body').getAttribute('data-ran')).toBeNull();
    expect(await page.title()).not.toContain('ausgeführt');
  });
});
