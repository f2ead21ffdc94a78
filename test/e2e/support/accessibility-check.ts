/**
 * Issue 12's accessibility check: axe-core (WCAG 2.1 A and AA) on every page each role visits, on `npm start`'s demo
 * data and the fixed clock, in one language (German, and Arabic right-to-left: a test file each, so the two run side
 * by side), on a 360 px phone and a 1280 px desktop: zero violations. One platform and one browser per language; one
 * context per role (the `qh_lang` cookie), each page loaded once and checked in both windows. The pages carry no
 * scripts of their own; JavaScript stays on for axe to run.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createImports } from '../../../infra/local/imports.ts';
import type { StreamPoller } from '../../../infra/local/stream-poller.ts';
import { api } from '../../support/app.ts';
import { AMINA, type DemoPlatform, demoPlatform, NORA } from '../../support/demo-platform.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../../support/timeouts.ts';
import { accessibilityViolations } from './accessibility.ts';
import { launchBrowser, newPage } from './browser.ts';
import { E2E_NOW, type RunningPlatform, startPlatformServer } from './server.ts';

const ANTON = 'anton.admin@example.org';
const IDA = 'ida.initiative@example.org';
const WINDOWS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } } as const;
/** The first date of the need made below. */
const FIRST_DATE = '2026-12-01';
/** Last quarter before the fixed clock: the statistics report with its charts and tables. */
const REPORT = '?quarter=nordstadt&from=2026-07&to=2026-09';
/** A volunteers' sheet with one good row and one with problems (an address and a quarter); one per language run. */
const IMPORT_CSV = (lang: string) =>
  [
    'Vorname;Nachname;E-Mail;Telefon;Sprachen;Fähigkeiten;Quartiere;Einwilligung am',
    `Samira;Haddad;samira.${lang}@example.org;;Arabisch (Muttersprache), Deutsch B1;Hausaufgabenhilfe;Nordstadt;2026-10-01`,
    'Jonas;Berg;keine-adresse;;Deutsch (Muttersprache);;Mondviertel;2026-10-01',
  ].join('\r\n');

