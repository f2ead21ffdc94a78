/**
 * A data folder from before the managers' search: its quarter memberships carry no names. The
 * local platform rewrites them from the profiles at start, once.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { reindexMembershipsIfStale } from '../../infra/local/membership-reindex.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { indexItems } from '../../shared/volunteers/profile-keys.ts';
import { ProfileRepository } from '../../shared/volunteers/profile-repository.ts';
import type { VolunteerProfile } from '../../shared/volunteers/schemas.ts';
import { testConfig } from '../support/platform.ts';

const hanna: VolunteerProfile = {
  volunteerId: 'v-hanna',
  email: 'hanna@example.org',
  firstName: 'Hanna',
  lastName: 'Özdemir',
  languages: [{ code: 'tr', level: 'native' }],
  skills: ['homework-help'],
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
};

describe('quarter memberships of an older data folder', () => {
  it('are rewritten from the profiles once, with the names the search reads', async () => {
    // Prepare: a profile whose membership has the old layout (no names, sorted by volunteer).
    const config = await testConfig();
    const db = createDocumentClient(config);
    await new ProfileRepository(db, config.tableName).create(hanna);
    const [current] = indexItems(hanna);
    const key = { PK: current?.PK, SK: current?.SK };
    await db.send(
      new PutCommand({
        TableName: config.tableName,
        Item: { ...key, GSI1PK: 'QUARTER#nordstadt', GSI1SK: 'VOLUNTEER#v-hanna', volunteerId: 'v-hanna' },
      }),
    );

    // Act
    const first = await reindexMembershipsIfStale(db, config.tableName);
    const second = await reindexMembershipsIfStale(db, config.tableName);

    // Assess
    expect(first).toBe(1);
    expect(second).toBeUndefined();
    const stored = await db.send(new GetCommand({ TableName: config.tableName, Key: key }));
    expect(stored.Item).toEqual(current);
  });
});
