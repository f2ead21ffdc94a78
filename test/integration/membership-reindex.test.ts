/**
 * What `npm start` does to a data folder that is already there. Its quarter memberships from
 * before the managers' search carry no names: the platform rewrites them from the profiles at
 * start, once, in every quarter of the catalogue. And the demo seed only adds what is missing:
 * an admin's changes to the demo accounts and the catalogue survive the next start.
 */
import {
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { reindexMembershipsIfStale } from '../../infra/local/membership-reindex.ts';
import { DEMO_ACCOUNTS, seedCatalog, seedDemo } from '../../infra/local/seed.ts';
import { createLocalApp } from '../../infra/local/server.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { CatalogRepository } from '../../shared/catalog/catalog-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { InitiativeRepository } from '../../shared/initiatives/initiative-repository.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { indexItems } from '../../shared/volunteers/profile-keys.ts';
import { ProfileRepository } from '../../shared/volunteers/profile-repository.ts';
import type { VolunteerProfile } from '../../shared/volunteers/schemas.ts';
import { api } from '../support/app.ts';
import { testConfig } from '../support/platform.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const OWN_PASSWORD = 'Aminas-eigenes-Passwort-2026!';

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

/** Lukas helps only in a quarter an admin added (no seeded quarter). */
const lukas: VolunteerProfile = {
  ...hanna,
  volunteerId: 'v-lukas',
  email: 'lukas@example.org',
  firstName: 'Lukas',
  lastName: 'Becker',
  quarters: ['langerfeld'],
};

describe('quarter memberships of an older data folder', () => {
  it('are rewritten from the profiles once, with the names the search reads, in every quarter of the catalogue', async () => {
    // Prepare: profiles whose memberships have the old layout (no names, sorted by volunteer),
    // one of them in a quarter an admin added to the catalogue.
    const config = await testConfig();
    const db = createDocumentClient(config);
    await seedCatalog(config);
    await new CatalogRepository(db, config.tableName).create({
      kind: 'quarter',
      value: { id: 'langerfeld', name: 'Langerfeld', district: 'Langerfeld-Beyenburg', programme: 'soziale-stadt' },
    });
    const keys = [];
    for (const profile of [hanna, lukas]) {
      await new ProfileRepository(db, config.tableName).create(profile);
      const [current] = indexItems(profile);
      const key = { PK: current?.PK, SK: current?.SK };
      const quarter = profile.quarters === 'all' ? 'all' : profile.quarters[0];
      await db.send(
        new PutCommand({
          TableName: config.tableName,
          Item: {
            ...key,
            GSI1PK: `QUARTER#${quarter}`,
            GSI1SK: `VOLUNTEER#${profile.volunteerId}`,
            volunteerId: profile.volunteerId,
          },
        }),
      );
      keys.push({ key, current });
    }

    // Act
    const first = await reindexMembershipsIfStale(db, config.tableName);
    const second = await reindexMembershipsIfStale(db, config.tableName);

    // Assess
    expect(first).toBe(2);
    expect(second).toBeUndefined();
    for (const { key, current } of keys) {
      const stored = await db.send(new GetCommand({ TableName: config.tableName, Key: key }));
      expect(stored.Item).toEqual(current);
    }
  });
});

describe('the demo seed on a data folder an admin has worked in', () => {
  it('adds only what is missing: accounts keep their groups, quarters and initiative, retired entries stay retired', async () => {
    // Prepare: a pool of its own (an admin changes the demo accounts' roles here).
    const config = await testConfig({ ownUserPool: true });
    const db = createDocumentClient(config);
    await seedDemo(config, NOW);
    const app = await createLocalApp(config, { outboxFile: '/dev/null', clock: () => NOW });
    const identity = new IdentityProvider(createCognitoClient(config), config.cognito.clientId);
    const password = (email: string) => DEMO_ACCOUNTS.find((account) => account.email === email)?.password ?? '';
    const anton = (await identity.signIn('anton.admin@example.org', password('anton.admin@example.org'))).accessToken;
    const staff = new StaffRepository(db, config.tableName);
    const cognito = createCognitoClient(config);
    const sub = async (email: string) =>
      (
        await cognito.send(new AdminGetUserCommand({ UserPoolId: config.cognito.userPoolId, Username: email }))
      ).UserAttributes?.find((attribute) => attribute.Name === 'sub')?.Value as string;
    const nora = await sub('nora.manager@example.org');
    const ida = await sub('ida.initiative@example.org');
    const groups = async (userId: string) =>
      (
        await cognito.send(
          new AdminListGroupsForUserCommand({ UserPoolId: config.cognito.userPoolId, Username: userId }),
        )
      ).Groups?.map((group) => group.GroupName) ?? [];

    expect(await groups(ida)).toEqual(['initiative']);

    // Act 1: the admin keeps Nora to Ostersbaum, makes Ida a manager of Höhe, retires a skill,
    // and Amina chooses her own password.
    const admin = (method: string, path: string, body: unknown) => api(app, method, path, anton, body);
    expect((await admin('PUT', `/api/admin/staff/${nora}`, { role: 'manager', quarters: ['ostersbaum'] })).status).toBe(
      200,
    );
    expect((await admin('PUT', `/api/admin/staff/${ida}/role`, { role: 'manager' })).status).toBe(200);
    expect((await admin('PUT', `/api/admin/staff/${ida}`, { role: 'manager', quarters: ['hoehe'] })).status).toBe(200);
    const catalog = new CatalogRepository(db, config.tableName);
    const sports = (await catalog.entries()).skills.find((skill) => skill.id === 'sports');
    expect(sports).toBeDefined();
    const { de, en, version } = sports as NonNullable<typeof sports>;
    expect((await admin('PUT', '/api/admin/skills/sports', { de, en, retired: true, version })).status).toBe(200);
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: config.cognito.userPoolId,
        Username: 'amina.volunteer@example.org',
        Password: OWN_PASSWORD,
        Permanent: true,
      }),
    );
    const initiativesBefore = await new InitiativeRepository(db, config.tableName).list();

    // Act 2: the next start seeds again.
    await seedDemo(config, NOW);

    // Assess: nothing the admin did was reverted; Ida has one role, not two.
    expect(await staff.get(nora)).toMatchObject({ quarters: ['ostersbaum'] });
    expect(await staff.get(ida)).toMatchObject({ quarters: ['hoehe'] });
    expect(await staff.managersOf('nordstadt')).not.toContain(nora);
    expect(await groups(ida)).toEqual(['manager']);
    expect(await groups(nora)).toEqual(['manager']);
    expect((await catalog.entries()).skills.find((skill) => skill.id === 'sports')).toMatchObject({ retired: true });
    expect(await new InitiativeRepository(db, config.tableName).list()).toHaveLength(initiativesBefore.length);
    expect((await identity.signIn('amina.volunteer@example.org', OWN_PASSWORD)).accessToken).toBeTruthy();
  });
});
