/**
 * A weekly series with absences, on the demo data against DynamoDB Local and cognito-local: the
 * needs API, the notifier on the table's stream, the notice job, the pages.
 *
 * On the afternoon of the first date (it has begun) a manager posts a 17-date homework help in
 * Nordstadt; two cover volunteers already fill 5 January → Amina and Chadi accept: their dates
 * start at the second date and leave out 5 January (taken) → Amina says she cannot come on the
 * third date → the need's roster shows the gap there, the manager gets the mail, Amina's reminder
 * for it is gone and the reminder job sends it to Chadi alone → a date too close, or not hers, is
 * refused → Chadi declares two dates at once and both stay → the pages show it all.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalNoticeSchedule } from '../../infra/local/notice-schedule.ts';
import type { StreamPoller } from '../../infra/local/stream-poller.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { matchItem } from '../../shared/matches/match-keys.ts';
import { MatchRepository } from '../../shared/matches/match-repository.ts';
import type { Match } from '../../shared/matches/schemas.ts';
import { occurrences } from '../../shared/matching/occurrences.ts';
import { dueKey } from '../../shared/notifications/due-notice.ts';
import { api, postForm } from '../support/app.ts';
import { AMINA, CHADI, type DemoPlatform, demoPlatform, type Json, NORA } from '../support/demo-platform.ts';

/** Tuesday 1 December 2026, 16:00 in Berlin: the first date (15:00–17:00) has begun. */
const START = new Date('2026-12-01T15:00:00Z');
let now = START;
const clock = () => now;

const SCHEDULE = {
  kind: 'weekly' as const,
  weekday: 'tue' as const,
  start: '15:00',
  end: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-03-23',
};
const ALL_DATES = occurrences(SCHEDULE).map((occurrence) => occurrence.date);
const TAKEN = '2027-01-05';
const THIRD = '2026-12-15';

