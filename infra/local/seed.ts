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
import type { CatalogEntry } from '../../shared/catalog/catalog-entries.ts';
import { CatalogRepository } from '../../shared/catalog/catalog-repository.ts';
import { QUARTERS, SKILLS, VENUES } from '../../shared/catalog/seed-data.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { AlreadyExistsError, VersionConflictError } from '../../shared/errors/index.ts';
import { InitiativeRepository } from '../../shared/initiatives/initiative-repository.ts';
import type { MailLanguage } from '../../shared/notifications/kinds.ts';
import { NotificationSettingsRepository } from '../../shared/notifications/settings-repository.ts';
import { SafeguardingRepository } from '../../shared/safeguarding/safeguarding-repository.ts';
import { deletionDate } from '../../shared/safeguarding/safeguarding-service.ts';
import { addDays, berlinDate } from '../../shared/time/calendar.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import { ProfileRepository } from '../../shared/volunteers/profile-repository.ts';
import type { VolunteerProfile } from '../../shared/volunteers/schemas.ts';
import { seedHistory } from './seed-history.ts';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
}

/** Demo volunteers: who they are and how they fit the demo need (Arabic homework help for children in Nordstadt). */
interface DemoVolunteer {
  email: string;
  firstName: string;
  lastName: string;
  languages: VolunteerProfile['languages'];
  skills: string[];
  quarters: VolunteerProfile['quarters'];
  weeklySlots: VolunteerProfile['weeklySlots'];
  /** Whether a manager has inspected their extended police certificate. */
  checked: boolean;
  /** Optional on the profile: shown to the managers of needs the volunteer is invited to or accepted on. */
  phone?: string;
  /** The language they chose for their e-mails (notification settings); absent: the default. */
  mailLanguage?: MailLanguage;
}

const DEMO_VOLUNTEERS: DemoVolunteer[] = [
  {
    email: 'amina.volunteer@example.org',
    firstName: 'Amina',
    lastName: 'Haddad',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'de', level: 'C1' },
    ],
    skills: ['homework-help', 'interpreting', 'play-activities'],
    quarters: ['nordstadt', 'ostersbaum'],
    weeklySlots: [
      { weekday: 'tue', start: '14:00', end: '18:00' },
      { weekday: 'thu', start: '15:00', end: '19:00' },
    ],
    checked: true,
    phone: '+49 202 555 0142',
  },
  {
    email: 'basel.volunteer@example.org',
    firstName: 'Basel',
    lastName: 'Khoury',
    languages: [{ code: 'ar', level: 'native' }],
    skills: ['homework-help'],
    quarters: ['nordstadt'],
    weeklySlots: [{ weekday: 'tue', start: '14:00', end: '19:00' }],
    checked: false,
  },
  {
    email: 'chadi.volunteer@example.org',
    firstName: 'Chadi',
    lastName: 'Mansour',
    languages: [
      { code: 'ar', level: 'B2' },
      { code: 'de', level: 'native' },
    ],
    skills: ['homework-help', 'maths-tutoring'],
    quarters: 'all',
    weeklySlots: [{ weekday: 'tue', start: '15:00', end: '18:00' }],
    checked: true,
    // The demo's e-mails: Amina's invitation arrives in German, Chadi's in English.
    mailLanguage: 'en',
  },
  {
    email: 'darya.volunteer@example.org',
    firstName: 'Darya',
    lastName: 'Rahimi',
    languages: [{ code: 'fa', level: 'native' }],
    skills: ['homework-help'],
    quarters: ['nordstadt'],
    weeklySlots: [{ weekday: 'tue', start: '14:00', end: '18:00' }],
    checked: true,
  },
  {
    email: 'emre.volunteer@example.org',
    firstName: 'Emre',
    lastName: 'Yilmaz',
    languages: [
      { code: 'tr', level: 'native' },
      { code: 'ar', level: 'A2' },
    ],
    skills: ['sports'],
    quarters: ['nordstadt'],
    weeklySlots: [{ weekday: 'tue', start: '15:00', end: '17:00' }],
    checked: true,
  },
];

const VOLUNTEER_PASSWORD = 'Demo-Volunteer-2026!';

/** Demo accounts: the volunteers above and one account per staff role. Local platform only: the passwords are printed at start. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  ...DEMO_VOLUNTEERS.map((volunteer) => ({
    role: 'volunteer' as const,
    email: volunteer.email,
    password: VOLUNTEER_PASSWORD,
  })),
  { role: 'manager', email: 'nora.manager@example.org', password: 'Demo-Manager-2026!' },
  { role: 'initiative', email: 'ida.initiative@example.org', password: 'Demo-Initiative-2026!' },
  { role: 'admin', email: 'anton.admin@example.org', password: 'Demo-Admin-2026!' },
];

export const DEMO_INITIATIVE = 'Flüchtlingshilfe Nordstadt e.V.';

/**
 * Creates a confirmed account with a permanent password in a group, unless it exists; returns
 * its sub. An existing account keeps its password and groups (an admin may have moved it to
 * another role); only one this seed left half-made (still on its unset first password) is finished.
 */
