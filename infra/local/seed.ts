import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Role } from '../../shared/auth/caller.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { CatalogRepository } from '../../shared/catalog/catalog-repository.ts';
import { QUARTERS, SKILLS, VENUES } from '../../shared/catalog/seed-data.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { AlreadyExistsError } from '../../shared/errors/index.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { ProfileRepository } from '../../shared/volunteers/profile-repository.ts';
import type { VolunteerProfile } from '../../shared/volunteers/schemas.ts';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
}

/** Demo accounts, one per role. Local platform only: the passwords are printed at start. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'volunteer', email: 'amina.volunteer@example.org', password: 'Demo-Volunteer-2026!' },
  { role: 'manager', email: 'nora.manager@example.org', password: 'Demo-Manager-2026!' },
  { role: 'initiative', email: 'ida.initiative@example.org', password: 'Demo-Initiative-2026!' },
  { role: 'admin', email: 'anton.admin@example.org', password: 'Demo-Admin-2026!' },
];

/** Creates (or repairs) a confirmed account with a permanent password in a group; returns its sub. */
export async function ensureAccount(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  account: DemoAccount,
): Promise<string> {
  try {
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: account.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: account.email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'UsernameExistsException')) throw error;
  }
  await cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: account.email,
      Password: account.password,
      Permanent: true,
    }),
  );
  await cognito.send(
    new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: account.email, GroupName: account.role }),
  );
  const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: account.email }));
  const sub = user.UserAttributes?.find((attribute) => attribute.Name === 'sub')?.Value ?? user.Username;
  if (!sub) throw new Error(`No id for demo account ${account.email}`);
  return sub;
}

function demoProfile(volunteerId: string, email: string, now: string): VolunteerProfile {
  return {
    volunteerId,
    email,
    firstName: 'Amina',
    lastName: 'Haddad',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'de', level: 'C1' },
      { code: 'en', level: 'B2' },
    ],
    skills: ['homework-help', 'interpreting', 'play-activities'],
    quarters: ['nordstadt', 'ostersbaum'],
    weeklySlots: [
      { weekday: 'tue', start: '14:00', end: '18:00' },
      { weekday: 'thu', start: '15:00', end: '19:00' },
    ],
    availableFrom: '2026-01-01',
    blackouts: [],
    maxHoursPerMonth: 16,
    consent: { version: CONSENT.version, acceptedAt: now },
    paused: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** The Wuppertal quarters, venues and the skill catalogue (idempotent). */
export async function seedCatalog(config: PlatformConfig): Promise<void> {
  const catalog = new CatalogRepository(createDocumentClient(config), config.tableName);
  await Promise.all([
    ...QUARTERS.map((value) => catalog.put({ kind: 'quarter', value })),
    ...VENUES.map((value) => catalog.put({ kind: 'venue', value })),
    ...SKILLS.map((value) => catalog.put({ kind: 'skill', value })),
  ]);
}

/**
 * Demo data for the local platform, idempotent: the Wuppertal quarters, venues and skill
 * catalogue, one account per role, the manager's quarters and the demo volunteer's profile.
 * Existing data (a profile the demo volunteer edited) is left as it is.
 */
export async function seedDemo(config: PlatformConfig, now: Date = new Date()): Promise<DemoAccount[]> {
  await seedCatalog(config);
  const db = createDocumentClient(config);
  const cognito = createCognitoClient(config);
  const staff = new StaffRepository(db, config.tableName);
  const profiles = new ProfileRepository(db, config.tableName);
  for (const account of DEMO_ACCOUNTS) {
    const userId = await ensureAccount(cognito, config.cognito.userPoolId, account);
    if (account.role === 'manager') await staff.put({ userId, quarters: ['nordstadt', 'ostersbaum'] });
    if (account.role === 'volunteer') {
      await profiles.create(demoProfile(userId, account.email, now.toISOString())).catch((error: unknown) => {
        if (!(error instanceof AlreadyExistsError)) throw error;
      });
    }
  }
  return DEMO_ACCOUNTS;
}
