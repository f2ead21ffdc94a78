/**
 * A manager's path in headless Chromium at 360 px, without JavaScript: find the Arabic speakers
 * of her quarter, open Basel's page, record his safeguarding check there; then the week view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { de } from '../../shared/web/messages-de.ts';
import { api, createAccount, type TestAccount, type TestPlatform, testPlatform } from '../support/app.ts';
import { profileInput } from '../support/fixtures.ts';
import { useBrowser } from './support/browser.ts';
import { E2E_NOW, type RunningPlatform, startPlatformServer } from './support/server.ts';

const t = de;

describe("manager's desk in the browser", () => {
  const browser = useBrowser();
  let platform: TestPlatform;
  let server: RunningPlatform;
  let manager: TestAccount;

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => E2E_NOW });
    server = await startPlatformServer(platform);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(createDocumentClient(platform.config), platform.config.tableName).put({
      userId: manager.userId,
      quarters: ['nordstadt'],
    });
    for (const [firstName, code] of [
      ['Basel', 'ar'],
      ['Darya', 'fa'],
    ] as const) {
      const volunteer = await createAccount(platform.config, 'volunteer');
      const profile = profileInput({ firstName, lastName: 'Test', languages: [{ code, level: 'native' }] });
      expect((await api(platform.app, 'PUT', '/api/volunteers/me', volunteer.idToken, profile)).status).toBe(201);
    }
  });

  afterAll(async () => {
    await server?.close();
  });

  it('finds Basel by language, records his check on his page, and shows the week, all within 360 px', async (test) => {
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const base = server.baseUrl;
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.goto(`${base}/signin`);
    await page.getByLabel(t.email, { exact: true }).fill(manager.email);
    await page.getByLabel(t.password, { exact: true }).fill(manager.password);
    await page.getByRole('button', { name: t.signInSubmit, exact: true }).click();
    await page.waitForURL(`${base}/manage`);

    await page.getByRole('link', { name: t.manageFindVolunteers, exact: true }).click();
    await page.waitForURL(`${base}/manage/volunteers`);
    await page.getByLabel(t.needLanguages, { exact: true }).selectOption({ label: 'Arabisch' });
    await page.getByRole('button', { name: t.volSearchButton, exact: true }).click();
    await page.waitForURL(/\/manage\/volunteers\?/);
    expect(await width()).toBeLessThanOrEqual(360);
    expect(await page.getByRole('link', { name: 'Darya Test' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Basel Test', exact: true }).click();
    await page.waitForURL(/\/manage\/volunteers\/[A-Za-z0-9-]+$/);
    expect(await width()).toBeLessThanOrEqual(360);
    await page.getByLabel(t.sgInspectedOn, { exact: true }).fill('2026-11-23');
    await page.getByLabel(t.sgIssuedOn, { exact: true }).fill('2026-11-02');
    await page.getByLabel(t.sgConvictionNo, { exact: true }).check();
    await page.getByRole('button', { name: t.sgSubmit, exact: true }).click();
    await page.waitForURL(/\?notice=recorded$/);
    expect(await page.getByRole('status').textContent()).toContain(t.sgNotice_recorded);
    expect(await page.getByText('23.11.2026').count()).toBeGreaterThan(0);
    expect(await width()).toBeLessThanOrEqual(360);

    await page.goto(`${base}/manage`);
    await page.getByRole('link', { name: t.manageWeek, exact: true }).click();
    await page.waitForURL(`${base}/manage/week`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('23.11.2026');
    expect(await width()).toBeLessThanOrEqual(360);
  });
});
