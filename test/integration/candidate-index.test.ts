/**
 * The candidate index against DynamoDB Local: the table's stream, polled as the local platform
 * does, feeds the table-events consumer, whose projector keeps each volunteer's candidate items
 * equal to candidateItems(profile, check) — after creates, edits, checks, pauses and deletions.
 */
import { type DynamoDBDocumentClient, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumeTableEvents } from '../../functions/table-events/consumer.ts';
import { reindexCandidatesIfStale } from '../../infra/local/candidate-reindex.ts';
import { StreamPoller } from '../../infra/local/stream-poller.ts';
import { candidateItems, candidateQuery, MAX_CANDIDATE_ITEMS } from '../../shared/candidates/candidate-keys.ts';
import { CandidateProjector } from '../../shared/candidates/candidate-projector.ts';
import { CandidateRepository } from '../../shared/candidates/candidate-repository.ts';
import { SKILLS } from '../../shared/catalog/seed-data.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { upcomingOccurrences } from '../../shared/matching/occurrences.ts';
import { DEFAULT_SAFEGUARDING_POLICY } from '../../shared/matching/types.ts';
import { createServices, type Services } from '../../shared/platform/services.ts';
import { SafeguardingRepository } from '../../shared/safeguarding/safeguarding-repository.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { ProfileRepository } from '../../shared/volunteers/profile-repository.ts';
import type { VolunteerProfile } from '../../shared/volunteers/schemas.ts';
import { testConfig } from '../support/platform.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../support/timeouts.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const TODAY = '2026-11-24';
const CONTEXT = { consentVersion: CONSENT.version, policy: DEFAULT_SAFEGUARDING_POLICY };

