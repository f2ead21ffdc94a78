import { consumeTableEvents } from '../../functions/table-events/consumer.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { type Clock, createServices } from '../../shared/platform/services.ts';
import { StreamPoller } from './stream-poller.ts';

/**
 * The table-events function on the local platform: DynamoDB Local's stream, polled, feeding the
 * same consumer the Lambda runs. Not started: call `start()` to poll on a timer (npm start) or
 * `drain()` to catch up once (tests, seeding).
 */
export function createTableEvents(config: PlatformConfig, clock?: Clock): StreamPoller {
  const services = createServices(config, clock);
  return new StreamPoller(config, (event) => consumeTableEvents(event, services));
}
