import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStatistics } from '../../infra/local/statistics.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { ledgerKey } from '../../shared/matches/match-keys.ts';
import { needKey } from '../../shared/needs/need-keys.ts';
import { monthStatistics, StatisticsRepository } from '../../shared/statistics/index.ts';
import { berlinInstant } from '../../shared/time/berlin-instant.ts';
import { api, createAccount, type TestAccount, type TestPlatform, testPlatform } from '../support/app.ts';
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
});
