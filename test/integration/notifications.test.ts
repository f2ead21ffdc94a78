import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { consumeNotificationEvents } from '../../functions/notifications/consumer.ts';
import type { NotifierDeps } from '../../functions/notifications/notifier.ts';
import { createNotifierDeps } from '../../functions/notifications/wiring.ts';
import { StreamPoller } from '../../infra/local/stream-poller.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import type { Mailer, MailMessage } from '../../shared/mail/mailer.ts';
import { DELIVERY_LEASE_MS, DeliveryRepository } from '../../shared/notifications/delivery-repository.ts';
import { type Notice, noticeKey } from '../../shared/notifications/notice.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { api, createAccount, ORIGIN, type TestAccount, type TestPlatform, testPlatform } from '../support/app.ts';
import { needInput, profileInput } from '../support/fixtures.ts';
import { MemorySettings } from '../support/notification-settings.ts';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

/** A fixed clock the tests move by hand. */
let now = new Date('2026-11-24T10:00:00Z');

/** Records every message; fails (once per entry) for the addresses listed in `failFor`. */
class RecordingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  readonly failFor = new Set<string>();
  async send(message: MailMessage): Promise<void> {
    if (this.failFor.delete(message.to)) throw new Error('SES unavailable');
    this.sent.push(message);
  }
  to(email: string) {
    return this.sent.filter((m) => m.to === email);
  }
}

