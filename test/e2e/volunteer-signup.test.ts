/**
 * End to end, in headless Chromium against the real platform app on a real port, DynamoDB Local and cognito-local
 * (started by test/support/global-setup.ts): a volunteer signs up, confirms with the code from the outbox page,
 * signs in, fills the whole profile form and finds it again, also after a server restart; in German and English.
 * In Arabic, from the browser's language alone: every page right to left in Arabic, and the invitation e-mail a
 * German-speaking manager sends after matching proposed the new volunteer, in Arabic, whose link opens the need's page.
 * Plus server-side validation in the browser, the 360 px layout, confirming a never-confirmed account from the
 * sign-in page (with a code sent again) and sign-out. A volunteer's sign-in lands on the overview (/dashboard).
 *
 * No test depends on today's date: the form gets explicit dates, and the server runs on a fixed clock (E2E_NOW), so the
 * consent date it stamps is known.
 * Screenshots at 360 px: /tmp/profile-360.png (the saved profile) and /tmp/profile-edit-360.png (the filled form).
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotifications } from '../../infra/local/notifications.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { LANGUAGES } from '../../shared/catalog/languages.ts';
import { QUARTERS, SKILLS } from '../../shared/catalog/seed-data.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { mailAr } from '../../shared/notifications/templates/mail-messages-ar.ts';
import { berlinDate } from '../../shared/time/calendar.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { languageName as pageLanguageName, skillName as pageSkillName } from '../../shared/web/format.ts';
import { ar } from '../../shared/web/messages-ar.ts';
import { de } from '../../shared/web/messages-de.ts';
import { en } from '../../shared/web/messages-en.ts';
import { createAccount, type TestAccount, type TestPlatform, testPlatform, uniqueEmail } from '../support/app.ts';
import { latestCode, readOutbox } from '../support/platform.ts';
import { useBrowser } from './support/browser.ts';
import { E2E_NOW, type RunningPlatform, startPlatformServer } from './support/server.ts';

const TEXT = { de, en, ar };
const PASSWORD = 'Quartier-Hilfe-2026!';
const SCREENSHOT = '/tmp/profile-360.png';

type Level = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';
type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

interface ProfileFixture {
  firstName: string;
  lastName: string;
  phone: string;
  languages: { code: (typeof LANGUAGES)[number]['code']; level: Level }[];
  skills: string[];
  quarters: string[];
  slot: { weekday: Weekday; start: string; end: string };
  availableFrom: string;
  availableUntil: string;
  blackout: { from: string; until: string };
  maxHoursPerMonth: number;
}

const GERMAN_PROFILE: ProfileFixture = {
  firstName: 'Zeynep',
  lastName: 'Schäfer',
  phone: '+49 202 5631234',
  languages: [
    { code: 'ar', level: 'native' },
    { code: 'de', level: 'C1' },
  ],
  skills: ['homework-help', 'interpreting'],
  quarters: ['nordstadt'],
  slot: { weekday: 'wed', start: '16:00', end: '18:30' },
  availableFrom: '2027-01-04',
  availableUntil: '2027-06-30',
  blackout: { from: '2027-03-29', until: '2027-04-10' },
  maxHoursPerMonth: 12,
};

const ENGLISH_PROFILE: ProfileFixture = {
  firstName: 'Olena',
  lastName: 'Kovalenko',
  phone: '0202 987654',
  languages: [
    { code: 'uk', level: 'native' },
    { code: 'en', level: 'B2' },
  ],
  skills: ['childcare', 'cooking'],
  quarters: ['ostersbaum'],
  slot: { weekday: 'sat', start: '10:00', end: '13:30' },
  availableFrom: '2027-02-01',
  availableUntil: '2027-12-31',
  blackout: { from: '2027-08-02', until: '2027-08-20' },
  maxHoursPerMonth: 20,
};

/** The two languages whose profile pages this test reads in full. */
type Lang = 'de' | 'en';
/** Every language a page is checked in. */
type PageLang = keyof typeof TEXT;

