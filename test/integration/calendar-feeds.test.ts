/**
 * Calendar feeds against DynamoDB Local: a volunteer accepts a weekly need across the change to
 * summer time, fetches their feed by its secret URL (no sign-in) and ical.js — not the library that
 * wrote it — reads back every date as occurrences() has it, in Berlin time; UIDs stay put between
 * fetches; a withdrawal turns the event CANCELLED with a higher SEQUENCE; renewing makes the old
 * URL a 404. The manager's feed shows the need with its fill status.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { parseFeed } from '../../shared/calendar/test-support/parse-feed.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { occurrences, type Schedule } from '../../shared/matching/occurrences.ts';
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

let now = new Date('2026-11-24T10:00:00Z');
type Json = Record<string, any>;

/** Tuesdays from March to April 2027: summer time begins on Sunday 28 March. */
const ACROSS_DST: Schedule = {
  kind: 'weekly',
  weekday: 'tue',
  start: '15:00',
  end: '17:00',
  firstDate: '2027-03-02',
  lastDate: '2027-04-27',
};

const wallClock = (date: string, time: string) => `${date}T${time}:00`;

describe('calendar feeds', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let volunteer: TestAccount;
  let needId: string;
  let volunteerUrl: string;

  const fetchFeed = (url: string) => platform.app.request(new URL(url).pathname);
  const feedOf = async (url: string) => {
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    return parseFeed(await response.text());
  };
  const ok = async (response: Response | Promise<Response>, status = 200): Promise<Json> => {
    const answer = await response;
    if (answer.status !== status) throw new Error(`${answer.status} ${await answer.text()}`);
    return (await answer.json()) as Json;
  };
  const later = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(createDocumentClient(platform.config), platform.config.tableName).put({
      userId: manager.userId,
      quarters: ['nordstadt'],
    });
    volunteer = await createAccount(platform.config, 'volunteer');
    await ok(api(platform.app, 'PUT', '/api/volunteers/me', volunteer.idToken, profileInput()), 201);
    await platform.settle();
    const need = await ok(
      api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput({ schedule: ACROSS_DST })),
      201,
    );
    needId = need.needId;
    await ok(
      api(platform.app, 'POST', `/api/needs/${needId}/status`, manager.accessToken, { action: 'publish', version: 1 }),
    );
    later(5);
    await ok(
      api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
        volunteerIds: [volunteer.userId],
      }),
    );
    later(5);
    await ok(api(platform.app, 'POST', `/api/needs/${needId}/me/accept`, volunteer.idToken));
  });

  it('gives a volunteer one secret URL (the same on every call) that serves text/calendar without sign-in', async () => {
    const first = await ok(api(platform.app, 'GET', '/api/calendar/feed', volunteer.idToken));
    const second = await ok(api(platform.app, 'GET', '/api/calendar/feed', volunteer.idToken));
    expect(first.url).toBe(second.url);
    expect(first.url).toMatch(/^http:\/\/localhost\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(first.audience).toBe('volunteer');
    volunteerUrl = first.url;
    const response = await fetchFeed(volunteerUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('reads back every date of the weekly need as written, in Berlin time across the DST change', async () => {
    const feed = await feedOf(volunteerUrl);
    expect(feed.timezones).toEqual(['Europe/Berlin']);
    expect(feed.events).toHaveLength(1);
    const [event] = feed.events as [NonNullable<(typeof feed.events)[number]>];
    expect(event).toMatchObject({
      uid: `commitment-${needId}-${volunteer.userId}@quartiershilfe.wuppertal.de`,
      status: 'CONFIRMED',
      summary: 'Hausaufgabenhilfe',
      location: 'Alte Feuerwache, Nordstadt, Wuppertal',
      url: `http://localhost/dashboard#need-${needId}`,
      tzid: 'Europe/Berlin',
    });
    expect(event.rrule).toMatch(/^FREQ=WEEKLY;UNTIL=/);
    expect(event.description).toContain(`http://localhost/dashboard#need-${needId}`);
    const expected = occurrences(ACROSS_DST);
    expect(expected).toHaveLength(9);
    expect(event.occurrences.map((o) => [o.start, o.end])).toEqual(
      expected.map((o) => [wallClock(o.date, '15:00'), wallClock(o.date, '17:00')]),
    );
    const utc = Object.fromEntries(event.occurrences.map((o) => [o.start.slice(0, 10), o.utcStart]));
    expect(utc['2027-03-23']).toBe('2027-03-23T14:00:00.000Z');
    expect(utc['2027-03-30']).toBe('2027-03-30T13:00:00.000Z');
  });

  it('keeps UIDs and SEQUENCE between two fetches (a subscribed calendar never duplicates)', async () => {
    const [a, b] = [await feedOf(volunteerUrl), await feedOf(volunteerUrl)];
    expect(b.events.map((e) => [e.uid, e.sequence])).toEqual(a.events.map((e) => [e.uid, e.sequence]));
  });

  it("shows the manager's feed with the fill status", async () => {
    const answer = await ok(api(platform.app, 'GET', '/api/calendar/feed', manager.accessToken));
    expect(answer.audience).toBe('manager');
    const [event] = (await feedOf(answer.url)).events;
    expect(event).toMatchObject({
      uid: `need-${needId}@quartiershilfe.wuppertal.de`,
      status: 'CONFIRMED',
      summary: 'Hausaufgabenhilfe (1/2)',
      url: `http://localhost/manage/needs/${needId}`,
    });
    expect(event?.description).toContain('1 von 2 Plätzen vergeben');
    expect(event?.occurrences.map((o) => o.start.slice(0, 10))).toEqual(occurrences(ACROSS_DST).map((o) => o.date));
  });

  it('turns a withdrawn commitment CANCELLED with a higher SEQUENCE (same UID), and the fill status follows', async () => {
    const before = (await feedOf(volunteerUrl)).events[0];
    const managerUrl = (await ok(api(platform.app, 'GET', '/api/calendar/feed', manager.accessToken))).url;
    const managerBefore = (await feedOf(managerUrl)).events[0];
    later(60);
    await ok(api(platform.app, 'POST', `/api/needs/${needId}/me/withdraw`, volunteer.idToken));
    const after = (await feedOf(volunteerUrl)).events;
    expect(after).toHaveLength(1);
    expect(after[0]?.uid).toBe(before?.uid);
    expect(after[0]?.status).toBe('CANCELLED');
    expect(after[0]?.sequence).toBeGreaterThan(before?.sequence ?? Number.POSITIVE_INFINITY);
    expect(after[0]?.occurrences).toHaveLength(9);
    const managerAfter = (await feedOf(managerUrl)).events[0];
    expect(managerAfter?.uid).toBe(managerBefore?.uid);
    expect(managerAfter?.summary).toBe('Hausaufgabenhilfe (0/2)');
    expect(managerAfter?.sequence).toBeGreaterThan(managerBefore?.sequence ?? Number.POSITIVE_INFINITY);
  });

  it("lists a cancelled need as CANCELLED in the manager's feed, and no draft", async () => {
    const draft = await ok(
      api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput({ title: 'Entwurf' })),
      201,
    );
    const cancelled = await ok(
      api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput({ title: 'Lesepaten' })),
      201,
    );
    await ok(
      api(platform.app, 'POST', `/api/needs/${cancelled.needId}/status`, manager.accessToken, {
        action: 'publish',
        version: 1,
      }),
    );
    await ok(
      api(platform.app, 'POST', `/api/needs/${cancelled.needId}/status`, manager.accessToken, {
        action: 'cancel',
        version: 2,
        reason: 'Die Räume sind belegt.',
      }),
    );
    const managerUrl = (await ok(api(platform.app, 'GET', '/api/calendar/feed', manager.accessToken))).url;
    const events = (await feedOf(managerUrl)).events;
    expect(events.map((e) => e.uid)).not.toContain(`need-${draft.needId}@quartiershilfe.wuppertal.de`);
    expect(events.find((e) => e.uid === `need-${cancelled.needId}@quartiershilfe.wuppertal.de`)).toMatchObject({
      status: 'CANCELLED',
      summary: 'Abgesagt: Lesepaten',
    });
  });

  it('renews the URL: the old one is a 404 at once, the new one serves the same events', async () => {
    const renewed = await ok(api(platform.app, 'POST', '/api/calendar/feed/renew', volunteer.idToken));
    expect(renewed.url).not.toBe(volunteerUrl);
    const old = await fetchFeed(volunteerUrl);
    expect(old.status).toBe(404);
    expect(old.headers.get('cache-control')).toBe('no-store');
    expect((await feedOf(renewed.url)).events.map((e) => e.uid)).toEqual([
      `commitment-${needId}-${volunteer.userId}@quartiershilfe.wuppertal.de`,
    ]);
    expect((await ok(api(platform.app, 'GET', '/api/calendar/feed', volunteer.idToken))).url).toBe(renewed.url);
    volunteerUrl = renewed.url;
  });

  it('answers 404, never 500, for anything that is no feed', async () => {
    for (const path of [
      '/calendar/x.ics',
      '/calendar/%00',
      `/calendar/${'A'.repeat(43)}.ics`,
      `/calendar/${'A'.repeat(43)}`,
      '/calendar/..%2F.ics',
    ]) {
      const response = await platform.app.request(path);
      expect(response.status, path).toBe(404);
    }
  });

  it('shows the URL on the profile page with "renew", made by the button', async () => {
    const other = await createAccount(platform.config, 'volunteer');
    await ok(api(platform.app, 'PUT', '/api/volunteers/me', other.idToken, profileInput()), 201);
    const cookie = cookieFrom(
      await postForm(platform.app, '/signin', { email: other.email, password: other.password }),
      'qh_session',
    ) as string;
    const empty = await (await platform.app.request('/profile', { headers: { cookie } })).text();
    expect(empty).toContain('action="/profile/calendar"');
    expect(empty).not.toContain('/calendar/');
    const made = await postForm(platform.app, '/profile/calendar', { action: 'create' }, cookie);
    expect(made.status).toBe(303);
    const page = await (await platform.app.request('/profile', { headers: { cookie } })).text();
    const url = /http:\/\/localhost\/calendar\/[A-Za-z0-9_-]{43}\.ics/.exec(page)?.[0] as string;
    expect(url).toBeDefined();
    expect((await fetchFeed(url)).status).toBe(200);
    await postForm(platform.app, '/profile/calendar', { action: 'renew' }, cookie);
    expect((await fetchFeed(url)).status).toBe(404);
  });

  it("shows the manager's URL on /manage with renew", async () => {
    const cookie = cookieFrom(
      await postForm(platform.app, '/signin', { email: manager.email, password: manager.password }),
      'qh_session',
    ) as string;
    const page = await (await platform.app.request('/manage', { headers: { cookie } })).text();
    const url = (await ok(api(platform.app, 'GET', '/api/calendar/feed', manager.accessToken))).url;
    expect(page).toContain(url);
    expect(page).toContain('action="/manage/calendar"');
    const renewed = await postForm(platform.app, '/manage/calendar', { action: 'renew' }, cookie);
    expect(renewed.status).toBe(303);
    expect((await fetchFeed(url)).status).toBe(404);
  });
});
