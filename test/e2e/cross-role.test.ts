/**
 * End to end, in headless Chromium against the real platform app on a real port, DynamoDB Local and cognito-local:
 * the flow across roles. A quarter manager posts a weekly need with children and invites the best proposals, a
 * volunteer accepts, an admin links the need to an initiative, and a member of that initiative sees the match (first
 * name and languages only) and confirms it; the manager finds the filled place, the review and the history.
 *
 * Every person works in their own browser context (own cookies) and signs in through /signin. The set-up is fast and
 * not through the browser: a fresh table with the catalogue, and the demo accounts and profiles of infra/local/seed.ts.
 * The server runs on a fixed clock (E2E_NOW, a Tuesday a week before the need starts); nothing reads the real clock.
 */

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_INITIATIVE, seedDemo } from '../../infra/local/seed.ts';
import { de } from '../../shared/web/messages-de.ts';
import { type TestPlatform, testPlatform } from '../support/app.ts';
import { launchBrowser, newPage } from './support/browser.ts';
import { E2E_NOW, type RunningPlatform, startPlatformServer } from './support/server.ts';

const t = de;
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

const NEED = {
  title: 'Hausaufgabenhilfe für Grundschulkinder',
  description: 'Arabischsprachige Kinder der Klassen 1–4 bei den Hausaufgaben begleiten.',
  quarter: 'Nordstadt',
  venue: 'Alte Feuerwache',
  weekday: 'tue',
  start: '15:00',
  end: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-02-23',
  places: 2,
  skill: 'Hausaufgabenhilfe',
  language: 'Arabisch',
} as const;

/** Tuesdays from 01.12.2026 to 23.02.2027: 5 in December, 4 in January, 4 in February. */
const OCCURRENCES = 13;
/** Every entry happens at the fixed "now": 10:00 UTC is 11:00 in Berlin. */
const AT = '24.11.2026, 11:00';

const account = (email: string) => {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!found) throw new Error(`No demo account ${email}`);
  return found;
};
const NORA = account('nora.manager@example.org');
const AMINA = account('amina.volunteer@example.org');
const ANTON = account('anton.admin@example.org');
const IDA = account('ida.initiative@example.org');

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const textOf = async (locator: Locator) => squash(await locator.textContent());
const heading = (page: Page) => textOf(page.getByRole('heading', { level: 1 }));
const status = (page: Page) => textOf(page.getByRole('main').getByRole('status').first());
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Table rows (tbody) as lists of cell texts. */
function rows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    );
}

/** The need page's matches table as [first name, state badge] pairs, in the page's order. */
function matchStates(page: Page): Promise<string[][]> {
  return region(page, t.matchesTitle)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        (tr.querySelector('th')?.textContent ?? '').trim(),
        (tr.querySelector('.badge')?.textContent ?? '').trim(),
      ]),
    );
}

