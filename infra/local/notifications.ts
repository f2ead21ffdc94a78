import type { DynamoDBRecord } from 'aws-lambda';
import { consumeNotificationEvents } from '../../functions/notifications/consumer.ts';
import { createNotifierDeps, type NotifierWiring } from '../../functions/notifications/wiring.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import type { Clock } from '../../shared/platform/services.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { OutboxMailer } from './outbox-mailer.ts';
import { StreamPoller } from './stream-poller.ts';

export interface LocalNotificationsOptions {
  outboxFile: string;
  /** The origin the local server listens on (config.publicUrl is unset locally): links in the e-mails. */
  origin: string;
  clock?: Clock;
  /**
   * npm start: match and need events this much older than the clock are not mailed (see
   * {@link STALE_EVENT_MS}). Tests that move their clock on leave it unset.
   */
  skipEventsOlderThanMs?: number;
  /** Replacements for tests (e.g. a mailer that fails, settings kept in memory). */
  overrides?: Partial<NotifierWiring>;
}

/**
 * How old an event may be when the local notifier reads it and still be mailed. In AWS the stream
 * keeps a record 24 hours, so nothing older ever arrives; locally, the demo history (seed-history.ts)
 * is written on a clock months in the past, and its invitations and acceptances are no news to mail.
 */
export const STALE_EVENT_MS = 24 * 3600_000;

/** Whether a record is a match or need event that happened more than `maxAgeMs` before `now` (its `at`). */
export function isStaleEvent(record: DynamoDBRecord, now: Date, maxAgeMs: number): boolean {
  const image = record.dynamodb?.NewImage;
  const type = image?.type?.S;
  const at = image?.at?.S;
  if ((type !== 'MatchEvent' && type !== 'NeedEvent') || at === undefined) return false;
  return Date.parse(at) < now.getTime() - maxAgeMs;
}

/**
 * The notifications function on the local platform: a second poller on DynamoDB Local's stream
 * (the event source mapping's filter is the consumer's own check here), the outbox as mailer and
 * cognito-local as the user pool. Not started: `start()` polls on a timer, `drain()` catches up.
 */
export function createNotifications(config: PlatformConfig, options: LocalNotificationsOptions): StreamPoller {
  const clock = options.clock ?? (() => new Date());
  const deps = createNotifierDeps(config, {
    mailer: new OutboxMailer(options.outboxFile, clock),
    accounts: new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId),
    publicUrl: options.origin,
    clock,
    ...options.overrides,
  });
  const maxAge = options.skipEventsOlderThanMs;
  if (maxAge === undefined) return new StreamPoller(config, (event) => consumeNotificationEvents(event, deps));
  return new StreamPoller(config, (event) =>
    consumeNotificationEvents(
      { Records: event.Records.filter((record) => !isStaleEvent(record, clock(), maxAge)) },
      deps,
    ),
  );
}
