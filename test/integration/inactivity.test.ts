/**
 * The inactivity job with a fixed clock against DynamoDB Local and cognito-local: a reminder after
 * 12 months without sign-in (exactly once, however often the job runs), erasure after 24 months
 * for volunteers only, and interrupted erasures finished from their marker.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInactivityJob } from '../../functions/inactive-accounts/job.ts';
import { localServiceExtras } from '../../infra/local/service-extras.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { ServiceUnavailableError } from '../../shared/errors/index.ts';
import { createServices, type Services } from '../../shared/platform/services.ts';
import { DEFAULT_INACTIVITY } from '../../shared/privacy/inactivity-settings.ts';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { profileInput } from '../support/fixtures.ts';
import { readOutbox } from '../support/platform.ts';

let now = new Date('2026-11-02T09:00:00Z');

describe('inactive accounts', () => {
  let platform: TestPlatform;
  let services: Services;
  const people: Record<'idle' | 'staff' | 'recent' | 'returning', TestAccount | undefined> = {
    idle: undefined,
    staff: undefined,
    recent: undefined,
    returning: undefined,
  };
  const job = () => createInactivityJob(services, DEFAULT_INACTIVITY);
  const signIn = async (account: TestAccount) => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const reminders = () => readOutbox(platform.outboxFile).filter((entry) => entry.kind === 'InactivityReminder');
  const remindersTo = (account: TestAccount | undefined) =>
    reminders().filter((entry) => entry.to === account?.email).length;
  const activityMonth = async (month: string) => {
    const page = await createDocumentClient(platform.config).send(
      new QueryCommand({
        TableName: platform.config.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `ACTIVITY#${month}` },
      }),
    );
    return (page.Items ?? []).map((item) => item.userId as string);
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    services = createServices(
      platform.config,
      () => now,
      localServiceExtras(platform.config, platform.outboxFile, () => now),
    );
    people.idle = await createAccount(platform.config, 'volunteer');
    people.staff = await createAccount(platform.config, 'manager');
    people.recent = await createAccount(platform.config, 'volunteer');
    people.returning = await createAccount(platform.config, 'volunteer');
    for (const account of [people.idle, people.staff, people.returning]) await signIn(account as TestAccount);
    const saved = await api(platform.app, 'PUT', '/api/volunteers/me', people.idle?.idToken, profileInput());
    expect(saved.status).toBe(201);
    now = new Date('2027-06-15T08:00:00Z');
    await signIn(people.returning as TestAccount);
    // An API sign-in counts as well.
    const apiSignIn = await api(platform.app, 'POST', '/api/auth/signin', undefined, {
      email: people.recent?.email,
      password: people.recent?.password,
    });
    expect(apiSignIn.status).toBe(200);
  });

  it('files each account under the month of its last sign-in, moving it when they sign in again', async () => {
    expect((await activityMonth('2026-11')).sort()).toEqual(
      [people.idle?.userId, people.staff?.userId].sort() as string[],
    );
    expect((await activityMonth('2027-06')).sort()).toEqual(
      [people.returning?.userId, people.recent?.userId].sort() as string[],
    );
  });

  it('reminds after 12 months exactly once, even when runs overlap or repeat', async () => {
    now = new Date('2027-11-01T03:15:00Z');
    expect((await job().run(now)).reminded).toEqual([]);
    now = new Date('2027-11-03T03:15:00Z');
    // Overlapping runs: every run sees the due list as read before anyone reminded (one shared
    // snapshot), so only the conditional 'reminded' marker can keep the e-mail to one.
    const read = services.activity.lastSignedInBefore.bind(services.activity);
    const snapshot = new Map<string, ReturnType<typeof read>>();
    services.activity.lastSignedInBefore = (month, before) => {
      const key = `${month} ${before}`;
      if (!snapshot.has(key)) snapshot.set(key, read(month, before));
      return snapshot.get(key) as ReturnType<typeof read>;
    };
    let overlapping: Awaited<ReturnType<ReturnType<typeof job>['run']>>[];
    try {
      overlapping = [await job().run(now), ...(await Promise.all([job().run(now), job().run(now)]))];
    } finally {
      services.activity.lastSignedInBefore = read;
    }
    expect(overlapping.flatMap((run) => run.reminded).sort()).toEqual(
      [people.idle?.userId, people.staff?.userId].sort() as string[],
    );
    now = new Date('2027-11-04T03:15:00Z');
    expect(await job().run(now)).toMatchObject({ reminded: [], erased: [], failed: [] });
    expect(remindersTo(people.idle)).toBe(1);
    expect(remindersTo(people.staff)).toBe(1);
    expect(remindersTo(people.returning)).toBe(0);
    const text = reminders().find((entry) => entry.to === people.idle?.email)?.body ?? '';
    expect(text).toContain('12 Monaten');
    expect(text).toContain('02.11.2028');
  });

  it('sends no reminder when the e-mail fails, and tries again next time', async () => {
    now = new Date('2028-06-16T03:15:00Z');
    const original = services.mailer.send;
    services.mailer.send = async () => {
      throw new ServiceUnavailableError('E-mail');
    };
    try {
      const failed = await job().run(now);
      expect(failed.failed.sort()).toEqual([people.recent?.userId, people.returning?.userId].sort() as string[]);
    } finally {
      services.mailer.send = original;
    }
    expect(remindersTo(people.returning)).toBe(0);
    const retried = await job().run(now);
    expect(retried.reminded.sort()).toEqual([people.recent?.userId, people.returning?.userId].sort() as string[]);
  });

  it('erases volunteers after 24 months, never staff accounts, and does it once', async () => {
    now = new Date('2028-11-03T03:15:00Z');
    const run = await job().run(now);
    expect(run).toMatchObject({ erased: [people.idle?.userId], failed: [] });
    expect(await services.accounts.get(people.idle?.userId as string)).toBeUndefined();
    expect(
      await services.profiles.own({ userId: people.idle?.userId as string, roles: ['volunteer'] }),
    ).toBeUndefined();
    expect(await services.accounts.get(people.staff?.userId as string)).toMatchObject({ email: people.staff?.email });
    expect(await job().run(now)).toMatchObject({ erased: [], reminded: [], failed: [] });
    expect(await activityMonth('2026-11')).toEqual([people.staff?.userId]);
  });

  it('finishes an interrupted erasure from its marker', async () => {
    const person = await createAccount(platform.config, 'volunteer');
    expect((await api(platform.app, 'PUT', '/api/volunteers/me', person.idToken, profileInput())).status).toBe(201);
    const original = services.accounts.delete;
    services.accounts.delete = async () => {
      throw new ServiceUnavailableError('User pool');
    };
    try {
      await expect(services.privacy.erase(person.userId, 'self', now)).rejects.toBeInstanceOf(ServiceUnavailableError);
    } finally {
      services.accounts.delete = original;
    }
    // Data gone, Cognito user still there, and the marker remembers.
    expect(await services.profiles.own({ userId: person.userId, roles: ['volunteer'] })).toBeUndefined();
    expect(await services.accounts.get(person.userId)).toBeDefined();
    expect((await services.privacy.pendingErasures()).map((r) => r.userId)).toEqual([person.userId]);
    // Too fresh to be resumed (it may still be running in a request) …
    expect((await job().run(now)).resumed).toEqual([]);
    // … an hour later the job finishes it.
    now = new Date(now.getTime() + 2 * 3600_000);
    expect((await job().run(now)).resumed).toEqual([person.userId]);
    expect(await services.accounts.get(person.userId)).toBeUndefined();
    expect(await services.privacy.pendingErasures()).toEqual([]);
  });
});
