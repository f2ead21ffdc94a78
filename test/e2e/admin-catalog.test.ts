/**
 * An admin's day in headless Chromium, without JavaScript: the catalogue page at 360 px adds a
 * venue with its address to Ostersbaum and a skill, every admin page fits the phone, and a
 * manager finds both in the need form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { de } from '../../shared/web/messages-de.ts';
import { createAccount, type TestAccount, type TestPlatform, testPlatform } from '../support/app.ts';
import { useBrowser } from './support/browser.ts';
import { E2E_NOW, type RunningPlatform, startPlatformServer } from './support/server.ts';

const t = de;

describe('admin catalogue page', () => {
  const browser = useBrowser();
  let platform: TestPlatform;
  let server: RunningPlatform;
  let admin: TestAccount;
  let manager: TestAccount;

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => E2E_NOW });
    server = await startPlatformServer(platform);
    [admin, manager] = await Promise.all([
      createAccount(platform.config, 'admin'),
      createAccount(platform.config, 'manager'),
    ]);
    await new StaffRepository(createDocumentClient(platform.config), platform.config.tableName).put({
      userId: manager.userId,
      quarters: ['ostersbaum'],
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('adds a venue and a skill on a phone; a manager uses both in the need form', async (test) => {
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const base = server.baseUrl;
    const signIn = async (account: TestAccount) => {
      await page.goto(`${base}/signin`);
      await page.getByLabel(t.email, { exact: true }).fill(account.email);
      await page.getByLabel(t.password, { exact: true }).fill(account.password);
      await page.getByRole('button', { name: t.signInSubmit, exact: true }).click();
      await page.waitForURL((url) => url.pathname !== '/signin');
    };
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await signIn(admin);

    for (const path of ['/admin', '/admin/initiatives']) {
      await page.goto(`${base}${path}`);
      expect(await width(), path).toBeLessThanOrEqual(360);
    }
    await page.getByRole('navigation', { name: t.admContents }).getByRole('link', { name: t.admCatalogTitle }).click();
    await page.waitForURL(`${base}/admin/catalog`);
    expect(await width()).toBeLessThanOrEqual(360);

    const venue = page.locator('#venue-new');
    await venue.getByLabel(t.catQuarter, { exact: true }).selectOption({ label: 'Ostersbaum' });
    await venue.getByLabel(t.catName, { exact: true }).fill('Stadtteiltreff Ostersbaum');
    await venue.getByLabel(t.catStreet, { exact: true }).fill('Ostersbaumer Straße 12');
    await venue.getByLabel(t.catPostcode, { exact: true }).fill('42107');
    await venue.getByRole('button', { name: t.catAdd_venue, exact: true }).click();
    await page.waitForURL(/\/admin\/catalog\?notice=added#venues$/);
    expect(await page.getByRole('status').textContent()).toContain(t.catNotice_added);
    expect(await page.getByText('Ostersbaumer Straße 12, 42107 Wuppertal').count()).toBe(1);

    const skill = page.locator('#skill-new');
    await skill.getByLabel(t.catSkillDe, { exact: true }).fill('Nähcafé');
    await skill.getByLabel(t.catSkillEn, { exact: true }).fill('Sewing café');
    await skill.getByRole('button', { name: t.catAdd_skill, exact: true }).click();
    await page.waitForURL(/\/admin\/catalog\?notice=added#skills$/);
    expect(await width()).toBeLessThanOrEqual(360);

    await page.context().clearCookies();
    await signIn(manager);
    await page.goto(`${base}/manage/needs/new`);
    const group = page.locator('optgroup[label="Ostersbaum"]');
    expect(await group.locator('option', { hasText: 'Stadtteiltreff Ostersbaum' }).count()).toBe(1);
    expect(await page.getByLabel('Nähcafé').count()).toBeGreaterThan(0);
  });
});
