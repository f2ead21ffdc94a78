/**
 * Issue 10's "done when", played on `npm start`'s demo data against DynamoDB Local and
 * cognito-local, through the same apps, stream consumers and clock the local platform runs:
 *
 * Nora posts a weekly homework help in Nordstadt (Tuesdays 15:00–17:00 at Alte Feuerwache, one
 * place, children involved, automatic cover one at a time) → Amina accepts → she says she cannot
 * come on the third date → Nora sees the gap on the need page and in an e-mail → automatic cover
 * invites Chadi for that date alone → he accepts → every date shows its place filled → once the
 * first date's time has passed, its two hours count toward Amina's monthly cap and her fair-spread
 * score.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../shared/matches/lifecycle.ts';
import { api } from '../support/app.ts';
import { AMINA, CHADI, type DemoPlatform, demoPlatform, type Json, NORA } from '../support/demo-platform.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../support/timeouts.ts';

/** Monday 30 November 2026, 11:00 in Berlin: the day before the first date. */
let now = new Date('2026-11-30T10:00:00Z');
const clock = () => now;

const SCHEDULE = {
  kind: 'weekly' as const,
  weekday: 'tue' as const,
  start: '15:00',
  end: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-03-23',
};
const THIRD = '2026-12-15';

const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe("issue 10's demo: a weekly need, an absence, automatic cover, hours per date", () => {
  let demo: DemoPlatform;
  const ok: DemoPlatform['ok'] = (response, status) => demo.ok(response, status);
  const token = (email: string) => demo.token(email);
  const page = async (email: string, path: string) => {
    const response = await demo.app.request(path, { headers: { cookie: await demo.signIn(email) } });
    expect(response.status).toBe(200);
    return text(await response.text());
  };

  beforeAll(async () => {
    demo = await demoPlatform('demo10', clock);
  });

  afterAll(() => demo?.close()); // undefined when the set-up failed: its error is the one to see

  it(
    'fills every date: Amina is absent once, automatic cover brings Chadi for that date, and her first two hours count',
    async () => {
      // Prepare: the need, published, with automatic cover one at a time.
      const nora = await token(NORA);
      const need = await ok(
        api(demo.app, 'POST', '/api/needs', nora, {
          title: 'Hausaufgabenhilfe jeden Dienstag',
          description: 'Grundschulkinder aus der Nordstadt',
          quarterId: 'nordstadt',
          venueId: 'alte-feuerwache',
          schedule: SCHEDULE,
          places: 1,
          requiredSkills: ['homework-help'],
          niceToHaveSkills: [],
          languages: ['ar'],
          involvesMinors: true,
          autoCover: { mode: 'one' },
        }),
        201,
      );
      const needId = need.needId as string;
      await ok(api(demo.app, 'POST', `/api/needs/${needId}/status`, nora, { action: 'publish', version: 1 }));
      const ids = Object.fromEntries(
        await Promise.all(
          [AMINA, CHADI].map(async (email) => {
            const me = await ok(api(demo.app, 'GET', '/api/volunteers/me', await token(email)));
            return [email, me.volunteerId as string] as const;
          }),
        ),
      );
      const candidates = await ok(api(demo.app, 'GET', `/api/needs/${needId}/candidates`, nora));
      expect(candidates.proposals.map((p: Json) => p.volunteerId)).toEqual(
        expect.arrayContaining([ids[AMINA], ids[CHADI]]),
      );

      // Act 1: Nora invites Amina, Amina accepts, then says she cannot come on the third date.
      await ok(api(demo.app, 'POST', `/api/needs/${needId}/invitations`, nora, { volunteerIds: [ids[AMINA]] }));
      await ok(api(demo.app, 'POST', `/api/needs/${needId}/me/accept`, await token(AMINA)));
      await demo.notifications.drain();
      await ok(api(demo.app, 'POST', `/api/needs/${needId}/absences`, await token(AMINA), { date: THIRD }));
      // The absence's event reaches the notifier: the managers' mail, and automatic cover's sweep.
      await demo.notifications.drain();

      // Assess 1: the gap, on the need (API and page) and in Nora's mail; Chadi asked for that date alone.
      const gap = await ok(api(demo.app, 'GET', `/api/needs/${needId}`, nora));
      const third = (gap.roster as Json[]).find((entry) => entry.date === THIRD) as Json;
      expect(third).toMatchObject({ open: 1, coming: [], absent: [{ firstName: 'Amina', kind: 'declared' }] });
      expect(third.invited).toEqual([{ volunteerId: ids[CHADI], firstName: 'Chadi' }]);
      expect(await demo.sent('volunteerAbsent', NORA)).toHaveLength(1);
      const cover = gap.matches.find((m: Json) => m.volunteerId === ids[CHADI]);
      expect(cover).toMatchObject({ date: THIRD, status: 'invited' });
      expect(gap.events).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'invite', by: SYSTEM_ACTOR, date: THIRD })]),
      );
      expect(await demo.sent('coverInvitation', CHADI)).toHaveLength(1);
      const needPage = await page(NORA, `/manage/needs/${needId}`);
      expect(needPage).toContain('Amina');

      // Act 2: Chadi accepts the cover.
      await ok(api(demo.app, 'POST', `/api/needs/${needId}/dates/${THIRD}/me/accept`, await token(CHADI)));
      await demo.notifications.drain();

      // Assess 2: every date has its place filled; Chadi comes on the third date only.
      const filled = await ok(api(demo.app, 'GET', `/api/needs/${needId}`, nora));
      expect((filled.roster as Json[]).filter((entry) => entry.open > 0)).toEqual([]);
      expect((filled.roster as Json[]).find((entry) => entry.date === THIRD)?.coming).toEqual([
        { volunteerId: ids[CHADI], firstName: 'Chadi', cover: true },
      ]);
      expect(filled.roster).toHaveLength(17);

      // Act 3: the first date's time has passed (Tuesday 17:30 in Berlin).
      now = new Date('2026-12-01T16:30:00Z');

      // Assess 3: its two hours count at once, without a manager's tick: on Amina's dashboard, for
      // her monthly cap, and in her fair-spread score for another need.
      const dashboard = await page(AMINA, '/dashboard');
      expect(dashboard).toContain('2 Std. geleistet');
      const other = await ok(
        api(demo.app, 'POST', '/api/needs', nora, {
          title: 'Lesepatenschaft',
          description: 'Vorlesen',
          quarterId: 'nordstadt',
          venueId: 'alte-feuerwache',
          // A Tuesday hour right after the series' dates: both can come.
          schedule: { kind: 'once', date: '2026-12-08', start: '17:00', end: '18:00' },
          places: 1,
          requiredSkills: ['homework-help'],
          niceToHaveSkills: [],
          languages: ['ar'],
          involvesMinors: false,
        }),
        201,
      );
      await ok(api(demo.app, 'POST', `/api/needs/${other.needId}/status`, nora, { action: 'publish', version: 1 }));
      const ranked = await ok(api(demo.app, 'GET', `/api/needs/${other.needId}/candidates`, nora));
      const amina = ranked.proposals.find((p: Json) => p.volunteerId === ids[AMINA]);
      expect(amina.explanation.find((e: Json) => e.criterion === 'fair_spread')).toEqual({
        criterion: 'fair_spread',
        points: 8,
        recentHours: 2,
      });
      const chadi = ranked.proposals.find((p: Json) => p.volunteerId === ids[CHADI]);
      expect(chadi.explanation.find((e: Json) => e.criterion === 'fair_spread')).toMatchObject({ recentHours: 0 });
    },
    HEAVY_TEST_TIMEOUT_MS,
  );
});