const profile = (id: string, overrides: Partial<VolunteerProfile> = {}): VolunteerProfile => ({
  volunteerId: id,
  email: `${id}@example.org`,
  firstName: id,
  lastName: 'Muster',
  languages: [{ code: 'ar', level: 'native' }],
  skills: ['homework-help', 'music'],
  quarters: ['nordstadt'],
  weeklySlots: [{ weekday: 'tue', start: '14:00', end: '18:00' }],
  availableFrom: '2026-01-01',
  blackouts: [],
  maxHoursPerMonth: 10,
  consent: { version: CONSENT.version, acceptedAt: '2026-01-01T00:00:00.000Z' },
  paused: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const check = (volunteerId: string) => ({
  volunteerId,
  inspectedOn: '2026-10-01',
  issuedOn: '2026-09-15',
  relevantConviction: false,
  inspectedBy: 'manager-1',
  recordedAt: '2026-10-01T12:00:00.000Z',
  expiresAt: Math.floor(Date.parse('2027-06-30T00:00:00Z') / 1000),
});

async function storedCandidates(db: DynamoDBDocumentClient, table: string, id: string) {
  const items: Record<string, unknown>[] = [];
  const pages = paginateQuery(
    { client: db },
    {
      TableName: table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': `VOLUNTEER#${id}`, ':prefix': 'CAND#' },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) items.push(...(page.Items ?? []));
  return items.sort((a, b) => String(a.SK).localeCompare(String(b.SK)));
}

const bySortKey = (items: Record<string, unknown>[]) =>
  [...items].sort((a, b) => String(a.SK).localeCompare(String(b.SK)));

describe('candidate index (stream → table-events → projector)', () => {
  let db: DynamoDBDocumentClient;
  let table: string;
  let services: Services;
  let profiles: ProfileRepository;
  let checks: SafeguardingRepository;
  let events: StreamPoller;

  beforeAll(async () => {
    const config = await testConfig();
    db = createDocumentClient(config);
    table = config.tableName;
    services = createServices(config, () => NOW);
    profiles = new ProfileRepository(db, table);
    checks = new SafeguardingRepository(db, table);
    events = new StreamPoller(config, (event) => consumeTableEvents(event, services));
  });

  it('writes exactly candidateItems after a create, an edit, a check, a pause and a deletion', async () => {
    const first = profile('p-1');
    await profiles.create(first);
    await events.drain();
    expect(await storedCandidates(db, table, 'p-1')).toEqual(
      bySortKey(candidateItems(first, undefined, CONTEXT, TODAY)),
    );

    // Another skill and slot: the old items go, the new ones come.
    const edited = profile('p-1', {
      version: 2,
      skills: ['cooking'],
      weeklySlots: [{ weekday: 'sat', start: '10:00', end: '13:00' }],
    });
    await profiles.replace(first, edited);
    await checks.put(check('p-1'));
    await events.drain();
    const afterEdit = await storedCandidates(db, table, 'p-1');
    expect(afterEdit).toEqual(bySortKey(candidateItems(edited, check('p-1'), CONTEXT, TODAY)));
    expect(afterEdit.some((item) => String(item.GSI1PK).startsWith('CAND#M#nordstadt#sat#05#cooking'))).toBe(true);
    expect(afterEdit.some((item) => String(item.SK).includes('homework-help'))).toBe(false);

    // Projecting again changes nothing and writes nothing.
    expect(await services.candidateProjector.project('p-1', NOW)).toEqual({ written: 0, deleted: 0 });

    // A new check with the same profile: the pool M items are rewritten with its facts, pool A kept.
    const renewed = { ...check('p-1'), inspectedOn: '2026-11-02', issuedOn: '2026-10-20' };
    await checks.put(renewed);
    await events.drain();
    const afterCheck = await storedCandidates(db, table, 'p-1');
    expect(afterCheck).toEqual(bySortKey(candidateItems(edited, renewed, CONTEXT, TODAY)));
    expect(afterCheck.find((item) => String(item.GSI1PK).startsWith('CAND#M#'))?.check).toMatchObject({
      inspectedOn: '2026-11-02',
      issuedOn: '2026-10-20',
      relevantConviction: false,
    });

    await profiles.setPaused('p-1', true, NOW.toISOString());
    await events.drain();
    expect(await storedCandidates(db, table, 'p-1')).toEqual([]);

    await profiles.setPaused('p-1', false, NOW.toISOString());
    await events.drain();
    expect(await storedCandidates(db, table, 'p-1')).toHaveLength(afterEdit.length);

    await profiles.delete('p-1');
    await events.drain();
    expect(await storedCandidates(db, table, 'p-1')).toEqual([]);
  });

  // The worst case for one profile before the bound (6 quarters, every skill, round-the-clock
  // slots: 26,208 items then, 34,944 with slots cut to touch the most buckets) now projects to 336
  // items for a German speaker (`*` quarters × `*` and MANY_SKILLS; the largest, MAX_CANDIDATE_ITEMS,
  // is counted in candidate-keys.test.ts); the projector writes and deletes them in batches, and a projector
  // reading in small pages finds every one already right.
  it(
    'projects the widest profile within the bound, in batches, and shrinks it again',
    async () => {
      const slots = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((weekday) => ({
        weekday,
        start: '00:00',
        end: '24:00',
      }));
      const quarters = ['nordstadt', 'ostersbaum', 'hoehe', 'heckinghausen', 'uellendahl-west', 'uellendahl-ost'];
      const wide = profile('p-4', {
        // German alone: no language partitions (their bound is counted in candidate-keys.test.ts).
        languages: [{ code: 'de', level: 'native' }],
        quarters,
        skills: SKILLS.map((skill) => skill.id),
        weeklySlots: slots,
      });
      await profiles.create(wide);
      await checks.put(check('p-4'));
      await events.drain();
      const stored = await storedCandidates(db, table, 'p-4');
      // 2 pools × 1 quarter key × 84 weekday buckets × 2 skill keys.
      expect(stored).toHaveLength(2 * 84 * 2);
      expect(stored.length).toBeLessThanOrEqual(MAX_CANDIDATE_ITEMS);
      // Read back in pages of 50, every stored item is found already right: nothing is written.
      const paged = new CandidateProjector({
        db,
        tableName: table,
        profiles,
        safeguarding: checks,
        constraints: CONTEXT,
        existingPageSize: 50,
      });
      expect(await paged.project('p-4', NOW)).toEqual({ written: 0, deleted: 0 });
      const narrow = { ...wide, version: 2, quarters: 'all' as const, skills: ['music'] };
      await profiles.replace(wide, narrow);
      await events.drain();
      expect(await storedCandidates(db, table, 'p-4')).toEqual(
        bySortKey(candidateItems(narrow, check('p-4'), CONTEXT, TODAY)),
      );
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it('retries a record whose projection failed, as the event source does', async () => {
    // A table of its own, so that no other test's records are in its stream.
    const config = { ...(await testConfig()) };
    // Its table is in a database of its own: a client signed with its config's key.
    const ownDb = createDocumentClient(config);
    const ownServices = createServices(config, () => NOW);
    let failures = 1;
    const poller = new StreamPoller(config, async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
      if (failures-- > 0) {
        return { batchItemFailures: [{ itemIdentifier: event.Records[0]?.dynamodb?.SequenceNumber as string }] };
      }
      return consumeTableEvents(event, ownServices);
    });
    await new ProfileRepository(ownDb, config.tableName).create(profile('p-2'));
    await expect(poller.drain()).rejects.toThrow(/could not be processed/);
    expect(await storedCandidates(ownDb, config.tableName, 'p-2')).toEqual([]);
    await poller.drain();
    // Tuesday 14–18 touches buckets 7 and 8; skills *, homework-help and music; languages * and ar;
    // pool A; one quarter.
    expect(await storedCandidates(ownDb, config.tableName, 'p-2')).toHaveLength(12);
    await poller.stop();
  });

  it('reads, of several required skills, the partitions of the rarest to the end and stops there', async () => {
    for (const [id, skills] of [
      ['c-1', ['cooking']],
      ['c-2', ['cooking']],
      ['c-3', ['cooking']],
      ['c-4', ['cooking', 'bike-repair']],
    ] as const) {
      await profiles.create(profile(id, { skills: [...skills], quarters: id === 'c-3' ? 'all' : ['nordstadt'] }));
    }
    await events.drain();
    const need = {
      needId: 'n-1',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: { kind: 'once' as const, date: '2026-12-01', start: '15:00', end: '17:00' },
      requiredSkills: ['cooking', 'bike-repair'],
      niceToHaveSkills: [],
      languages: [],
      involvesMinors: false,
      minSharePercent: 100,
    };
    // One item per page, so the race takes several rounds.
    const query = candidateQuery(need, upcomingOccurrences(need.schedule, TODAY));
    const read = await new CandidateRepository(db, table, 1).read(query);
    expect(read.skill).toBe('bike-repair');
    expect(read.profiles.map((p) => p.volunteerId)).toEqual(['c-4']);
    // bike-repair: 1 item; cooking: at most one item per partition and round (two rounds).
    expect(read.itemsRead).toBeLessThanOrEqual(1 + 2 * 2);
    const whole = await new CandidateRepository(db, table).read({ ...query, groups: query.groups.slice(1) });
    expect(whole.skill).toBe('cooking');
    expect(whole.profiles.map((p) => p.volunteerId).sort()).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
  });

  it('rebuilds the index of a data folder with an older layout once, found through the quarter memberships', async () => {
    const config = await testConfig();
    // Its table is in a database of its own: a client signed with its config's key.
    const ownDb = createDocumentClient(config);
    const ownServices = createServices(config, () => NOW);
    const old = profile('p-3', { quarters: 'all' });
    await new ProfileRepository(ownDb, config.tableName).create(old);
    // What the previous layout wrote (one item per quarter × weekday), and no current items.
    await ownDb.send(
      new PutCommand({
        TableName: config.tableName,
        Item: { PK: 'VOLUNTEER#p-3', SK: 'CAND#*#tue', GSI1PK: 'CAND#*#tue', GSI1SK: 'VOLUNTEER#p-3' },
      }),
    );
    const rebuild = () => reindexCandidatesIfStale(ownDb, config.tableName, ownServices.candidateProjector, NOW);
    expect(await rebuild()).toBe(1);
    expect(await storedCandidates(ownDb, config.tableName, 'p-3')).toEqual(
      bySortKey(candidateItems(old, undefined, CONTEXT, TODAY)),
    );
    expect(await rebuild()).toBeUndefined();
  });
});