describe('notifications from the table stream', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let otherManager: TestAccount;
  const mailer = new RecordingMailer();
  const settings = new MemorySettings();
  let deps: NotifierDeps;
  /** Every batch the notifier was handed, to deliver again. */
  let batches: DynamoDBStreamEvent[];
  let poller: StreamPoller;

  const volunteer = async (firstName: string) => {
    const account = await createAccount(platform.config, 'volunteer');
    const saved = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, profileInput({ firstName }));
    expect(saved.status).toBe(201);
    return account;
  };

  const postNeed = async (overrides: Record<string, unknown> = {}) => {
    const created = await json(
      await api(
        platform.app,
        'POST',
        '/api/needs',
        manager.accessToken,
        needInput({ involvesMinors: false, languages: [], requiredSkills: [], ...overrides }),
      ),
    );
    const published = await api(platform.app, 'POST', `/api/needs/${created.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    return (await json(published)) as Json;
  };

  const invite = async (needId: string, ...people: TestAccount[]) => {
    await platform.settle();
    const invited = await api(platform.app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, {
      volunteerIds: people.map((p) => p.userId),
    });
    expect(invited.status).toBe(200);
    expect((await json(invited)).matches.map((m: Json) => m.status)).toEqual(people.map(() => 'invited'));
  };

  const answer = async (needId: string, person: TestAccount, action: 'accept' | 'decline' | 'withdraw') =>
    expect((await api(platform.app, 'POST', `/api/needs/${needId}/me/${action}`, person.idToken)).status).toBe(200);

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    const db = createDocumentClient(platform.config);
    manager = await createAccount(platform.config, 'manager');
    otherManager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
    await new StaffRepository(db, platform.config.tableName).put({
      userId: otherManager.userId,
      quarters: ['ostersbaum'],
    });
    deps = createNotifierDeps(platform.config, {
      mailer,
      accounts: new CognitoAccountDirectory(createCognitoClient(platform.config), platform.config.cognito.userPoolId),
      publicUrl: ORIGIN,
      clock: () => now,
      settings,
    });
    poller = new StreamPoller(platform.config, async (event) => {
      batches.push(event);
      return consumeNotificationEvents(event, deps);
    });
  });

  beforeEach(() => {
    batches = [];
  });

  it('plays the chain: invitation to the volunteer in their language, acceptance and withdrawal to the managers', async () => {
    const amina = await volunteer('Amina');
    const chadi = await volunteer('Chadi');
    settings.set(chadi.userId, { language: 'en' });
    const need = await postNeed();

    await invite(need.needId, amina, chadi);
    await poller.drain();
    const [toAmina] = mailer.to(amina.email);
    expect(mailer.to(amina.email)).toHaveLength(1);
    expect(toAmina).toMatchObject({
      kind: 'invitation',
      language: 'de',
      id: expect.stringContaining(`#${amina.userId}`),
      unsubscribeUrl: undefined,
    });
    expect(toAmina?.text).toContain(`${ORIGIN}/dashboard/needs/${need.needId}`);
    expect(mailer.to(chadi.email)).toEqual([expect.objectContaining({ kind: 'invitation', language: 'en' })]);
    // The manager invited: nobody tells them about their own step.
    expect(mailer.to(manager.email)).toEqual([]);

    await answer(need.needId, amina, 'accept');
    await poller.drain();
    const [accepted] = mailer.to(manager.email);
    expect(accepted).toMatchObject({
      kind: 'invitationAccepted',
      language: 'de',
      unsubscribeUrl: `${ORIGIN}/unsubscribe?token=token-${manager.userId}&kind=invitationAccepted`,
    });
    expect(accepted?.text).toContain(`${ORIGIN}/manage/needs/${need.needId}`);
    expect(mailer.to(amina.email)).toHaveLength(1);
    // Only the managers of the need's quarter are told.
    expect(mailer.to(otherManager.email)).toEqual([]);

    await answer(need.needId, amina, 'withdraw');
    await poller.drain();
    expect(mailer.to(manager.email).map((m) => m.kind)).toEqual(['invitationAccepted', 'volunteerWithdrew']);
    expect(mailer.to(manager.email)[1]?.unsubscribeUrl).toBeUndefined();
  });

  it('sends nothing twice when a record is delivered twice or a batch is retried', async () => {
    const basel = await volunteer('Basel');
    const need = await postNeed();
    await invite(need.needId, basel);
    await poller.drain();
    expect(mailer.to(basel.email)).toHaveLength(1);
    const delivered = batches.flatMap((batch) => batch.Records);
    expect(delivered.length).toBeGreaterThan(0);

    // The whole batch again (a retried batch), and one record twice in the same batch.
    const again = await consumeNotificationEvents({ Records: delivered }, deps);
    const twice = await consumeNotificationEvents({ Records: [...delivered, ...delivered] }, deps);
    expect(again.batchItemFailures).toEqual([]);
    expect(twice.batchItemFailures).toEqual([]);
    expect(mailer.to(basel.email)).toHaveLength(1);
  });

  it('reports the earliest failed record, handles the others, and sends the failed one once on the retry', async () => {
    const [dana, emil] = [await volunteer('Dana'), await volunteer('Emil')];
    const [first, second] = [await postNeed({ title: 'Erste' }), await postNeed({ title: 'Zweite' })];
    await invite(first.needId, dana);
    await invite(second.needId, emil);
    // Read the records without handling them, as Lambda would hand them over.
    const records: DynamoDBStreamEvent['Records'] = [];
    const reader = new StreamPoller(platform.config, async (event) => {
      records.push(...event.Records);
      return { batchItemFailures: [] };
    });
    await reader.drain();
    await reader.stop();
    const invitations = records.filter(
      (r) => r.eventName === 'INSERT' && r.dynamodb?.NewImage?.action?.S === 'invite' && r.dynamodb.NewImage.needId?.S,
    );
    const ofNeed = (needId: string) => invitations.filter((r) => r.dynamodb?.NewImage?.needId?.S === needId);
    const batch = { Records: [...ofNeed(first.needId), ...ofNeed(second.needId)] };
    expect(batch.Records).toHaveLength(2);

    mailer.failFor.add(dana.email);
    const response = await consumeNotificationEvents(batch, deps);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: batch.Records[0]?.dynamodb?.SequenceNumber }]);
    // The record after the failed one was still handled.
    expect(mailer.to(emil.email)).toHaveLength(1);
    expect(mailer.to(dana.email)).toHaveLength(0);

    // Lambda retries from the failed record: the claim was released, so it is sent now, and only once.
    const retried = await consumeNotificationEvents(batch, deps);
    expect(retried.batchItemFailures).toEqual([]);
    expect(mailer.to(dana.email)).toHaveLength(1);
    expect(mailer.to(emil.email)).toHaveLength(1);
    await poller.drain();
    expect(mailer.to(dana.email)).toHaveLength(1);
    expect(mailer.to(emil.email)).toHaveLength(1);
  });

  it('leaves a notification another invocation is sending to the retry, and takes it over once its lease ran out', async () => {
    const farah = await volunteer('Farah');
    const need = await postNeed();
    await invite(need.needId, farah);
    const records: DynamoDBStreamEvent['Records'] = [];
    const reader = new StreamPoller(platform.config, async (event) => {
      records.push(...event.Records.filter((r) => r.dynamodb?.NewImage?.needId?.S === need.needId));
      return { batchItemFailures: [] };
    });
    await reader.drain();
    await reader.stop();
    const record = records.find((r) => r.eventName === 'INSERT' && r.dynamodb?.NewImage?.action?.S === 'invite');
    if (!record?.dynamodb?.NewImage) throw new Error('no invitation record');
    const eventKey = `${record.dynamodb.NewImage.PK?.S}#${record.dynamodb.NewImage.SK?.S}`;
    const deliveries = new DeliveryRepository(createDocumentClient(platform.config), platform.config.tableName);
    expect(await deliveries.claim(`${eventKey}#${farah.userId}`, now)).toMatchObject({ outcome: 'claimed' });

    const busy = await consumeNotificationEvents({ Records: [record] }, deps);
    expect(busy.batchItemFailures).toEqual([{ itemIdentifier: record.dynamodb.SequenceNumber }]);
    expect(mailer.to(farah.email)).toEqual([]);

    const before = now;
    now = new Date(now.getTime() + DELIVERY_LEASE_MS + 1000);
    try {
      expect((await consumeNotificationEvents({ Records: [record] }, deps)).batchItemFailures).toEqual([]);
      expect(mailer.to(farah.email)).toHaveLength(1);
    } finally {
      now = before;
    }
  });

  it('skips optional kinds a person switched off, and sends notices only while they still hold', async () => {
    const ghazal = await volunteer('Ghazal');
    const need = await postNeed();
    await invite(need.needId, ghazal);
    await answer(need.needId, ghazal, 'accept');
    settings.set(manager.userId, { optOut: ['invitationAccepted', 'needShortOfPeople'] });
    await poller.drain();
    const managerMails = mailer.to(manager.email).length;
    expect(mailer.to(manager.email).filter((m) => m.text.includes(need.needId))).toEqual([]);

    const db = createDocumentClient(platform.config);
    const fire = (notice: Omit<Notice, 'firedAt'>) =>
      db.send(
        new PutCommand({
          TableName: platform.config.tableName,
          Item: { ...noticeKey(notice), type: 'Notice', ...notice, firedAt: now.toISOString() },
        }),
      );
    await fire({ kind: 'reminder', needId: need.needId, volunteerId: ghazal.userId, date: '2026-12-01' });
    // Not a date of the need (a Wednesday): nothing.
    await fire({ kind: 'reminder', needId: need.needId, volunteerId: ghazal.userId, date: '2026-12-02' });
    await fire({ kind: 'needShortOfPeople', needId: need.needId, date: '2026-12-01' });
    await poller.drain();
    expect(mailer.to(ghazal.email).map((m) => [m.kind, m.language])).toEqual([
      ['invitation', 'de'],
      ['reminder', 'de'],
    ]);
    expect(mailer.to(manager.email)).toHaveLength(managerMails);

    settings.set(manager.userId, { optOut: [] });
    await fire({ kind: 'needShortOfPeople', needId: need.needId, date: '2026-12-08' });
    await poller.drain();
    expect(mailer.to(manager.email).slice(managerMails)).toEqual([
      expect.objectContaining({
        kind: 'needShortOfPeople',
        unsubscribeUrl: expect.stringContaining('kind=needShortOfPeople'),
      }),
    ]);
  });
});