/** The check in one language, as a test file's suite. */
export function describeAccessibility(lang: 'de' | 'ar'): void {
  describe(`axe: WCAG 2.1 A/AA on every page, ${lang}, phone and desktop`, () => {
    let demo: DemoPlatform;
    let server: RunningPlatform;
    let browser: Browser;
    /** The import job (functions/imports), run on demand: the manager's import reaches its result page. */
    let imports: StreamPoller;
    const contexts: BrowserContext[] = [];
    /** Each role's session cookie (undefined: signed out) and the pages it visits. */
    const roles: Record<string, { email?: string; paths: string[] }> = {};

    beforeAll(async () => {
      const launching = launchBrowser();
      launching.catch(() => undefined); // reported by the await below
      demo = await demoPlatform(`axe-${lang}`, () => E2E_NOW);
      // A published weekly need in Nordstadt with Amina invited: its pages on both sides have content.
      const nora = await demo.token(NORA);
      const need = await demo.ok(
        api(demo.app, 'POST', '/api/needs', nora, {
          title: 'Hausaufgabenhilfe für Grundschulkinder',
          description: 'Arabischsprachige Kinder der Klassen 1–4 bei den Hausaufgaben begleiten.',
          quarterId: 'nordstadt',
          venueId: 'alte-feuerwache',
          schedule: {
            kind: 'weekly',
            weekday: 'tue',
            start: '15:00',
            end: '17:00',
            firstDate: FIRST_DATE,
            lastDate: '2027-02-23',
          },
          places: 2,
          requiredSkills: ['homework-help'],
          niceToHaveSkills: [],
          languages: ['ar'],
          involvesMinors: true,
        }),
        201,
      );
      const needId = need.needId as string;
      await demo.ok(api(demo.app, 'POST', `/api/needs/${needId}/status`, nora, { action: 'publish', version: 1 }));
      const amina = await demo.ok(api(demo.app, 'GET', '/api/volunteers/me', await demo.token(AMINA)));
      const aminaId = amina.volunteerId as string;
      await demo.ok(api(demo.app, 'POST', `/api/needs/${needId}/invitations`, nora, { volunteerIds: [aminaId] }));
      server = await startPlatformServer(demo);
      imports = createImports(demo.config, () => E2E_NOW);
      await server.settle();
      browser = await launching;

      roles.public = { paths: ['/', '/signin', '/signup', '/password/forgot', '/password/reset'] };
      roles.volunteer = {
        email: AMINA,
        paths: ['/dashboard', `/dashboard/needs/${needId}`, '/profile', '/profile/edit', '/settings/notifications'],
      };
      roles.manager = {
        email: NORA,
        paths: [
          '/manage',
          '/manage/needs/new',
          `/manage/needs/${needId}`,
          `/manage/needs/${needId}/edit`,
          `/manage/needs/${needId}/dates/${FIRST_DATE}`,
        ],
      };
      // The managers' desk and a quarter's data: a test of their own, so each stays far inside its limit.
      roles['manager-desk'] = {
        email: NORA,
        paths: [
          '/manage/volunteers',
          `/manage/volunteers/${aminaId}`,
          '/manage/week',
          '/manage/statistics',
          `/manage/statistics${REPORT}`,
          '/manage/import',
        ],
      };
      roles.initiative = { email: IDA, paths: ['/initiative'] };
      roles.admin = {
        email: ANTON,
        paths: [
          '/admin',
          '/admin/catalog',
          '/admin/initiatives',
          '/admin/safeguarding',
          '/admin/audit',
          '/admin/statistics',
          `/admin/statistics${REPORT}`,
        ],
      };
    });

    afterAll(async () => {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser?.close();
      await server?.close();
      demo?.close();
    });

    // One test per role: each stays far inside its limit on a busy machine.
    for (const role of ['public', 'volunteer', 'manager', 'manager-desk', 'initiative', 'admin']) {
      it(
        `${role}, ${lang}: no violations on a phone or a desktop`,
        async () => {
          const visits = roles[role];
          if (!visits) throw new Error(`No pages for ${role}`);
          const { email, paths } = visits;
          const { context, page } = await newPage(browser, { viewport: WINDOWS.phone });
          contexts.push(context);
          if (email) {
            const session = await demo.signIn(email);
            const name = session.slice(0, session.indexOf('='));
            await context.addCookies([{ name, value: session.slice(name.length + 1), url: server.baseUrl }]);
          }
          await context.addCookies([{ name: 'qh_lang', value: lang, url: server.baseUrl }]);
          const found: string[] = [];
          /** The page as loaded, checked laid out in both windows with every disclosure open. */
          const check = async (label: string, status: number | undefined) => {
            const htmlLang = await page.locator('html').getAttribute('lang');
            if (status !== 200) found.push(`${label}: HTTP ${status}`);
            else if (htmlLang !== lang) found.push(`${label}: <html lang="${htmlLang}">, not the chosen language`);
            else {
              // Disclosures (the language menu, folded sections) open, so that what they hold is checked too.
              await page.evaluate(() => {
                for (const details of document.querySelectorAll('details')) details.open = true;
              });
              for (const [window, viewport] of Object.entries(WINDOWS)) {
                await page.setViewportSize(viewport);
                found.push(...(await accessibilityViolations(page)).map((line) => `${label} ${window}: ${line}`));
              }
            }
          };
          for (const path of paths) {
            // Each page is loaded once and checked laid out in both windows.
            await page.setViewportSize(WINDOWS.phone);
            const response = await page.goto(`${server.baseUrl}${path}`);
            await check(`${role} ${lang} ${path}`, response?.status());
          }
          if (role === 'manager-desk') {
            // The pages a form leads to: an import's dry run (rows with problems) and, once its job has run, its result.
            await page.setViewportSize(WINDOWS.phone);
            await page.goto(`${server.baseUrl}/manage/import`);
            await page.locator('input[name="kind"][value="volunteers"]').check();
            await page.locator('input[name="file"]').setInputFiles({
              name: 'freiwillige.csv',
              mimeType: 'text/csv',
              buffer: Buffer.from(IMPORT_CSV(lang), 'utf8'),
            });
            const dryRun = page.waitForResponse((response) => response.url().endsWith('/manage/import'));
            await page.locator('form[enctype="multipart/form-data"] button[type="submit"]').click();
            await check(`${role} ${lang} import dry run`, (await dryRun).status());
            // What is checked must be the pages meant: row 3's problems listed, then a finished job (no refresh).
            const problemRows = await page.locator('#h-problems + table tbody tr td:first-child').allTextContents();
            if (!problemRows.includes('3'))
              found.push(`${role} ${lang} import dry run: row 3 not listed (${problemRows})`);
            await page.setViewportSize(WINDOWS.phone);
            await page.locator('form[action$="/confirm"] button[type="submit"]').click();
            await page.waitForURL(/\/manage\/import\/[^/]+$/);
            await check(`${role} ${lang} import queued`, 200);
            await imports.drain();
            const result = await page.goto(page.url());
            await check(`${role} ${lang} import result`, result?.status());
            if ((await page.locator('meta[http-equiv="refresh"]').count()) > 0)
              found.push(`${role} ${lang} import result: the job has not run`);
          }
          // The context's cookies and page go with it: what the next test sees is its own.
          await context.close();
          if (found.length > 0) throw new Error(`${found.length} axe violation(s)\n  ${found.join('\n  ')}`);
        },
        HEAVY_TEST_TIMEOUT_MS,
      );
    }
  });
}
