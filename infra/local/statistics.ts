import { consumeStatisticsEvents } from '../../functions/statistics/consumer.ts';
import { createStatisticsDeps } from '../../functions/statistics/wiring.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import type { Clock } from '../../shared/platform/services.ts';
import { StreamPoller } from './stream-poller.ts';

/**
 * The statistics function on the local platform: a poller on DynamoDB Local's stream feeding the
 * same consumer. Not started: `start()` polls on a timer, `drain()` catches up once.
 */
export function createStatistics(config: PlatformConfig, clock: Clock = () => new Date()): StreamPoller {
  const deps = createStatisticsDeps(config, clock);
  return new StreamPoller(config, (event) => consumeStatisticsEvents(event, deps));
}
