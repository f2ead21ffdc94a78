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
  /** Replacements for tests (e.g. a mailer that fails, settings kept in memory). */
  overrides?: Partial<NotifierWiring>;
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
  return new StreamPoller(config, (event) => consumeNotificationEvents(event, deps));
}
