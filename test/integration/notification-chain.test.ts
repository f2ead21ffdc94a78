/**
 * The whole notification chain on the demo data, against DynamoDB Local and cognito-local, with
 * the real parts end to end: the needs API, the notifier on the table's stream, the templates,
 * MIME, the outbox, the notice job and the calendar feed (read back by ical.js).
 *
 * A manager invites Amina and Chadi → both invitations are in the outbox, Chadi's in English →
 * Amina follows her e-mail's link and accepts on that page → the manager is told → Chadi accepts
 * and withdraws → the manager is told each time → the day before the first date the job runs
 * twice, once overlapping itself, and Amina's reminder is sent once (none for Chadi) → the stream
 * delivered again from its start sends nothing twice → Amina's feed has every date of the need.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalNoticeSchedule } from '../../infra/local/notice-schedule.ts';
import { createNotifications } from '../../infra/local/notifications.ts';
import type { StreamPoller } from '../../infra/local/stream-poller.ts';
import { parseFeed } from '../../shared/calendar/test-support/parse-feed.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { occurrences } from '../../shared/matching/occurrences.ts';
import { api, cookieFrom, ORIGIN, postForm } from '../support/app.ts';
import { AMINA, CHADI, type DemoPlatform, demoPassword, demoPlatform, NORA } from '../support/demo-platform.ts';

/** Tuesday 24 November 2026, 11:00 in Berlin. */
let now = new Date('2026-11-24T10:00:00Z');
const clock = () => now;

const SCHEDULE = {
  kind: 'weekly' as const,
  weekday: 'tue' as const,
  start: '15:00',
  end: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-03-30',
};