export async function ensureAccount(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  account: DemoAccount,
): Promise<string> {
  let created = false;
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
    created = true;
  } catch (error) {
    if (!(error instanceof Error && error.name === 'UsernameExistsException')) throw error;
  }
  const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: account.email }));
  if (created || user.UserStatus === 'FORCE_CHANGE_PASSWORD') {
    // The group first: an account that another seed sees confirmed is already in it.
    await cognito.send(
      new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: account.email, GroupName: account.role }),
    );
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: account.email,
        Password: account.password,
        Permanent: true,
      }),
    );
  }
  const sub = user.UserAttributes?.find((attribute) => attribute.Name === 'sub')?.Value ?? user.Username;
  if (!sub) throw new Error(`No id for demo account ${account.email}`);
  return sub;
}

function demoProfile(volunteer: DemoVolunteer, volunteerId: string, now: string): VolunteerProfile {
  const { email, firstName, lastName, languages, skills, quarters, weeklySlots, phone } = volunteer;
  return {
    volunteerId,
    email,
    firstName,
    lastName,
    ...(phone && { phone }),
    languages,
    skills,
    quarters,
    weeklySlots,
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
  const entries: CatalogEntry[] = [
    ...QUARTERS.map((value) => ({ kind: 'quarter' as const, value })),
    ...VENUES.map((value) => ({ kind: 'venue' as const, value })),
    ...SKILLS.map((value) => ({ kind: 'skill' as const, value })),
  ];
  // Four at a time, not all at once: on a busy machine a fresh DynamoDB Local left the last of the
  // simultaneous puts waiting past their timeout (the four workers share one queue).
  const queue = entries.values();
  const worker = async () => {
    for (const entry of queue) await catalog.put(entry);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

/**
 * Demo data for the local platform, idempotent: the Wuppertal quarters, venues and skill
 * catalogue; five volunteers around Nordstadt (some with a safeguarding check, one without, one
 * speaking no Arabic, one without the homework skill) and one account per staff role; the
 * manager's quarters (Nordstadt, Ostersbaum) and the demo initiative with its member; Chadi
 * prefers English e-mails. With `history`, last quarter's work too (seed-history.ts).
 * Only what is missing is written: existing data (a profile a demo volunteer edited, a demo
 * account's password, groups, quarters or initiative an admin changed, a catalogue entry an
 * admin edited or retired) is left as it is.
 */
export async function seedDemo(
  config: PlatformConfig,
  now: Date = new Date(),
  options: { history?: boolean } = {},
): Promise<DemoAccount[]> {
  await seedCatalog(config);
  const db = createDocumentClient(config);
  const cognito = createCognitoClient(config);
  const staff = new StaffRepository(db, config.tableName);
  const profiles = new ProfileRepository(db, config.tableName);
  const checks = new SafeguardingRepository(db, config.tableName);
  const initiatives = new InitiativeRepository(db, config.tableName);
  const notificationSettings = new NotificationSettingsRepository(db, config.tableName);
  const ids = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS)
    ids.set(account.email, await ensureAccount(cognito, config.cognito.userPoolId, account));
  const id = (email: string) => ids.get(email) as string;

  // Nora's quarters and Ida's initiative only where they have none: an admin's changes stay.
  const managerId = id('nora.manager@example.org');
  await staff.putIfMissing({ userId: managerId, quarters: ['nordstadt', 'ostersbaum'] });
  const memberId = id('ida.initiative@example.org');
  if (!(await staff.get(memberId))) {
    const initiative =
      (await initiatives.list()).find((candidate) => candidate.name === DEMO_INITIATIVE) ??
      (await initiatives.create(DEMO_INITIATIVE, now));
    await staff.putIfMissing({ userId: memberId, quarters: [], initiativeId: initiative.initiativeId });
  }

  const today = berlinDate(now);
  for (const volunteer of DEMO_VOLUNTEERS) {
    const volunteerId = id(volunteer.email);
    await profiles.create(demoProfile(volunteer, volunteerId, now.toISOString())).catch((error: unknown) => {
      if (!(error instanceof AlreadyExistsError)) throw error;
    });
    if (volunteer.checked && !(await checks.get(volunteerId, now))) {
      const inspectedOn = addDays(today, -14);
      await checks.put({
        volunteerId,
        inspectedOn,
        issuedOn: addDays(today, -40),
        relevantConviction: false,
        inspectedBy: managerId,
        recordedAt: now.toISOString(),
        expiresAt: Math.floor(Date.parse(`${deletionDate(inspectedOn, undefined, 3)}T23:59:59Z`) / 1000),
      });
    }
    if (volunteer.mailLanguage) {
      // Version 0: only if they never saved settings themselves.
      await notificationSettings
        .save(volunteerId, { language: volunteer.mailLanguage, optOut: [] }, 0, now)
        .catch((error: unknown) => {
          if (!(error instanceof VersionConflictError)) throw error;
        });
    }
  }
  // Last quarter's work (npm start; tests that play their own scenario leave it out).
  if (options.history) await seedHistory(config, now, { manager: managerId, volunteer: id });
  return DEMO_ACCOUNTS;
}