describe('a weekly series with absences', () => {
  let demo: DemoPlatform;
  let config: PlatformConfig;
  let app: DemoPlatform['app'];
  let notifications: StreamPoller;
  let needId: string;
  const ids: Record<string, string> = {};

  const token = (email: string) => demo.token(email);
  const ok: DemoPlatform['ok'] = (response, status) => demo.ok(response, status);
  const sent = (kind: string, to?: string) => demo.sent(kind, to);
  const rosterOf = async () => (await ok(api(app, 'GET', `/api/needs/${needId}`, await token(NORA)))) as Json;
  const onDate = (detail: Json, date: string) => (detail.roster as Json[]).find((entry) => entry.date === date);
  const seriesMatch = async (email: string): Promise<Match> => {
    const mine = await ok(api(app, 'GET', '/api/matches/me', await token(email)));
    return (mine.matches as Match[]).find((match) => match.needId === needId && match.date === undefined) as Match;
  };
  const declare = async (email: string, date: string) =>
    api(app, 'POST', `/api/needs/${needId}/absences`, await token(email), { date });
  const signIn = (email: string) => demo.signIn(email);

  beforeAll(async () => {
    demo = await demoPlatform('series', clock);
    ({ config, app, notifications } = demo);
  });

  afterAll(() => demo?.close()); // undefined when the set-up failed: its error is the one to see

  it('commits those who accept to the dates still ahead, less the one others already fill', async () => {
    // Prepare: the need, published; two cover volunteers accepted for 5 January (both places).
    const manager = await token(NORA);
    const need = await ok(
      api(app, 'POST', '/api/needs', manager, {
        title: 'Hausaufgabenhilfe jeden Dienstag',
        description: 'Grundschulkinder',
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        schedule: SCHEDULE,
        places: 2,
        requiredSkills: ['homework-help'],
        niceToHaveSkills: [],
        languages: ['ar'],
        involvesMinors: false,
      }),
      201,
    );
    needId = need.needId;
    await ok(api(app, 'POST', `/api/needs/${needId}/status`, manager, { action: 'publish', version: 1 }));
    const db = createDocumentClient(config);
    for (const volunteerId of ['cover-1', 'cover-2']) {
      const cover: Match = {
        needId,
        volunteerId,
        date: TAKEN,
        status: 'accepted',
        firstName: volunteerId,
        languages: [],
        needTitle: need.title,
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        schedule: SCHEDULE,
        version: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await db.send(new PutCommand({ TableName: config.tableName, Item: matchItem(cover) }));
    }
    const candidates = await ok(api(app, 'GET', `/api/needs/${needId}/candidates`, manager));
    const idOf = (name: string) =>
      (candidates.proposals as Json[]).find((proposal) => proposal.firstName === name)?.volunteerId;
    const invited = await ok(
      api(app, 'POST', `/api/needs/${needId}/invitations`, manager, { volunteerIds: [idOf('Amina'), idOf('Chadi')] }),
    );
    expect(invited.matches).toHaveLength(2);
    // Act
    await ok(api(app, 'POST', `/api/needs/${needId}/me/accept`, await token(AMINA)));
    await ok(api(app, 'POST', `/api/needs/${needId}/me/accept`, await token(CHADI)));
    // Assess: the 15 dates from 8 December but 5 January; the ledger holds just those.
    const amina = await seriesMatch(AMINA);
    ids.amina = amina.volunteerId;
    ids.chadi = (await seriesMatch(CHADI)).volunteerId;
    const expected = ALL_DATES.slice(1).filter((date) => date !== TAKEN);
    expect(amina.dates).toEqual(expected);
    expect(amina.absences).toEqual([{ date: TAKEN, kind: 'taken' }]);
    const ledger = await new MatchRepository(db, config.tableName).ledger(amina.volunteerId);
    expect(ledger.commitments.find((c) => c.needId === needId)?.occurrences.map((o) => o.date)).toEqual(expected);
    const detail = await rosterOf();
    expect(onDate(detail, TAKEN)).toMatchObject({
      coming: [{ cover: true }, { cover: true }],
      absent: [
        { firstName: 'Amina', kind: 'taken' },
        { firstName: 'Chadi', kind: 'taken' },
      ],
      open: 0,
    });
    expect(onDate(detail, '2026-12-01')).toMatchObject({ coming: [], open: 2 });
    expect(onDate(detail, THIRD)).toMatchObject({ open: 0, start: '15:00', end: '17:00' });
  });

  it('frees the date Amina says she cannot come on: the roster shows the gap, her reminder for it is gone', async () => {
    // Act
    const answer = await ok(declare(AMINA, THIRD));
    const again = await ok(declare(AMINA, THIRD));
    // Assess
    expect(answer.absences).toContainEqual({ date: THIRD, kind: 'declared', at: now.toISOString() });
    expect(again.version).toBe(answer.version);
    const detail = await rosterOf();
    expect(onDate(detail, THIRD)).toMatchObject({
      coming: [{ firstName: 'Chadi', cover: false }],
      absent: [{ firstName: 'Amina', kind: 'declared' }],
      open: 1,
    });
    expect(detail.events).toContainEqual(expect.objectContaining({ action: 'absent', date: THIRD }));
    // Her ledger no longer counts that date's hours.
    const db = createDocumentClient(config);
    const ledger = await new MatchRepository(db, config.tableName).ledger(ids.amina as string);
    const dates = ledger.commitments.find((c) => c.needId === needId)?.occurrences.map((o) => o.date);
    expect(dates).not.toContain(THIRD);
    expect(dates).toContain('2026-12-22');
    // The date's reminder is deleted in the same transaction; the next date's is still there.
    const reminder = (volunteerId: string, date: string, dueAt: string) =>
      db.send(
        new GetCommand({
          TableName: config.tableName,
          Key: dueKey({ kind: 'reminder', needId, volunteerId, date, dueAt }),
        }),
      );
    expect((await reminder(ids.amina as string, THIRD, '2026-12-14T14:00:00.000Z')).Item).toBeUndefined();
    expect((await reminder(ids.amina as string, '2026-12-22', '2026-12-21T14:00:00.000Z')).Item).toBeDefined();
  });

  it('tells the manager who cannot come on which date, and the gap it leaves', async () => {
    // Act
    await notifications.drain();
    // Assess
    const told = await sent('volunteerAbsent', NORA);
    expect(told).toHaveLength(1);
    expect(told[0]?.subject).toMatch(/^Abwesend am Dienstag, 15\. Dezember 2026: Hausaufgabenhilfe/);
    expect(told[0]?.body).toContain('Amina kann am Dienstag, 15. Dezember 2026 nicht kommen');
    expect(told[0]?.body).toContain('Noch frei: 1 von 2 Plätzen');
    expect(told[0]?.raw).not.toMatch(/List-Unsubscribe/i);
  });

  it('reminds only Chadi of the third date', async () => {
    // Monday 14 December, 15:30 in Berlin: the third date is less than 24 hours away.
    now = new Date('2026-12-14T14:30:00Z');
    try {
      await createLocalNoticeSchedule(config, clock).runOnce();
      await notifications.drain();
      // Chadi reads English.
      const reminders = (await sent('reminder')).filter((mail) =>
        /15\. Dezember 2026|15 December 2026/.test(mail.subject ?? ''),
      );
      expect(reminders.map((mail) => mail.to)).toEqual([CHADI]);
    } finally {
      now = START;
    }
  });

  it('refuses a date too close (409) and a date that is not hers (400, field date)', async () => {
    // Monday 7 December, 15:00 UTC: the next date (8 December, 14:00 UTC) starts in 23 hours.
    now = new Date('2026-12-07T15:00:00Z');
    try {
      const late = await declare(AMINA, '2026-12-08');
      expect(late.status).toBe(409);
      expect(((await late.json()) as Json).error).toMatchObject({ code: 'ABSENCE_TOO_LATE' });
      const notHers = await declare(AMINA, TAKEN);
      expect(notHers.status).toBe(400);
      expect(((await notHers.json()) as Json).error.issues).toEqual([
        expect.objectContaining({ path: 'date', code: 'not_a_coming_date' }),
      ]);
      const bad = await declare(AMINA, '2026-12-32');
      expect(bad.status).toBe(400);
      const manager = await api(app, 'POST', `/api/needs/${needId}/absences`, await token(NORA), { date: THIRD });
      expect(manager.status).toBe(403);
    } finally {
      now = START;
    }
    expect((await seriesMatch(AMINA)).dates).toContain('2026-12-08');
  });

  it('keeps both of two absences declared at the same time (version condition and retry)', async () => {
    // Act
    const answers = await Promise.all([declare(CHADI, '2026-12-22'), declare(CHADI, '2026-12-29')]);
    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const chadi = await seriesMatch(CHADI);
    expect(
      (chadi.absences ?? [])
        .filter((absence) => absence.kind === 'declared')
        .map((absence) => absence.date)
        .sort(),
    ).toEqual(['2026-12-22', '2026-12-29']);
    const detail = await rosterOf();
    expect(onDate(detail, '2026-12-22')?.coming.map((person: Json) => person.firstName)).toEqual(['Amina']);
    expect(onDate(detail, '2026-12-29')?.open).toBe(1);
    const ledger = await new MatchRepository(createDocumentClient(config), config.tableName).ledger(
      ids.chadi as string,
    );
    const dates = ledger.commitments.find((c) => c.needId === needId)?.occurrences.map((o) => o.date);
    expect(dates).not.toContain('2026-12-22');
    expect(dates).not.toContain('2026-12-29');
  });

  it('shows the volunteer their dates, and the manager who comes when', async () => {
    // Wednesday 9 December: the first two dates have passed.
    now = new Date('2026-12-09T10:00:00Z');
    // Amina's dashboard: her dates, the cancelled one, the button on the others; a confirmation first.
    const amina = await signIn(AMINA);
    const dashboard = await (await app.request('/dashboard', { headers: { cookie: amina } })).text();
    const card = dashboard.slice(dashboard.indexOf(`id="need-${needId}"`));
    expect(card).toContain('Ihre Termine: 14 von 16');
    expect(card).toContain('abgesagt');
    expect(card).toContain('Ich kann an diesem Termin nicht');
    expect(card).toContain('<input type="hidden" name="date" value="2026-12-22"/>');
    expect(card).not.toContain('name="date" value="2026-12-15"');
    const confirm = await postForm(app, `/dashboard/needs/${needId}/absences`, { date: '2026-12-22' }, amina);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('name="confirm" value="1"');
    const done = await postForm(
      app,
      `/dashboard/needs/${needId}/absences`,
      { date: '2026-12-22', confirm: '1' },
      amina,
    );
    expect(done.status).toBe(303);
    expect((await seriesMatch(AMINA)).absences).toContainEqual(expect.objectContaining({ date: '2026-12-22' }));
    // The manager's need page: the roster with the gaps.
    const nora = await signIn(NORA);
    const page = await (await app.request(`/manage/needs/${needId}`, { headers: { cookie: nora } })).text();
    const roster = page.slice(page.indexOf('id="h-roster"'));
    expect(roster).toContain('Wer kommt wann');
    expect(roster).toContain('Lücke: 2 von 2');
    expect(roster).toContain('Amina (abgesagt)');
    expect(roster).toContain('Vergangene Termine (2)');
  });
});