describe('notifications from invitation to reminder and feed, on the demo data', () => {
  let demo: DemoPlatform;
  let config: PlatformConfig;
  let app: DemoPlatform['app'];
  let notifications: StreamPoller;
  let outboxFile: string;
  let needId: string;

  const token = (email: string) => demo.token(email);
  const ok: DemoPlatform['ok'] = (response, status) => demo.ok(response, status);
  const mails = () => demo.mails();
  const sent = (kind: string, to?: string) => demo.sent(kind, to);

  beforeAll(async () => {
    demo = await demoPlatform('chain', clock);
    ({ config, app, notifications, outboxFile } = demo);
  });

  afterAll(() => demo?.close()); // undefined when the set-up failed: its error is the one to see

  it('tells each volunteer of their invitation in their own language', async () => {
    const manager = await token(NORA);
    const need = await ok(
      api(app, 'POST', '/api/needs', manager, {
        title: 'Hausaufgabenhilfe auf Arabisch',
        description: 'Grundschulkinder, dienstags',
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        schedule: SCHEDULE,
        places: 2,
        requiredSkills: ['homework-help'],
        niceToHaveSkills: [],
        languages: ['ar'],
        involvesMinors: true,
      }),
      201,
    );
    needId = need.needId;
    await ok(api(app, 'POST', `/api/needs/${needId}/status`, manager, { action: 'publish', version: 1 }));
    const invited = await ok(api(app, 'POST', `/api/needs/${needId}/invitations`, manager, { top: 2 }));
    expect(invited.matches).toHaveLength(2);

    await notifications.drain();
    const [amina] = await sent('invitation', AMINA);
    const [chadi] = await sent('invitation', CHADI);
    expect(amina?.headers?.['Content-Language']).toBe('de');
    expect(chadi?.headers?.['Content-Language']).toBe('en');
    expect(amina?.subject).toContain('Hausaufgabenhilfe auf Arabisch');
    expect(chadi?.body).toMatch(/invit/i);
    expect(amina?.body).toMatch(/Einladung|eingeladen/);
    // Children are involved, and it says so; the link leads to the need's page, where it is answered.
    expect(amina?.body).toMatch(/Kinder/);
    expect(amina?.body).toContain(`${ORIGIN}/dashboard/needs/${needId}`);
    // Invitations are always sent: no unsubscribe header.
    expect(amina?.raw).not.toMatch(/List-Unsubscribe/i);
  });

  it("lets Amina accept from her e-mail's link, and tells the manager", async () => {
    const [invitation] = await sent('invitation', AMINA);
    const link = new URL(/https?:\/\/\S+\/dashboard\/needs\/[\w-]+/.exec(invitation?.body ?? '')?.[0] ?? '');
    // The sign-in form carries the page that asked for it (`next`, from the link's redirect).
    const signIn = await postForm(app, '/signin', { email: AMINA, password: demoPassword(AMINA), next: link.pathname });
    const cookie = cookieFrom(signIn, 'qh_session');
    expect(cookie).toBeDefined();
    // The sign-in goes on to the need's page the link names, which holds the answer buttons.
    expect(signIn.headers.get('location')).toBe(link.pathname);
    const page = await (await app.request(link.pathname, { headers: { cookie: cookie ?? '' } })).text();
    expect(page).toContain('Alte Feuerwache');
    expect(page).toContain(`action="/dashboard/needs/${needId}/accept"`);
    const accepted = await postForm(app, `/dashboard/needs/${needId}/accept`, {}, cookie);
    expect(accepted.status).toBeLessThan(400);

    await notifications.drain();
    const told = await sent('invitationAccepted', NORA);
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain('Amina');
    expect(told[0]?.body).toContain(`${ORIGIN}/manage/needs/${needId}`);
    // An optional kind: one-click unsubscribe (RFC 8058).
    expect(told[0]?.raw).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost\/unsubscribe\?token=[\w-]+&kind=invitationAccepted>/m,
    );
    expect(told[0]?.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  });

  it('tells the manager when Chadi accepts and then withdraws', async () => {
    const chadi = await token(CHADI);
    await ok(api(app, 'POST', `/api/needs/${needId}/me/accept`, chadi));
    await ok(api(app, 'POST', `/api/needs/${needId}/me/withdraw`, chadi));
    await notifications.drain();
    expect(await sent('invitationAccepted', NORA)).toHaveLength(2);
    const withdrew = await sent('volunteerWithdrew', NORA);
    expect(withdrew).toHaveLength(1);
    expect(withdrew[0]?.body).toContain('Chadi');
  });

  it('reminds Amina once of her first date, though the job runs twice and overlaps itself', async () => {
    // Monday 30 November, 15:30 in Berlin: her first date (Tuesday 15:00) is less than 24 hours away.
    now = new Date('2026-11-30T14:30:00Z');
    const first = createLocalNoticeSchedule(config, clock);
    const second = createLocalNoticeSchedule(config, clock);
    await Promise.all([first.runOnce(), second.runOnce()]);
    await first.runOnce();
    await notifications.drain();
    const reminders = await sent('reminder');
    expect(reminders.map((mail) => mail.to)).toEqual([AMINA]);
    expect(reminders[0]?.body).toMatch(/1\.\s*Dezember|01\.12\.2026/);
  });

  it('sends nothing twice when the stream delivers every record again', async () => {
    const before = (await mails()).length;
    // A new consumer reads the stream from its start: every record arrives a second time.
    await createNotifications(config, { outboxFile, origin: ORIGIN, clock }).drain();
    expect((await mails()).length).toBe(before);
  });

  it("puts every date of the weekly need in Amina's calendar feed", async () => {
    const feed = await ok(api(app, 'GET', '/api/calendar/feed', await token(AMINA)));
    const response = await app.request(new URL(feed.url).pathname);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const parsed = parseFeed(await response.text());
    expect(parsed.timezones).toContain('Europe/Berlin');
    const [event] = parsed.events;
    expect(parsed.events).toHaveLength(1);
    expect(event?.status).toBe('CONFIRMED');
    expect(event?.occurrences.map((occurrence) => occurrence.start.slice(0, 10))).toEqual(
      occurrences(SCHEDULE).map((occurrence) => occurrence.date),
    );
    expect(event?.occurrences[0]?.start).toBe('2026-12-01T15:00:00');
  });
});
