/**
 * `npm start`'s demo history: last quarter's work, played through the services on a past clock,
 * counted by the statistics consumer as in production, so the statistics of Nordstadt show it.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalNoticeSchedule } from '../../infra/local/notice-schedule.ts';
import { createNotifications, STALE_EVENT_MS } from '../../infra/local/notifications.ts';
import { readOutbox } from '../../infra/local/outbox.ts';
import { seedDemo } from '../../infra/local/seed.ts';
import { HISTORY_MARK } from '../../infra/local/seed-history.ts';
import { createLocalApp } from '../../infra/local/server.ts';
import { createStatistics } from '../../infra/local/statistics.ts';
import { createTableEvents } from '../../infra/local/table-events.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { api, cookieFrom, postForm } from '../support/app.ts';
import { demoPassword, type Json } from '../support/demo-platform.ts';
import { testConfig } from '../support/platform.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../support/timeouts.ts';

/** Tuesday 24 November 2026 in Berlin: last quarter is July to September. */
const NOW = new Date('2026-11-24T10:00:00Z');
const clock = () => NOW;
const ADMIN = 'anton.admin@example.org';
const NORA = 'nora.manager@example.org';

const sum = (months: Json[], pick: (month: Json) => number) => months.reduce((total, month) => total + pick(month), 0);

describe('demo history', () => {
  let config: PlatformConfig;
  const dir = mkdtempSync(join(tmpdir(), 'qh-history-'));
  const outboxFile = join(dir, 'outbox.jsonl');

  beforeAll(async () => {
    config = await testConfig();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "shows last quarter's hours, fill rates and language gap for Nordstadt, and is seeded once",
    async () => {
      await seedDemo(config, NOW, { history: true });
      await createTableEvents(config, clock).drain();
      const statistics = createStatistics(config, clock);
      await statistics.drain();
      const app = await createLocalApp(config, { outboxFile, clock });
      // As npm start: the notifier and the notice job start after the seed, on the stream from its beginning.
      await createNotifications(config, {
        outboxFile,
        origin: 'http://localhost',
        clock,
        skipEventsOlderThanMs: STALE_EVENT_MS,
      }).drain();
      await createLocalNoticeSchedule(config, clock).runOnce();
      // Months-old invitations and acceptances are no news: nothing is mailed for the history.
      expect(await readOutbox(outboxFile)).toEqual([]);
      const identity = new IdentityProvider(createCognitoClient(config), config.cognito.clientId);
      const token = (await identity.signIn(ADMIN, demoPassword(ADMIN))).accessToken;
      const read = async (quarter: string) => {
        const response = await api(app, 'GET', `/api/statistics?quarter=${quarter}&from=2026-07&to=2026-09`, token);
        expect(response.status).toBe(200);
        return ((await response.json()) as Json).months as Json[];
      };

      const months = await read('nordstadt');
      expect(sum(months, (m) => m.hoursGiven)).toBe(16);
      expect(sum(months, (m) => m.needsPosted)).toBe(6);
      expect(sum(months, (m) => m.needsFilled)).toBe(5);
      // Counted late (the consumer reads the history after its dates), each need's outcome still once.
      expect(sum(months, (m) => m.needsUnfilled)).toBe(1);
      expect(sum(months, (m) => m.noShows.datesDue)).toBeGreaterThan(0);
      const ukrainian = months.flatMap((m) => m.languages as Json[]).filter((l) => l.code === 'uk');
      expect(sum(ukrainian, (l) => l.askedByNeeds)).toBe(1);
      for (const language of ukrainian) expect(language.activeVolunteers).toEqual({ count: 0 });
      expect(sum(await read('ostersbaum'), (m) => m.needsPosted)).toBe(2);

      // The admin's page: the charts with their tables; people counts under 5 suppressed.
      const cookie = cookieFrom(
        await postForm(app, '/signin', { email: ADMIN, password: demoPassword(ADMIN) }),
        'qh_session',
      );
      const page = await app.request('/admin/statistics?quarter=nordstadt&from=2026-07&to=2026-09', {
        headers: { cookie: cookie ?? '' },
      });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html.match(/<svg[^>]*role="img"/g)?.length).toBeGreaterThan(0);
      expect(html.match(/<table class="chart-table"/g)).toHaveLength(7);
      expect(html).toContain('weniger als 5');

      // Seeding again (the next start) writes nothing new: the same needs, the same counters.
      const nora = (await identity.signIn(NORA, demoPassword(NORA))).accessToken;
      const needs = async () => {
        const response = await api(app, 'GET', '/api/needs', nora);
        expect(response.status).toBe(200);
        return ((await response.json()) as Json).needs as Json[];
      };
      const seeded = await needs();
      expect(seeded.map((need) => need.title).filter((title) => title.startsWith(HISTORY_MARK))).toHaveLength(8);
      const before = JSON.stringify(months);
      await seedDemo(config, NOW, { history: true });
      await statistics.drain();
      expect(await needs()).toEqual(seeded);
      expect(JSON.stringify(await read('nordstadt'))).toBe(before);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );
});