const languageName = (code: string, lang: Lang) => LANGUAGES.find((l) => l.code === code)?.[lang] ?? code;
const skillName = (id: string, lang: Lang) => SKILLS.find((s) => s.id === id)?.[lang] ?? id;
const quarterName = (id: string) => QUARTERS.find((q) => q.id === id)?.name ?? id;
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A date as the page's language writes it: 04.01.2027, 4 Jan 2027. */
const shownDate = (lang: Lang, iso: string) => {
  const [y, m, d] = iso.split('-');
  return lang === 'de' ? `${d}.${m}.${y}` : `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
};

/**
 * Every page: a doctype (standards mode, not quirks), the page's language and writing direction on <html>; in Arabic
 * also every heading and button in Arabic (the language menu's autonyms and `userContent`, e.g. a need's title, aside).
 */
async function expectDocument(page: Page, lang: PageLang, userContent: readonly string[] = []): Promise<void> {
  const doc = await page.evaluate(() => ({
    compatMode: document.compatMode,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
  expect(doc).toEqual({ compatMode: 'CSS1Compat', lang, dir: lang === 'ar' ? 'rtl' : '' });
  if (lang !== 'ar') return;
  const texts = await page
    .locator('h1, h2, h3, button, input[type=submit], nav a')
    .evaluateAll((elements) =>
      elements
        .filter((element) => !element.closest('.lang-menu'))
        .map((element) =>
          ((element instanceof HTMLInputElement ? element.value : element.textContent) ?? '')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
    );
  const where = new URL(page.url()).pathname;
  expect(texts.length, where).toBeGreaterThan(0);
  const notArabic = texts.filter((text) => text !== '' && !/[\u0600-\u06FF]/.test(text) && !userContent.includes(text));
  expect(notArabic, `headings and buttons not in Arabic on ${where}`).toEqual([]);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** The profile page's <dl class="profile"> as term → text (or the texts of its list items). */
function profileEntries(page: Page): Promise<Record<string, string | string[]>> {
  return page.locator('dl.profile').evaluate((dl) => {
    const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const entries: Record<string, string | string[]> = {};
    for (const dt of Array.from(dl.querySelectorAll('dt'))) {
      const dd = dt.nextElementSibling;
      const items = dd ? Array.from(dd.querySelectorAll('li')) : [];
      entries[squash(dt.textContent)] =
        items.length > 0 ? items.map((li) => squash(li.textContent)) : squash(dd?.textContent ?? '');
    }
    return entries;
  });
}

/** What the profile page must show for a fixture (languages in any order). */
function expectedEntries(
  lang: Lang,
  p: ProfileFixture,
  email: string,
  consentDate: string,
): Record<string, string | string[]> {
  const t = TEXT[lang];
  return {
    [t.firstName]: p.firstName,
    [t.lastName]: p.lastName,
    [t.email]: email,
    [t.phoneView]: p.phone,
    [t.languages]: p.languages
      .map((l) => `${languageName(l.code, lang)}: ${l.level === 'native' ? t.level_native : l.level}`)
      .sort(),
    [t.skills]: p.skills.map((id) => skillName(id, lang)).join(', '),
    [t.quarters]: p.quarters.map(quarterName).join(', '),
    [t.weeklySlots]: [`${t[`weekday_${p.slot.weekday}`]} ${p.slot.start}–${p.slot.end}`],
    [t.availableFrom]: shownDate(lang, p.availableFrom),
    [t.availableUntilView]: shownDate(lang, p.availableUntil),
    [t.blackouts]: `${shownDate(lang, p.blackout.from)}–${shownDate(lang, p.blackout.until)}`,
    [t.maxHoursPerMonth]: fill(t.hoursPerMonth, { n: p.maxHoursPerMonth }),
    [t.safeguarding]: t.safeguardingNone,
    [t.consent]: fill(t.consentGiven, { date: shownDate(lang, consentDate), version: CONSENT.version }),
  };
}

async function expectProfileShown(page: Page, lang: Lang, p: ProfileFixture, email: string): Promise<void> {
  const t = TEXT[lang];
  const shown = await profileEntries(page);
  const languages = shown[t.languages];
  if (Array.isArray(languages)) languages.sort();
  expect(shown).toEqual(expectedEntries(lang, p, email, berlinDate(E2E_NOW)));
}

/** Sign-up → code from the outbox page → confirmation → sign-in, which lands on the overview; ends on /profile. */
async function signUpAndSignIn(page: Page, baseUrl: string, lang: PageLang, email: string): Promise<void> {
  const t = TEXT[lang];
  await page.getByRole('navigation').getByRole('link', { name: t.navSignUp, exact: true }).click();
  await page.waitForURL(`${baseUrl}/signup`);
  await expectDocument(page, lang);
  expect(await heading(page)).toBe(t.signUpTitle);
  await page.getByLabel(t.email, { exact: true }).fill(email);
  await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t.signUpSubmit, exact: true }).click();

  await page.waitForURL(`${baseUrl}/confirm?email=${encodeURIComponent(email)}`);
  await expectDocument(page, lang);
  expect(await page.getByLabel(t.email, { exact: true }).inputValue()).toBe(email);
  // The code, as a local user finds it: through the link on the confirmation page to the outbox.
  await page.getByRole('main').getByRole('link', { name: t.navOutbox, exact: true }).click();
  await page.waitForURL(`${baseUrl}/dev/outbox`);
  await expectDocument(page, lang);
  const row = page.locator('tbody tr', { has: page.locator('td.outbox-to', { hasText: email }) });
  expect(await row.count()).toBe(1);
  const code = (await row.locator('.outbox-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await page.goBack();
  await page.waitForURL(`${baseUrl}/confirm?email=${encodeURIComponent(email)}`);
  await page.getByLabel(t.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: t.confirmSubmit, exact: true }).click();

  await page.waitForURL(`${baseUrl}/signin?confirmed=1&email=${encodeURIComponent(email)}`);
  await expectDocument(page, lang);
  expect(await page.getByRole('status').textContent()).toContain(t.confirmed);
  expect(await page.getByLabel(t.email, { exact: true }).inputValue()).toBe(email);
  await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t.signInSubmit, exact: true }).click();
  await expectOverviewWithoutProfile(page, baseUrl, lang);
  await page.getByRole('navigation').getByRole('link', { name: t.navProfile, exact: true }).click();
  await page.waitForURL(`${baseUrl}/profile`);
}

/** A new volunteer's start page: the overview, which asks for a profile first. */
async function expectOverviewWithoutProfile(page: Page, baseUrl: string, lang: PageLang): Promise<void> {
  const t = TEXT[lang];
  await page.waitForURL(`${baseUrl}/dashboard`);
  await expectDocument(page, lang);
  expect(await heading(page)).toBe(t.dashboardTitle);
  expect(await page.getByRole('main').textContent()).toContain(t.dashboardNoProfile);
}

/** Signs in an existing account on a fresh page; ends on the volunteer's start page (/dashboard). */
async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  const t = TEXT.de;
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel(t.email, { exact: true }).fill(email);
  await page.getByLabel(t.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.signInSubmit, exact: true }).click();
  await page.waitForURL(`${baseUrl}/dashboard`);
}

/** Fills every part of the profile form through its labels (which also checks they are wired up). */
async function fillProfile(
  page: Page,
  lang: Lang,
  p: ProfileFixture,
  options: { consent?: boolean } = {},
): Promise<void> {
  const t = TEXT[lang];
  await page.getByLabel(t.firstName, { exact: true }).fill(p.firstName);
  await page.getByLabel(t.lastName, { exact: true }).fill(p.lastName);
  await page.getByLabel(t.phone, { exact: true }).fill(p.phone);
  for (const language of p.languages) {
    await page.getByLabel(languageName(language.code, lang), { exact: true }).selectOption({ value: language.level });
  }
  for (const skill of p.skills) await page.getByLabel(skillName(skill, lang), { exact: true }).check();
  for (const quarter of p.quarters) await page.getByLabel(quarterName(quarter), { exact: true }).check();
  const slot = page.getByRole('group', { name: fill(t.slot, { n: 1 }), exact: true });
  await slot.getByLabel(t.weekday, { exact: true }).selectOption({ value: p.slot.weekday });
  await slot.getByLabel(t.from, { exact: true }).fill(p.slot.start);
  await slot.getByLabel(t.until, { exact: true }).fill(p.slot.end);
  await page.getByLabel(t.availableFrom, { exact: true }).fill(p.availableFrom);
  await page.getByLabel(t.availableUntil, { exact: true }).fill(p.availableUntil);
  const blackout = page.getByRole('group', { name: fill(t.blackout, { n: 1 }), exact: true });
  await blackout.getByLabel(t.firstDay, { exact: true }).fill(p.blackout.from);
  await blackout.getByLabel(t.lastDay, { exact: true }).fill(p.blackout.until);
  await page.getByLabel(t.maxHoursPerMonth, { exact: true }).fill(String(p.maxHoursPerMonth));
  const consent = page.getByLabel(`${t.consentAccept} ${CONSENT.version}`, { exact: true });
  if (options.consent ?? true) await consent.check();
  else await consent.uncheck();
}

/**
 * Clicks the save button at the end of the form and returns the status of the form post. (The form starts with an
 * off-screen copy of it, the default for Enter, so the locator is scoped to the visible actions.)
 */
async function saveProfile(page: Page, lang: PageLang): Promise<number> {
  const [posted] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/profile/edit'),
    page.locator('form .actions').getByRole('button', { name: TEXT[lang].save, exact: true }).click(),
  ]);
  return posted.status();
}

/** Opens the form from the profile page, fills it, saves, and checks the profile page shows it all. */
async function createProfile(page: Page, baseUrl: string, lang: Lang, p: ProfileFixture, email: string): Promise<void> {
  const t = TEXT[lang];
  await page.getByRole('link', { name: t.profileCreate, exact: true }).click();
  await page.waitForURL(`${baseUrl}/profile/edit`);
  await expectDocument(page, lang);
  expect(await heading(page)).toBe(t.profileCreate);
  await fillProfile(page, lang, p);
  expect(await saveProfile(page, lang)).toBe(303);
  await page.waitForURL(`${baseUrl}/profile?saved=1`);
  await expectDocument(page, lang);
  expect(await page.getByRole('main').getByRole('status').first().textContent()).toContain(t.profileSaved);
  await expectProfileShown(page, lang, p, email);
}

/** No horizontal scrolling: the document is no wider than the (360 px) viewport. */
async function expectNoHorizontalScroll(page: Page, width = 360): Promise<void> {
  const where = new URL(page.url()).pathname;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `document width on ${where} at ${width} px`).toBeLessThanOrEqual(width);
}

describe('volunteer sign-up and profile in the browser', () => {
  const browser = useBrowser();
  let platform: TestPlatform;
  let server: RunningPlatform;
  /** Confirmed volunteer accounts (made through Cognito, not the browser) for the tests after the sign-up flows. */
  let accounts: { validation: TestAccount; phone: TestAccount; signOut: TestAccount; manager: TestAccount };

  beforeAll(async () => {
    platform = await testPlatform();
    const volunteer = () => createAccount(platform.config, 'volunteer');
    const [started, validation, phone, signOut, manager] = await Promise.all([
      startPlatformServer(platform),
      volunteer(),
      volunteer(),
      volunteer(),
      createAccount(platform.config, 'manager'),
    ]);
    server = started;
    accounts = { validation, phone, signOut, manager };
    await new StaffRepository(createDocumentClient(platform.config), platform.config.tableName).put({
      userId: manager.userId,
      quarters: ['ostersbaum'],
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('German: signs up, confirms with the outbox code, fills the whole profile, and finds it again after a restart', async (test) => {
    const { page, context } = await browser.page(test);
    const email = uniqueEmail('e2e-de');
    const response = await page.goto(`${server.baseUrl}/`);
    expect(response?.status()).toBe(200);
    await expectDocument(page, 'de');
    expect(await heading(page)).toBe(de.landingTitle);

    await signUpAndSignIn(page, server.baseUrl, 'de', email);
    const session = (await context.cookies()).find((cookie) => cookie.name === 'qh_session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    await expectDocument(page, 'de');
    expect(await heading(page)).toBe(de.profileTitle);
    expect(await page.getByRole('main').textContent()).toContain(de.profileNone);

    await createProfile(page, server.baseUrl, 'de', GERMAN_PROFILE, email);
    const saved = await profileEntries(page);

    // The edit form comes back filled with what was saved.
    await page.getByRole('link', { name: de.profileEdit, exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/profile/edit`);
    expect(await heading(page)).toBe(de.profileEdit);
    expect(await page.getByLabel(de.lastName, { exact: true }).inputValue()).toBe(GERMAN_PROFILE.lastName);
    expect(await page.getByLabel('Arabisch', { exact: true }).inputValue()).toBe('native');
    expect(await page.getByLabel(skillName('interpreting', 'de'), { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel(de.availableUntil, { exact: true }).inputValue()).toBe(GERMAN_PROFILE.availableUntil);

    // A new server process on the same table and user pool: everything that matters is in DynamoDB.
    const port = server.port;
    await server.close();
    server = await startPlatformServer(platform, { port });
    expect(server.baseUrl).toBe(`http://127.0.0.1:${port}`);

    const fresh = await browser.page(test);
    await signIn(fresh.page, server.baseUrl, email, PASSWORD);
    await fresh.page.goto(`${server.baseUrl}/profile`);
    await expectDocument(fresh.page, 'de');
    expect(await profileEntries(fresh.page)).toEqual(saved);
  });

  it("English: the browser's language first, the language menu in the header, signs up a second volunteer and saves the profile", async (test) => {
    const { page } = await browser.page(test, { locale: 'en-GB' });
    const email = uniqueEmail('e2e-en');
    await page.goto(`${server.baseUrl}/`);
    // The browser prefers English (Accept-Language): the first page is English.
    await expectDocument(page, 'en');
    await page.locator('details.lang-menu summary').click();
    await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    await expectDocument(page, 'de');
    await page.locator('details.lang-menu summary').click();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    await expectDocument(page, 'en');
    expect(await heading(page)).toBe(en.landingTitle);

    await signUpAndSignIn(page, server.baseUrl, 'en', email);
    await expectDocument(page, 'en');
    expect(await heading(page)).toBe(en.profileTitle);
    expect(await page.getByRole('main').textContent()).toContain(en.profileNone);
    await createProfile(page, server.baseUrl, 'en', ENGLISH_PROFILE, email);

    // And back to German on the same page, which keeps showing the same profile.
    await page.locator('details.lang-menu summary').click();
    await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/profile?saved=1`);
    await expectDocument(page, 'de');
    expect((await profileEntries(page))[de.quarters]).toBe('Ostersbaum');
  });

  it('Arabic: the browser prefers Arabic: every page right to left in Arabic, and the invitation e-mail in Arabic', async (test) => {
    const t = ar;
    const { page } = await browser.page(test, { locale: 'ar' });
    const email = uniqueEmail('e2e-ar');
    await page.goto(`${server.baseUrl}/`);
    await expectDocument(page, 'ar');
    expect(await heading(page)).toBe(t.landingTitle);

    // Sign-up, the code from the outbox page, confirmation, sign-in: every page checked on the way.
    await signUpAndSignIn(page, server.baseUrl, 'ar', email);
    await expectDocument(page, 'ar');
    expect(await heading(page)).toBe(t.profileTitle);
    await page.getByRole('link', { name: t.profileCreate, exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/profile/edit`);
    await expectDocument(page, 'ar');
    expect(await heading(page)).toBe(t.profileCreate);

    // What matching needs: a language, a skill, a quarter, a weekly time, availability and consent.
    await page.getByLabel(t.firstName, { exact: true }).fill('Layla');
    await page.getByLabel(t.lastName, { exact: true }).fill('Haddad');
    await page.getByLabel(pageLanguageName('ar', 'ar'), { exact: true }).selectOption({ value: 'native' });
    const homework = SKILLS.find((skill) => skill.id === 'homework-help');
    if (!homework) throw new Error('no homework-help skill');
    await page.getByLabel(pageSkillName('ar', homework), { exact: true }).check();
    await page.getByLabel(quarterName('ostersbaum'), { exact: true }).check();
    const slot = page.getByRole('group', { name: fill(t.slot, { n: 1 }), exact: true });
    await slot.getByLabel(t.weekday, { exact: true }).selectOption({ value: 'thu' });
    await slot.getByLabel(t.from, { exact: true }).fill('15:00');
    await slot.getByLabel(t.until, { exact: true }).fill('18:00');
    await page.getByLabel(t.availableFrom, { exact: true }).fill('2026-11-24');
    await page.getByLabel(t.maxHoursPerMonth, { exact: true }).fill('10');
    await page.getByLabel(`${t.consentAccept} ${CONSENT.version}`, { exact: true }).check();
    expect(await saveProfile(page, 'ar')).toBe(303);
    await page.waitForURL(`${server.baseUrl}/profile?saved=1`);
    await expectDocument(page, 'ar');
    expect(await page.getByRole('main').getByRole('status').first().textContent()).toContain(t.profileSaved);
    await server.settle(); // the candidate index follows the profile from the table's stream

    // A manager with a German browser posts a need in Ostersbaum for Arabic speakers, publishes it, invites Layla.
    const title = 'Hausaufgabenhilfe am Donnerstag';
    const manager = await browser.page(test);
    const m = manager.page;
    await m.goto(`${server.baseUrl}/signin`);
    await m.getByLabel(de.email, { exact: true }).fill(accounts.manager.email);
    await m.getByLabel(de.password, { exact: true }).fill(accounts.manager.password);
    await m.getByRole('button', { name: de.signInSubmit, exact: true }).click();
    await m.waitForURL(`${server.baseUrl}/manage`);
    await m.goto(`${server.baseUrl}/manage/needs/new`);
    await m.getByLabel(de.needTitle, { exact: true }).fill(title);
    await m.getByLabel(de.needDescription, { exact: true }).fill('Grundschulkinder bei den Hausaufgaben begleiten.');
    await m.getByLabel(de.needQuarter, { exact: true }).selectOption({ label: 'Ostersbaum' });
    await m.getByLabel(de.needVenue, { exact: true }).selectOption({ label: 'Nachbarschaftsheim' });
    await m.getByRole('radio', { name: de.needKind_once, exact: true }).check();
    const once = m.getByRole('group', { name: de.needKind_once, exact: true });
    await once.getByLabel(de.needDate, { exact: true }).fill('2026-12-03');
    await once.getByLabel(de.from, { exact: true }).fill('16:00');
    await once.getByLabel(de.until, { exact: true }).fill('17:30');
    await m.getByLabel(de.needPlaces, { exact: true }).fill('1');
    await m
      .getByRole('group', { name: de.needRequiredSkills, exact: true })
      .getByRole('checkbox', { name: homework.de, exact: true })
      .check();
    await m
      .getByRole('group', { name: de.needLanguages, exact: true })
      .getByRole('checkbox', { name: 'Arabisch', exact: true })
      .check();
    await m.locator('form.need-form .actions').getByRole('button', { name: de.save, exact: true }).click();
    await m.waitForURL(/\/manage\/needs\/[0-9a-f-]{36}\?notice=created$/);
    const needPath = new URL(m.url()).pathname;
    const needId = needPath.split('/').at(-1) ?? '';
    await m.getByRole('button', { name: de.needAction_publish, exact: true }).click();
    await m.waitForURL(`${server.baseUrl}${needPath}?notice=publish`);
    const proposals = m.getByRole('region', { name: fill(de.proposalsTitle, { n: 1 }), exact: true });
    await proposals.getByRole('checkbox', { name: '1. Layla', exact: true }).check();
    await proposals.getByRole('button', { name: de.inviteSelected, exact: true }).click();
    await m.waitForURL(`${server.baseUrl}${needPath}?notice=invited&n=1`);

    // The notifications function on the table's stream, its links to this server: Layla's invitation, in Arabic.
    await createNotifications(platform.config, {
      outboxFile: platform.outboxFile,
      origin: server.baseUrl,
      clock: () => E2E_NOW,
    }).drain();
    const mails = readOutbox(platform.outboxFile).filter((entry) => entry.to === email && entry.kind === 'invitation');
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    if (!mail) throw new Error('no invitation');
    expect(mail.subject).toBe(fill(mailAr.subject_invitation, { title }));
    const body = mail.body ?? '';
    expect(body).toContain(fill(mailAr.greetingNamed, { name: 'Layla' }));
    expect(body).toContain(mailAr.intro_invitation);
    expect(body).toContain(mailAr.action_invitation);
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl"/);
    const link = `${server.baseUrl}/dashboard/needs/${needId}`;
    expect(body).toContain(link);

    // The mail's link opens the need's page, in Arabic, right to left.
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe(`/dashboard/needs/${needId}`);
    await expectDocument(page, 'ar', [title]);
    expect(await heading(page)).toBe(title);
    expect(await page.getByRole('button', { name: new RegExp(`^${t.volunteerStep_accept}`) }).count()).toBe(1);
  });

  it('validates on the server: a 400 page marks the slot end and the consent and keeps what was typed', async (test) => {
    const account = accounts.validation;
    const { page } = await browser.page(test);
    await signIn(page, server.baseUrl, account.email, account.password);
    await page.goto(`${server.baseUrl}/profile/edit`);
    const mistaken = {
      ...GERMAN_PROFILE,
      firstName: 'Jonas',
      slot: { weekday: 'mon', start: '18:00', end: '16:00' },
    } as const;
    await fillProfile(page, 'de', mistaken, { consent: false });

    expect(await saveProfile(page, 'de')).toBe(400);
    expect(new URL(page.url()).pathname).toBe('/profile/edit');
    await expectDocument(page, 'de');
    expect(await page.getByRole('alert').textContent()).toContain(de.formHasErrors);

    const end = page.locator('#f-slot0_end');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await end.getAttribute('aria-describedby')).toBe('slot0_end-error');
    expect(await page.locator('#f-slot0_end + p.error#slot0_end-error').textContent()).toBe(de.err_end_before_start);
    expect(await page.locator('#f-slot0_start').getAttribute('aria-invalid')).toBeNull();

    const consent = page.getByRole('group', { name: de.consent, exact: true });
    expect(await consent.getAttribute('aria-invalid')).toBe('true');
    expect(await consent.getAttribute('aria-describedby')).toBe('consent-error');
    expect(await consent.locator('p.error#consent-error').textContent()).toBe(de.err_consent_required);

    // Exactly those two fields are marked, and nothing the user typed is lost.
    expect(await page.locator('[aria-invalid=true]').count()).toBe(2);
    expect(await page.getByLabel(de.firstName, { exact: true }).inputValue()).toBe('Jonas');
    expect(await page.getByLabel(de.lastName, { exact: true }).inputValue()).toBe(GERMAN_PROFILE.lastName);
    expect(await page.getByLabel('Arabisch', { exact: true }).inputValue()).toBe('native');
    expect(await end.inputValue()).toBe('16:00');
    expect(await page.getByLabel(skillName('homework-help', 'de'), { exact: true }).isChecked()).toBe(true);
    const blackout = page.getByRole('group', { name: fill(de.blackout, { n: 1 }), exact: true });
    expect(await blackout.getByLabel(de.lastDay, { exact: true }).inputValue()).toBe(GERMAN_PROFILE.blackout.until);

    // Nothing was saved.
    await page.goto(`${server.baseUrl}/profile`);
    expect(await page.getByRole('main').textContent()).toContain(de.profileNone);
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async (test) => {
    const account = accounts.phone;
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 } });
    for (const path of ['/', '/signup', '/signin']) {
      await page.goto(`${server.baseUrl}${path}`);
      await expectNoHorizontalScroll(page);
    }
    await signIn(page, server.baseUrl, account.email, account.password);
    await page.goto(`${server.baseUrl}/profile/edit`);
    await expectNoHorizontalScroll(page);

    await fillProfile(page, 'de', GERMAN_PROFILE);
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: '/tmp/profile-edit-360.png', fullPage: true });
    expect(await saveProfile(page, 'de')).toBe(303);
    await page.waitForURL(`${server.baseUrl}/profile?saved=1`);
    await expectProfileShown(page, 'de', GERMAN_PROFILE, account.email);
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('confirms an account never confirmed from the sign-in page, with a code sent again, on a 360 px phone', async (test) => {
    const { page } = await browser.page(test, { viewport: { width: 360, height: 740 } });
    const email = uniqueEmail('e2e-unconfirmed');
    // Signed up, then left the confirmation page without entering the code.
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel(de.email, { exact: true }).fill(email);
    await page.getByLabel(de.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: de.signUpSubmit, exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/confirm?email=${encodeURIComponent(email)}`);
    const first = latestCode(platform.outboxFile, email, 'SignUp');

    // Sign-in with the right password: the confirmation form for this address, in place.
    await page.goto(`${server.baseUrl}/signin`);
    await page.getByLabel(de.email, { exact: true }).fill(email);
    await page.getByLabel(de.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: de.signInSubmit, exact: true }).click();
    // The answer to the post is the form itself (no redirect): wait for its heading.
    await page.getByRole('heading', { level: 1, name: de.confirmTitle, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    await expectDocument(page, 'de');
    expect(await page.getByRole('status').textContent()).toContain(de.confirmFromSignIn);
    expect(await page.getByLabel(de.email, { exact: true }).inputValue()).toBe(email);
    await expectNoHorizontalScroll(page);

    // "Send the code again": a new code arrives; the form keeps the address.
    await page.getByRole('button', { name: de.confirmResend, exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/confirm/resend`);
    expect(await page.getByRole('status').textContent()).toContain(de.confirmCodeResent);
    expect(await page.getByLabel(de.email, { exact: true }).inputValue()).toBe(email);
    await expectNoHorizontalScroll(page);
    const code = latestCode(platform.outboxFile, email, 'ResendCode');
    expect(code).toMatch(/^\d{6}$/);
    expect(code).not.toBe(first);

    // Enter works on the confirm button (the first in the form), not on "send again".
    await page.getByLabel(de.code, { exact: true }).fill(code);
    await page.getByLabel(de.code, { exact: true }).press('Enter');
    await page.waitForURL(`${server.baseUrl}/signin?confirmed=1&email=${encodeURIComponent(email)}`);
    expect(await page.getByRole('status').textContent()).toContain(de.confirmed);
    await page.getByLabel(de.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: de.signInSubmit, exact: true }).click();
    await expectOverviewWithoutProfile(page, server.baseUrl, 'de');
    await expectNoHorizontalScroll(page);
  });

  it('ends the session on sign-out: /profile then leads to the sign-in page, even with the old cookie', async (test) => {
    const account = accounts.signOut;
    const { page, context } = await browser.page(test);
    await signIn(page, server.baseUrl, account.email, account.password);
    const session = (await context.cookies()).find((cookie) => cookie.name === 'qh_session');
    expect(session?.value).toBeTruthy();

    await page.getByRole('navigation').getByRole('button', { name: de.navSignOut, exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/signin?signedout=1`);
    expect(await page.getByRole('status').textContent()).toContain(de.signedOut);
    expect((await context.cookies()).some((cookie) => cookie.name === 'qh_session')).toBe(false);
    expect(await page.getByRole('navigation').getByRole('button', { name: de.navSignOut }).count()).toBe(0);

    const response = await page.goto(`${server.baseUrl}/profile`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/profile');
    expect(response?.status()).toBe(200);
    expect(await heading(page)).toBe(de.signInTitle);

    // The session is over on the server too: the old cookie, sent again, opens nothing.
    if (!session) throw new Error('no session cookie');
    await context.addCookies([session]);
    await page.goto(`${server.baseUrl}/profile`);
    expect(new URL(page.url()).pathname).toBe('/signin');
  });
});
