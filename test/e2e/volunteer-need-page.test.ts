/**
 * End to end, in headless Chromium at 360 px against the real platform app: a volunteer follows an
 * invitation from her overview to the need's page, finds the venue's address and whom to ask,
 * accepts there and comes back to it; then switches the language on a half-typed profile form and
 * keeps what she typed, and Enter in a field still saves (the language switch, a submit button of
 * the form placed before it, must not be the form's default button).
 *
 * The set-up is not through the browser: the catalogue and the demo accounts, a need by API. The
 * server runs on a fixed clock (E2E_NOW); nothing reads the real clock.
 * Screenshot at 360 px: /tmp/volunteer-need-360.png.
 */

import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, seedDemo } from '../../infra/local/seed.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { de } from '../../shared/web/messages-de.ts';
import { en } from '../../shared/web/messages-en.ts';
import { api, type TestPlatform, testPlatform } from '../support/app.ts';
import { needInput } from '../support/fixtures.ts';
import { useBrowser } from './support/browser.ts';
import { E2E_NOW, type RunningPlatform, startPlatformServer } from './support/server.ts';

const SCREENSHOT = '/tmp/volunteer-need-360.png';
const TITLE = 'Lesepaten in der Alten Feuerwache';

const account = (email: string) => {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!found) throw new Error(`No demo account ${email}`);
  return found;
};
const NORA = account('nora.manager@example.org');
const AMINA = account('amina.volunteer@example.org');

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const textOf = async (locator: Locator) => squash(await locator.textContent());
const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe("a volunteer on a need's page and on a form in both languages (360 px)", () => {
  const browser = useBrowser();
  let platform: TestPlatform;
  let server: RunningPlatform;
  let needId: string;

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => E2E_NOW });
    [server] = await Promise.all([startPlatformServer(platform), seedDemo(platform.config, E2E_NOW)]);
    await server.settle();
    const identity = new IdentityProvider(createCognitoClient(platform.config), platform.config.cognito.clientId);
    const { idToken } = await identity.signIn(NORA.email, NORA.password);
    const created = await api(platform.app, 'POST', '/api/needs', idToken, needInput({ title: TITLE }));
    expect(created.status).toBe(201);
    needId = ((await created.json()) as { needId: string }).needId;
    expect(
      (await api(platform.app, 'POST', `/api/needs/${needId}/status`, idToken, { action: 'publish', version: 1 }))
        .status,
    ).toBe(200);
    // The two best proposals: Amina and Chadi (Arabic, homework help, Tuesday afternoons in Nordstadt).
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, idToken, { top: 2 })).status).toBe(200);
  });

  it('follows the invitation to the need page, reads the address, accepts there, and keeps typing across a language switch', async (test) => {
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 } });
    const base = server.baseUrl;
    await page.goto(`${base}/signin`);
    await page.getByLabel(de.email, { exact: true }).fill(AMINA.email);
    await page.getByLabel(de.password, { exact: true }).fill(AMINA.password);
    await page.getByRole('button', { name: de.signInSubmit, exact: true }).click();
    await page.waitForURL(`${base}/dashboard`);

    const invitations = page.getByRole('region', { name: /^Einladungen/ });
    expect(await textOf(invitations)).toContain(TITLE);
    await invitations.getByRole('link', { name: new RegExp(`^${de.volNeedDetails}`) }).click();
    await page.waitForURL(`${base}/dashboard/needs/${needId}`);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(TITLE);
    const main = await textOf(page.getByRole('main'));
    expect(main).toContain('Gathe 6');
    expect(main).toContain('42107 Wuppertal');
    expect(main).toContain(NORA.email);
    expect(await width(page)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await page.getByRole('button', { name: new RegExp(`^${de.volunteerStep_accept}`) }).click();
    await page.waitForURL(`${base}/dashboard/needs/${needId}?notice=accept`);
    expect(await textOf(page.getByRole('main').getByRole('status').first())).toBe(de.dashNotice_accept);

    await page.goto(`${base}/profile/edit`);
    await page.getByLabel(de.lastName, { exact: true }).fill('Umbenannt');
    await page.getByRole('button', { name: de.switchLanguageLabel }).click();
    await page.waitForLoadState();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByLabel(en.lastName, { exact: true }).inputValue()).toBe('Umbenannt');
    expect(await width(page)).toBeLessThanOrEqual(360);

    // Enter in a field saves: the switch is not the form's default button.
    await page.getByLabel(en.lastName, { exact: true }).press('Enter');
    await page.waitForURL(`${base}/profile?saved=1`);
    expect(await textOf(page.getByRole('main'))).toContain('Umbenannt');
  });
});