/** Signs in through /signin with the account's password; resolves once the app has redirected away. */
async function signIn(page: Page, baseUrl: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel(t.email, { exact: true }).fill(who.email);
  await page.getByLabel(t.password, { exact: true }).fill(who.password);
  await page.getByRole('button', { name: t.signInSubmit, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/signin');
}

describe('across roles in the browser: post, invite, accept, link, confirm', () => {
  let platform: TestPlatform;
  let server: RunningPlatform;
  let browser: Browser;

  beforeAll(async () => {
    const launching = launchBrowser();
    launching.catch(() => undefined); // reported by the await below
    platform = await testPlatform();
    // The catalogue is in place (testPlatform); the demo accounts and profiles are needed only once people sign in.
    [server] = await Promise.all([startPlatformServer(platform), seedDemo(platform.config, E2E_NOW)]);
    // The demo volunteers reach the candidate index through the table's stream.
    await server.settle();
    browser = await launching;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a manager posts a need and invites, the volunteer accepts, the initiative sees and confirms the match', async () => {
    const base = server.baseUrl;
    // One context (own cookies) per person.
    const [manager, volunteer, admin, member] = await Promise.all([
      newPage(browser),
      newPage(browser),
      newPage(browser),
      newPage(browser),
    ]);
    try {
      // 1. The manager posts the need and publishes it.
      const m = manager.page;
      // Each role lands on its own start page.
      await signIn(m, base, NORA);
      expect(new URL(m.url()).pathname).toBe('/manage');
      expect(await heading(m)).toBe(t.manageTitle);
      await m.getByRole('main').getByRole('link', { name: t.needCreate, exact: true }).click();
      await m.waitForURL(`${base}/manage/needs/new`);
      expect(await heading(m)).toBe(t.needCreate);

      await m.getByLabel(t.needTitle, { exact: true }).fill(NEED.title);
      await m.getByLabel(t.needDescription, { exact: true }).fill(NEED.description);
      await m.getByLabel(t.needQuarter, { exact: true }).selectOption({ label: NEED.quarter });
      await m.getByLabel(t.needVenue, { exact: true }).selectOption({ label: NEED.venue });
      await m.getByRole('radio', { name: t.needKind_weekly, exact: true }).check();
      const weekly = m.getByRole('group', { name: t.needKind_weekly, exact: true });
      await weekly.getByLabel(t.weekday, { exact: true }).selectOption(NEED.weekday);
      await weekly.getByLabel(t.from, { exact: true }).fill(NEED.start);
      await weekly.getByLabel(t.until, { exact: true }).fill(NEED.end);
      await weekly.getByLabel(t.needFirstDate, { exact: true }).fill(NEED.firstDate);
      await weekly.getByLabel(t.needLastDate, { exact: true }).fill(NEED.lastDate);
      await m.getByLabel(t.needPlaces, { exact: true }).fill(String(NEED.places));
      await m
        .getByRole('group', { name: t.needRequiredSkills, exact: true })
        .getByRole('checkbox', { name: NEED.skill, exact: true })
        .check();
      await m
        .getByRole('group', { name: t.needLanguages, exact: true })
        .getByRole('checkbox', { name: NEED.language, exact: true })
        .check();
      await m.getByRole('checkbox', { name: t.needMinors, exact: true }).check();
      await m.locator('form.need-form .actions').getByRole('button', { name: t.save, exact: true }).click();

      await m.waitForURL(/\/manage\/needs\/[0-9a-f-]{36}\?notice=created$/);
      const needPath = new URL(m.url()).pathname;
      const needId = needPath.split('/').at(-1) ?? '';
      expect(await heading(m)).toBe(NEED.title);
      expect(await status(m)).toBe(t.needNotice_created);
      const schedule = fill(t.scheduleWeekly, {
        weekday: t.weekday_tue,
        time: `${NEED.start}–${NEED.end}`,
        first: '01.12.2026',
        last: '23.02.2027',
        n: OCCURRENCES,
      });
      const facts = await m
        .locator('dl.profile')
        .evaluate((dl) =>
          Array.from(dl.querySelectorAll('dd')).map((dd) => (dd.textContent ?? '').replace(/\s+/g, ' ').trim()),
        );
      expect(facts).toEqual([
        schedule,
        `${NEED.venue}, ${NEED.quarter}`,
        NEED.description,
        NEED.skill,
        t.none,
        `${NEED.language} ${t.needAnyLanguage}`,
        t.needMinorsYes,
      ]);
      expect(await textOf(m.locator('p.status-line'))).toBe(
        `${t.needStatus_draft} ${fill(t.fillMany, { n: 0, places: 2 })}`,
      );

      await m.getByRole('button', { name: t.needAction_publish, exact: true }).click();
      await m.waitForURL(`${base}${needPath}?notice=publish`);
      expect(await status(m)).toBe(t.needNotice_publish);
      expect(await textOf(m.locator('p.status-line'))).toBe(
        `${t.needStatus_open} ${fill(t.fillMany, { n: 0, places: 2 })}`,
      );

      // 2. Ranked proposals with their explanations. Basel (no safeguarding check) and Emre (another
      //    skill) are not in the need's part of the candidate index; Darya is read and excluded.
      const proposals = region(m, fill(t.proposalsTitle, { n: 2 }));
      const cards = await proposals.locator('ol.cards > li').evaluateAll((items) =>
        items.map((li) => ({
          name: (li.querySelector('.card-head strong')?.textContent ?? '').trim(),
          score: (li.querySelector('.score')?.textContent ?? '').trim(),
          why: Array.from(li.querySelectorAll('ul.plain li')).map((item) => (item.textContent ?? '').trim()),
        })),
      );
      const unasked = [
        `${t.criterion_continuity}: ${t.explainContinuity_none} +0`,
        `${t.criterion_fair_spread}: ${fill(t.explainRecentHours, { hours: 0 })} +10`,
        `${t.criterion_share}: ${t.explainShareAll} +10`,
      ];
      expect(cards).toEqual([
        {
          name: '1. Amina',
          score: fill(t.scorePoints, { n: 34 }),
          why: [`${t.criterion_language}: Arabisch (${t.level_native}) +14`, ...unasked],
        },
        {
          name: '2. Chadi',
          score: fill(t.scorePoints, { n: 28 }),
          why: [`${t.criterion_language}: Arabisch (B2) +8`, ...unasked],
        },
      ]);
      // The reasons as written (without any link next to them, e.g. to record a check).
      const excludedSection = region(m, fill(t.excludedTitle, { n: 1 }));
      await expect.poll(() => excludedSection.textContent()).toContain(t.excludedScopeMinors);
      const excluded = await excludedSection.locator('tbody tr').evaluateAll((trs) =>
        Object.fromEntries(
          trs.map((tr) => [
            (tr.querySelector('th')?.textContent ?? '').trim(),
            Array.from(tr.querySelectorAll('td li')).map((li) => {
              const copy = li.cloneNode(true) as HTMLElement;
              for (const link of Array.from(copy.querySelectorAll('a'))) link.remove();
              return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
            }),
          ]),
        ),
      );
      expect(excluded).toEqual({ Darya: [t.violation_no_common_language] });

      await proposals.getByRole('checkbox', { name: '1. Amina', exact: true }).check();
      await proposals.getByRole('checkbox', { name: '2. Chadi', exact: true }).check();
      await proposals.getByRole('button', { name: t.inviteSelected, exact: true }).click();
      await m.waitForURL(`${base}${needPath}?notice=invited&n=2`);
      expect(await status(m)).toBe(fill(t.needNotice_invited, { n: 2 }));
      expect(await matchStates(m)).toEqual([
        ['Amina', t.matchState_invited],
        ['Chadi', t.matchState_invited],
      ]);

      // 3. Amina finds the invitation on her dashboard and accepts it.
      const v = volunteer.page;
      await signIn(v, base, AMINA);
      expect(new URL(v.url()).pathname).toBe('/dashboard');
      expect(await heading(v)).toBe(t.dashboardTitle);
      const invitations = region(v, `${t.dashInvitations} (1)`);
      expect(await textOf(invitations.getByRole('heading', { level: 3 }))).toBe(NEED.title);
      expect(await textOf(invitations.locator('li p').first())).toBe(schedule);
      expect(await textOf(invitations.getByRole('strong'))).toBe(fill(t.inviteAnswerBy, { at: '27.11.2026, 11:00' }));
      // The button's name is "Zusagen" plus the need's title for screen readers.
      await invitations.getByRole('button', { name: t.volunteerStep_accept }).click();
      await v.waitForURL(`${base}/dashboard?notice=accept`);
      expect(await status(v)).toBe(t.dashNotice_accept);
      expect(await textOf(region(v, `${t.dashInvitations} (0)`))).toContain(t.dashInvitationsNone);
      const commitments = region(v, `${t.dashCommitments} (1)`);
      expect(await textOf(commitments.getByRole('heading', { level: 3 }))).toBe(NEED.title);

      // 4. The admin links the need to the initiative.
      const a = admin.page;
      await signIn(a, base, ANTON);
      expect(new URL(a.url()).pathname).toBe('/admin');
      expect(await heading(a)).toBe(t.admTitle);
      // Initiatives have their own admin page, linked from every admin page.
      await a
        .getByRole('navigation', { name: t.admContents })
        .getByRole('link', { name: t.admInitiativesTitle })
        .click();
      await a.waitForURL(`${base}/admin/initiatives`);
      expect(await heading(a)).toBe(t.admInitiativesTitle);
      const needLabel = [
        NEED.title,
        NEED.quarter,
        `jeden ${t.weekday_tue}, 15:00–17:00 Uhr, vom 01.12.2026 bis 23.02.2027 (13 Termine)`,
      ].join(' · ');
      const initiativeCard = a
        .getByRole('listitem')
        .filter({ has: a.getByRole('heading', { level: 3, name: DEMO_INITIATIVE, exact: true }) });
      expect(await initiativeCard.getByText(t.admLinkedNone, { exact: true }).count()).toBe(1);
      await initiativeCard
        .getByLabel(fill(t.admLinkLabel, { name: DEMO_INITIATIVE }), { exact: true })
        .selectOption({ label: needLabel });
      await initiativeCard.getByRole('button', { name: t.admLinkSubmit, exact: true }).click();
      await a.waitForURL(/\/admin\/initiatives\?notice=linked#initiative-/);
      expect(await status(a)).toBe(t.admNotice_linked);
      const linked = initiativeCard.getByRole('link', { name: needLabel, exact: true });
      expect(await linked.getAttribute('href')).toBe(needPath);

      // 5. The manager sees one of two places filled.
      await m.goto(`${base}${needPath}`);
      expect(await textOf(m.locator('p.status-line'))).toBe(
        `${t.needStatus_open} ${fill(t.fillMany, { n: 1, places: 2 })}`,
      );
      expect(await textOf(m.locator('p.status-line'))).toContain('1 von 2 Plätzen vergeben');
      expect(await matchStates(m)).toEqual([
        ['Chadi', t.matchState_invited],
        ['Amina', t.matchState_accepted],
      ]);

      // 6. The initiative member sees the need and Amina — first name and languages only — and confirms.
      const i = member.page;
      await signIn(i, base, IDA);
      expect(new URL(i.url()).pathname).toBe('/initiative');
      expect(await heading(i)).toBe(DEMO_INITIATIVE);
      const card = i.locator(`li#need-${needId}`);
      expect(await textOf(card.getByRole('heading', { level: 2 }))).toBe(NEED.title);
      expect(await textOf(card.locator('p').first())).toBe(
        `${t.needStatus_open} ${fill(t.fillMany, { n: 1, places: 2 })}`,
      );
      expect(await textOf(card.getByRole('heading', { level: 3 }))).toBe(fill(t.iniMatchesTitle, { n: 1 }));
      const match = card.locator('li.match');
      expect(await match.count()).toBe(1);
      expect(await textOf(match.getByRole('heading', { level: 4 }))).toBe('Amina');
      expect(await textOf(match.locator('p').nth(0))).toBe(
        `${t.iniLanguages}: Arabisch (${t.level_native}), Deutsch (C1)`,
      );
      expect(await textOf(match.locator('p').nth(1))).toBe(`${t.iniReview}: ${t.iniReview_none}`);
      // Nothing more about her, and nothing about Chadi, who was only invited: not even in the markup.
      const html = await i.content();
      for (const secret of ['Haddad', AMINA.email, 'Chadi', 'Mansour', 'chadi.volunteer@example.org']) {
        expect(html, secret).not.toContain(secret);
      }

      await match.getByRole('button', { name: fill(t.iniConfirmFor, { name: 'Amina' }), exact: true }).click();
      await i.waitForURL(`${base}/initiative?notice=confirmed#need-${needId}`);
      expect(await status(i)).toBe(t.iniNotice_confirmed);
      expect(await textOf(match.locator('p').nth(1))).toBe(
        `${t.iniReview}: ${fill(t.iniReview_confirmed, { date: '24.11.2026' })}`,
      );
      expect(await match.getByRole('button', { name: fill(t.iniConfirmFor, { name: 'Amina' }) }).count()).toBe(0);

      // 7. The manager's need page shows the review and the whole history.
      await m.reload();
      const history = await rows(region(m, t.historyTitle).getByRole('table'));
      const what = (action: string, who: string, from: string, to: string) => `${action}: ${who} (${from} → ${to})`;
      expect(history).toHaveLength(4);
      // All four entries carry the same fixed instant, so their order on the page is not asserted.
      const byText = (a: readonly string[], b: readonly string[]) => (a[2] ?? '').localeCompare(b[2] ?? '');
      const review = history.find((row) => row[2]?.startsWith(`${t.event_review_confirmed}: Amina`));
      expect(review).toEqual([AT, t.historyInitiative, `${t.event_review_confirmed}: Amina`]);
      // The review also stands beside Amina among the people involved.
      expect(await region(m, t.matchesTitle).textContent()).toContain(fill(t.reviewConfirmedByInitiative, { at: AT }));
      expect([...history].filter((row) => row !== review).sort(byText)).toEqual(
        [
          [AT, t.historyYou, what(t.event_invite, 'Amina', t.matchState_none, t.matchState_invited)],
          [AT, t.historyYou, what(t.event_invite, 'Chadi', t.matchState_none, t.matchState_invited)],
          [AT, 'Amina', what(t.event_accept, 'Amina', t.matchState_invited, t.matchState_accepted)],
        ].sort(byText),
      );
    } finally {
      await Promise.all([manager, volunteer, admin, member].map(({ context }) => context.close()));
    }
  });
});
