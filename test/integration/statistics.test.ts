import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatisticsPage } from '../../functions/quarter-data/pages/statistics/loader.ts';
import { createStatistics } from '../../infra/local/statistics.ts';
import type { Caller } from '../../shared/auth/caller.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { PRINT_STYLES } from '../../shared/charts/index.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { ledgerKey } from '../../shared/matches/match-keys.ts';
import { needKey } from '../../shared/needs/need-keys.ts';
import { createServices } from '../../shared/platform/services.ts';
import { monthStatistics, StatisticsRepository } from '../../shared/statistics/index.ts';
import { berlinInstant } from '../../shared/time/berlin-instant.ts';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { needInput, profileInput } from '../support/fixtures.ts';

/** A fixed clock the test moves by hand: Tuesday 1 December 2026, 08:00 in Berlin. */
let now = new Date('2026-12-01T07:00:00Z');

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

describe('statistics counters from real writes (DynamoDB Local, fixed clock)', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  const volunteers: TestAccount[] = [];
  const needIds: string[] = [];
  let repository: StatisticsRepository;
  const db = () => createDocumentClient(platform.config);

  const publishedNeed = async (overrides: Record<string, unknown>, publish = true) => {
    const created = await api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput(overrides));
    const id = (await json(created)).needId as string;
    needIds.push(id);
    if (publish)
      expect(
        (
          await api(platform.app, 'POST', `/api/needs/${id}/status`, manager.accessToken, {
            action: 'publish',
            version: 1,
          })
        ).status,
      ).toBe(200);
    return id;
  };
  const inviteAndAccept = async (needId: string, volunteer: TestAccount) => {
    const invited = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
      volunteerIds: [volunteer.userId],
    });
    expect(invited.status).toBe(200);
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/accept`, volunteer.idToken)).status).toBe(200);
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    repository = new StatisticsRepository(db(), platform.config.tableName);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db(), platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
    for (const [firstName, languages] of [
      [
        'Amina',
        [
          { code: 'ar', level: 'native' },
          { code: 'de', level: 'C1' },
        ],
      ],
      ['Chadi', [{ code: 'ar', level: 'B2' }]],
    ] as const) {
      const volunteer = await createAccount(platform.config, 'volunteer');
      expect(
        (
          await api(
            platform.app,
            'PUT',
            '/api/volunteers/me',
            volunteer.idToken,
            profileInput({ firstName, languages }),
          )
        ).status,
      ).toBe(201);
      volunteers.push(volunteer);
    }
    await platform.settle();
    const [amina, chadi] = volunteers as [TestAccount, TestAccount];
    // A weekly need, 1 to 22 December, one place: Amina (four dates of two hours).
    const series = await publishedNeed({ places: 1, schedule: { ...needInput().schedule, lastDate: '2026-12-22' } });
    await inviteAndAccept(series, amina);
    // A one-off need on 15 December 15:00–16:00 for two, in Arabic or Farsi: only Chadi comes (unfilled).
    const once = await publishedNeed({
      places: 2,
      languages: ['ar', 'fa'],
      schedule: { kind: 'once', date: '2026-12-15', start: '15:00', end: '16:00' },
    });
    await inviteAndAccept(once, chadi);
    // A draft is not posted.
    await publishedNeed({ schedule: { kind: 'once', date: '2026-12-29', start: '15:00', end: '16:00' } }, false);
    // 9 December: Amina did not come on the 8th.
    now = new Date('2026-12-09T09:00:00Z');
    const noShow = await api(
      platform.app,
      'POST',
      `/api/needs/${series}/matches/${amina.userId}/no_show?date=2026-12-08`,
      manager.accessToken,
    );
    expect(noShow.status).toBe(200);
    await createStatistics(platform.config, () => now).drain();
  });

  /** The counters recounted from the ledgers and needs themselves, as of `at`. */
  const recount = async (at: Date) => {
    const get = async (Key: Record<string, string>) =>
      (await db().send(new GetCommand({ TableName: platform.config.tableName, Key, ConsistentRead: true }))).Item;
    let minutes = 0;
    let due = 0;
    let noShows = 0;
    let active = 0;
    for (const volunteer of volunteers) {
      const ledger = await get(ledgerKey(volunteer.userId));
      let came = false;
      for (const commitment of ledger?.commitments ?? []) {
        for (const o of commitment.occurrences as { date: string; start: number; end: number }[]) {
          if (!o.date.startsWith('2026-12') || berlinInstant(o.date, o.end) > at) continue;
          due += 1;
          if (commitment.noShows?.includes(o.date)) noShows += 1;
          else {
            minutes += o.end - o.start;
            came = true;
          }
        }
      }
      if (came) active += 1;
    }
    const needs = await Promise.all(needIds.map((id) => get(needKey(id))));
    const posted = needs.filter((need) => need?.status !== 'draft').length;
    return { minutes, due, noShows, active, posted };
  };

  /** The same figures from the counter item. */
  const counted = async (at: Date) => {
    const attributes =
      (await repository.months([{ quarterId: 'nordstadt', month: '2026-12' }])).get('nordstadt/2026-12') ?? {};
    const sum = (name: string) =>
      Object.entries(attributes)
        .filter(([attribute]) => attribute === name || attribute.startsWith(`${name}@`))
        .filter(
          ([attribute]) =>
            !attribute.includes('@') ||
            berlinInstant(
              attribute.slice(-16, -6),
              Number(attribute.slice(-5, -3)) * 60 + Number(attribute.slice(-2)),
            ) <= at,
        )
        .reduce((total, [, value]) => total + value, 0);
    return {
      minutes: sum('minutes'),
      due: sum('due'),
      noShows: sum('noShows'),
      active: sum('active'),
      posted: sum('posted'),
      attributes,
    };
  };

  it('counts what the items say, on 9 December and at the end of the month', async () => {
    for (const at of [now, new Date('2026-12-31T22:59:00Z')]) {
      const { attributes, ...fromCounters } = await counted(at);
      expect(fromCounters).toEqual(await recount(at));
    }
    // By hand: Amina 1 Dec (2 h), 8 Dec no-show, 15 and 22 Dec (4 h); Chadi 15 Dec (1 h).
    const december = monthStatistics('2026-12', (await counted(now)).attributes, new Date('2027-01-01T00:00:00Z'));
    expect(december).toMatchObject({
      hoursGiven: 7,
      needsPosted: 2,
      needsFilled: 1,
      needsUnfilled: 1,
      volunteersActive: { suppressed: true },
      noShows: { datesDue: 5, noShows: { suppressed: true } },
      languages: [
        { code: 'ar', askedByNeeds: 2, activeVolunteers: { suppressed: true } },
        { code: 'de', askedByNeeds: 0, activeVolunteers: { suppressed: true } },
        { code: 'fa', askedByNeeds: 1, activeVolunteers: { count: 0 } },
      ],
    });
    expect(december.fillTime.buckets.day).toBe(1);
  });

  it('adds nothing when the whole stream is delivered again (a retried batch)', async () => {
    const before = (await counted(now)).attributes;
    await createStatistics(platform.config, () => now).drain();
    expect((await counted(now)).attributes).toEqual(before);
  });

  it('takes a no-show back when the manager undoes it', async () => {
    const [amina] = volunteers as [TestAccount];
    const came = await api(
      platform.app,
      'POST',
      `/api/needs/${needIds[0]}/matches/${amina.userId}/came?date=2026-12-08`,
      manager.accessToken,
    );
    expect(came.status).toBe(200);
    await createStatistics(platform.config, () => now).drain();
    const { attributes, ...fromCounters } = await counted(now);
    expect(fromCounters).toEqual(await recount(now));
    expect(fromCounters).toMatchObject({ noShows: 0, minutes: 240 });
  });

  describe('GET /api/statistics and the statistics pages', () => {
    let admin: TestAccount;
    let initiative: TestAccount;
    const cookies: Record<string, string> = {};
    const period = 'quarter=nordstadt&from=2026-11&to=2026-12';
    const page = (path: string, who?: string) =>
      platform.app.request(path, { headers: who ? { cookie: cookies[who] as string } : {} });

    beforeAll(async () => {
      [admin, initiative] = await Promise.all([
        createAccount(platform.config, 'admin'),
        createAccount(platform.config, 'initiative'),
      ]);
      for (const [who, account] of [
        ['manager', manager],
        ['admin', admin],
      ] as const) {
        const signIn = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
        expect(signIn.status).toBe(303);
        cookies[who] = cookieFrom(signIn, 'qh_session') as string;
      }
    });

    it('answers 401 without a token, 403 to volunteers and initiatives, and the months to the quarter manager', async () => {
      expect((await api(platform.app, 'GET', `/api/statistics?${period}`)).status).toBe(401);
      for (const token of [volunteers[0]?.idToken, initiative.accessToken]) {
        const refused = await api(platform.app, 'GET', `/api/statistics?${period}`, token);
        expect(refused.status).toBe(403);
      }
      const answer = await api(platform.app, 'GET', `/api/statistics?${period}`, manager.accessToken);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const body = await json(answer);
      expect(body.quarterId).toBe('nordstadt');
      expect(body.months.map((month: Json) => month.month)).toEqual(['2026-11', '2026-12']);
      // 9 December: Amina's 1 and 8 December (the no-show undone), 2 hours each; one volunteer active.
      expect(body.months[1]).toMatchObject({
        hoursGiven: 4,
        needsPosted: 2,
        volunteersActive: { suppressed: true },
        noShows: { datesDue: 2, noShows: { count: 0 }, rate: 0 },
      });
      expect(JSON.stringify(body)).not.toMatch(/"count":[1-4]\b/);
    });

    it('refuses another quarter to a manager (NOT_YOUR_QUARTER) and gives it to an admin', async () => {
      const other = 'quarter=ostersbaum&from=2026-11&to=2026-12';
      const refused = await api(platform.app, 'GET', `/api/statistics?${other}`, manager.accessToken);
      expect(refused.status).toBe(403);
      expect((await json(refused)).error.code).toBe('NOT_YOUR_QUARTER');
      const admitted = await api(platform.app, 'GET', `/api/statistics?${other}`, admin.accessToken);
      expect(admitted.status).toBe(200);
      expect((await json(admitted)).quarterId).toBe('ostersbaum');
    });

    it('names the field of a bad query (400)', async () => {
      const cases: [string, string][] = [
        ['quarter=nordstadt&from=2026-12&to=2026-11', 'query.to'],
        ['quarter=nordstadt&from=2025-01&to=2027-01', 'query.to'],
        ['quarter=nordstadt&from=2026-13&to=2026-12', 'query.from'],
        ['from=2026-11&to=2026-12', 'query.quarter'],
        [`${period}&print=1`, 'query.print'],
      ];
      for (const [query, path] of cases) {
        const answer = await api(platform.app, 'GET', `/api/statistics?${query}`, manager.accessToken);
        expect(answer.status, query).toBe(400);
        expect(
          (await json(answer)).error.issues.map((issue: Json) => issue.path),
          query,
        ).toContain(path);
      }
    });

    it('shows the form, then each chart as an image with its table and "fewer than 5" for small counts', async () => {
      const form = await page('/manage/statistics', 'manager');
      expect(form.status).toBe(200);
      const formHtml = await form.text();
      expect(formHtml).toContain('name="quarter" value="nordstadt"');
      expect(formHtml).not.toContain('role="img"');
      const answer = await page(`/manage/statistics?${period}`, 'manager');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const html = await answer.text();
      expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(7);
      expect(html.match(/<table class="chart-table"/g)).toHaveLength(7);
      expect(html).toContain('weniger als 5');
      // Styles come from the site's stylesheet: the pages' CSP (style-src 'self') refuses inline ones.
      expect(html).not.toContain('<style');
      const css = await (await page('/assets/app.css', 'manager')).text();
      expect(css).toContain('figure.chart{');
      expect(css).toContain('@media print{');
      expect(html).toContain(`href="/manage/statistics?${period.replaceAll('&', '&amp;')}&amp;print=1"`);
      // The print view: the print stylesheet on screen too, the report's period named.
      const print = await (await page(`/manage/statistics?${period}&print=1`, 'manager')).text();
      expect(print).toContain('<link rel="stylesheet" href="/assets/print.css" media="screen"/>');
      expect(await (await page('/assets/print.css', 'manager')).text()).toContain(PRINT_STYLES);
      expect(print).toContain(`href="/manage/statistics?${period.replaceAll('&', '&amp;')}"`);
      expect(print).toMatch(/Bericht für Nordstadt, Nov\.? 2026 bis Dez\.? 2026/);
    });

    it('names the broken field on the page (400) and refuses other quarters and the admin page to managers', async () => {
      const bad = await page('/manage/statistics?quarter=nordstadt&from=2026-12&to=2026-01', 'manager');
      expect(bad.status).toBe(400);
      const badHtml = await bad.text();
      expect(badHtml).toContain('Der Zeitraum darf nicht vor seinem Beginn enden');
      expect(badHtml).toContain('id="f-to"');
      expect((await page('/manage/statistics?quarter=ostersbaum&from=2026-11&to=2026-12', 'manager')).status).toBe(403);
      expect((await page('/admin/statistics', 'manager')).status).toBe(403);
      expect((await page('/manage/statistics')).status).toBe(303);
      const adminPage = await page(
        '/admin/statistics?quarter=ostersbaum&quarter=nordstadt&from=2026-11&to=2026-12',
        'admin',
      );
      expect(adminPage.status).toBe(200);
      expect((await adminPage.text()).match(/<svg[^>]*role="img"/g)).toHaveLength(14);
    });

    it('reads at most one counter item per quarter and month, plus the months of every quarter', async () => {
      const services = createServices(platform.config, () => now);
      const caller: Caller = { userId: manager.userId, roles: ['manager'] };
      const url = new URL('http://localhost/manage/statistics?quarter=nordstadt&from=2025-01&to=2026-12');
      const data = await loadStatisticsPage(services, caller, '/manage/statistics', url);
      expect(data.report?.[0]?.months).toHaveLength(24);
      expect(services.statistics.repository.itemsRead).toBeGreaterThan(0);
      expect(services.statistics.repository.itemsRead).toBeLessThanOrEqual(2 * 24);
    });
  });
});
