/**
 * The admin's audit trail page in headless Chromium at 360 px: filtered by person with the plain
 * GET form (no JavaScript), paged with its link, and no horizontal scrolling.
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

describe('audit trail page', () => {
  const browser = useBrowser();
  let platform: TestPlatform;
  let server: RunningPlatform;
  let admin: TestAccount;
  let volunteer: TestAccount;
  let manager: TestAccount;

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => E2E_NOW });
    server = await startPlatformServer(platform);
    [admin, manager, volunteer] = await Promise.all([
      createAccount(platform.config, 'admin'),
      createAccount(platform.config, 'manager'),
      createAccount(platform.config, 'volunteer'),
    ]);
    await new StaffRepository(createDocumentClient(platform.config), platform.config.tableName).put({
      userId: manager.userId,
      quarters: ['nordstadt'],
    });
    expect((await api(platform.app, 'PUT', '/api/volunteers/me', volunteer.idToken, profileInput())).status).toBe(201);
    // Three reads by the manager: three entries about the volunteer.
    for (let i = 0; i < 3; i++) {
      const read = await api(platform.app, 'GET', `/api/volunteers/${volunteer.userId}`, manager.accessToken);
      expect(read.status).toBe(200);
    }
  });

  afterAll(async () => {
    await server?.close();
  });

  it('filters by person, pages, and fits a 360 px screen', async (test) => {
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const base = server.baseUrl;
    await page.goto(`${base}/signin`);
    await page.getByLabel(t.email, { exact: true }).fill(admin.email);
    await page.getByLabel(t.password, { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: t.signInSubmit, exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/signin');

    await page.goto(`${base}/admin`);
    await page.getByRole('link', { name: t.audAdminLink, exact: true }).click();
    await page.waitForURL(`${base}/admin/audit`);
    await page.getByLabel(t.audSubject, { exact: true }).fill(volunteer.userId);
    await page.getByRole('button', { name: t.audShow, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('subjectId') === volunteer.userId);
    const cards = page.locator('ol.cards > li');
    // The three reads, and the admin's own look at the unfiltered trail a moment ago (viewing is recorded).
    expect(await cards.filter({ hasText: t.audAction_profile_read }).count()).toBe(3);
    expect(await cards.filter({ hasText: t.audAction_audit_read }).count()).toBe(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);

    // Two a page: the link to older entries carries the filter and a cursor. (By the manager, whose
    // entries do not grow while the admin looks.)
    await page.goto(`${base}/admin/audit?actorId=${manager.userId}&limit=2`);
    expect(await cards.count()).toBe(2);
    await page.getByRole('link', { name: t.audNext, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.has('cursor'));
    expect(await cards.count()).toBe(1);
    expect(await page.getByRole('link', { name: t.audNext, exact: true }).count()).toBe(0);
  });
});
