/**
 * Scheduled notices against DynamoDB Local with fixed clocks: publishing, inviting, accepting and
 * withdrawing write and delete the schedule's items in their own transactions; the notice job
 * fires each due item exactly once, when it runs twice and when two runs overlap.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalNoticeSchedule } from '../../infra/local/notice-schedule.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { duePartition } from '../../shared/notifications/due-notice.ts';
import { noticeKey } from '../../shared/notifications/notice.ts';
import { NoticeScheduleJob } from '../../shared/notifications/notice-schedule-job.ts';
import { CURSOR_KEY, NoticeScheduleRepository } from '../../shared/notifications/notice-schedule-repository.ts';
import { api, createAccount, type TestAccount, type TestPlatform, testPlatform } from '../support/app.ts';
import { needInput, profileInput } from '../support/fixtures.ts';

type Json = Record<string, any>;
let now = new Date('2026-11-24T10:00:00Z');

// Tuesdays 1, 8 and 15 December, 15:00–17:00 Berlin (CET): 14:00Z.
const schedule = {
  kind: 'weekly',
  weekday: 'tue',
  start: '15:00',
  end: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2026-12-15',
};

describe('scheduled notices', () => {
  let platform: TestPlatform;
  let db: ReturnType<typeof createDocumentClient>;
  let manager: TestAccount;
  let amina: TestAccount;
  let needId: string;

  /** Every due item of these UTC days, as `<kind> <date or expiry> <dueAt>`. */
  const dueItems = async (...days: string[]) => {
    const found: string[] = [];
    for (const day of days) {
      const page = await db.send(
        new QueryCommand({
          TableName: platform.config.tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': duePartition(day) },
          ConsistentRead: true,
        }),
      );
      for (const item of page.Items ?? [])
        if (item.needId === needId) found.push(`${item.kind} ${item.date ?? item.inviteExpiresAt} ${item.dueAt}`);
    }
    return found;
  };
  const DAYS = ['2026-11-26', '2026-11-29', '2026-11-30', '2026-12-06', '2026-12-07', '2026-12-13', '2026-12-14'];
  const notice = async (kind: 'reminder' | 'needShortOfPeople', date: string, volunteerId?: string) =>
    (
      await db.send(
        new GetCommand({
          TableName: platform.config.tableName,
          Key: noticeKey({ kind, needId, volunteerId, date }),
          ConsistentRead: true,
        }),
      )
    ).Item as Json | undefined;
  const repository = () => new NoticeScheduleRepository(db, platform.config.tableName);

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    db = createDocumentClient(platform.config);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
    amina = await createAccount(platform.config, 'volunteer');
    expect((await api(platform.app, 'PUT', '/api/volunteers/me', amina.idToken, profileInput())).status).toBe(201);
    await platform.settle();
  });

  it('publishing a need schedules its managers’ warning 48 hours before each date', async () => {
    const created = (await (
      await api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput({ schedule, places: 2 }))
    ).json()) as Json;
    needId = created.needId;
    expect(await dueItems(...DAYS)).toEqual([]);
    const published = await api(platform.app, 'POST', `/api/needs/${needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    expect(await dueItems(...DAYS)).toEqual([
      'needShortOfPeople 2026-12-01 2026-11-29T14:00:00.000Z',
      'needShortOfPeople 2026-12-08 2026-12-06T14:00:00.000Z',
      'needShortOfPeople 2026-12-15 2026-12-13T14:00:00.000Z',
    ]);
  });

  it('inviting schedules the expiry warning; accepting replaces it with a reminder 24 hours before each date', async () => {
    const invited = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
      volunteerIds: [amina.userId],
    });
    expect(invited.status).toBe(200);
    // Invited for 72 hours: warned 24 hours before it expires.
    expect(await dueItems('2026-11-26')).toEqual([
      'invitationExpiring 2026-11-27T10:00:00.000Z 2026-11-26T10:00:00.000Z',
    ]);
    now = new Date('2026-11-25T08:00:00Z');
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/accept`, amina.idToken)).status).toBe(200);
    expect((await dueItems(...DAYS)).filter((line) => !line.startsWith('needShort'))).toEqual([
      'reminder 2026-12-01 2026-11-30T14:00:00.000Z',
      'reminder 2026-12-08 2026-12-07T14:00:00.000Z',
      'reminder 2026-12-15 2026-12-14T14:00:00.000Z',
    ]);
  });

  it('the job fires what has come due once, however often it runs', async () => {
    const local = createLocalNoticeSchedule(platform.config, () => now);
    // The first run has no cursor: it reads back a day, finds nothing due, and sets the cursor.
    const first = await local.runOnce();
    expect(first).toMatchObject({ from: '2026-11-24T08:00:00.000Z', itemsRead: 0, fired: 0, cursorMoved: true });
    now = new Date('2026-11-30T14:30:00Z');
    const second = await local.runOnce();
    // The warning for 1 December (29 Nov) and its reminder (30 Nov): read across the days between, one range each.
    expect(second).toMatchObject({ from: '2026-11-25T08:00:00.000Z', itemsRead: 2, due: 2, fired: 2, alreadyFired: 0 });
    const reminder = await notice('reminder', '2026-12-01', amina.userId);
    expect(reminder).toMatchObject({
      type: 'Notice',
      kind: 'reminder',
      needId,
      volunteerId: amina.userId,
      date: '2026-12-01',
      firedAt: '2026-11-30T14:30:00.000Z',
    });
    expect(await notice('needShortOfPeople', '2026-12-01')).toMatchObject({ kind: 'needShortOfPeople' });
    // Run again at the same time, and a minute later: nothing more to fire, nothing read again.
    expect(await local.runOnce()).toMatchObject({ itemsRead: 0, fired: 0 });
    now = new Date('2026-11-30T14:31:00Z');
    expect(await local.runOnce()).toMatchObject({ itemsRead: 0, fired: 0 });
    // A run that read the window again (its cursor write lost, say) fires nothing twice.
    const again = await new NoticeScheduleJob(
      new (class extends NoticeScheduleRepository {
        override async cursor() {
          return '2026-11-25T08:00:00.000Z';
        }
      })(db, platform.config.tableName),
    ).run(now);
    expect(again).toMatchObject({ due: 2, fired: 0, alreadyFired: 2 });
    expect((await notice('reminder', '2026-12-01', amina.userId))?.firedAt).toBe('2026-11-30T14:30:00.000Z');
  });

  it('two overlapping runs fire each notice once and leave the cursor at the later one', async () => {
    // Both read the cursor before either moves it.
    let arrived = 0;
    let release: () => void = () => {};
    const bothRead = new Promise<void>((resolve) => {
      release = resolve;
    });
    class Overlapping extends NoticeScheduleRepository {
      override async cursor() {
        const cursor = await super.cursor();
        if (++arrived === 2) release();
        await bothRead;
        return cursor;
      }
    }
    const overlapping = () => new NoticeScheduleJob(new Overlapping(db, platform.config.tableName));
    const [early, late] = await Promise.all([
      overlapping().run(new Date('2026-12-07T14:10:00Z')),
      overlapping().run(new Date('2026-12-07T14:20:00Z')),
    ]);
    // Due in between: the warning for 8 December (6 Dec) and its reminder (7 Dec 14:00Z).
    expect(early.due + late.due).toBe(4);
    expect(early.fired + late.fired).toBe(2);
    expect(early.alreadyFired + late.alreadyFired).toBe(2);
    expect((await notice('reminder', '2026-12-08', amina.userId))?.kind).toBe('reminder');
    const cursor = await db.send(
      new GetCommand({ TableName: platform.config.tableName, Key: CURSOR_KEY, ConsistentRead: true }),
    );
    expect(cursor.Item?.at).toBe('2026-12-07T14:20:00.000Z');
    // And a run in between the two, later, does not move it back.
    expect(await new NoticeScheduleJob(repository()).run(new Date('2026-12-07T14:15:00Z'))).toMatchObject({
      itemsRead: 0,
      cursorMoved: false,
    });
    expect(await repository().cursor()).toBe('2026-12-07T14:20:00.000Z');
  });

  it('withdrawing takes the reminders still ahead out of the schedule', async () => {
    now = new Date('2026-12-08T18:00:00Z');
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/withdraw`, amina.idToken)).status).toBe(200);
    expect((await dueItems('2026-12-14')).filter((line) => line.startsWith('reminder'))).toEqual([]);
    now = new Date('2026-12-14T15:00:00Z');
    const run = await new NoticeScheduleJob(repository()).run(now);
    // Only the managers' warning for 15 December (13 Dec) is left to fire.
    expect(run).toMatchObject({ due: 1, fired: 1 });
    expect(await notice('reminder', '2026-12-15', amina.userId)).toBeUndefined();
  });
});
