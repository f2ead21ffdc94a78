import { consumeTableEvents } from '../../functions/table-events/consumer.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { createCandidateProjector } from '../../shared/platform/candidate-projection.ts';
import type { Clock } from '../../shared/platform/services.ts';
import { StreamPoller } from './stream-poller.ts';

/**
 * The table-events function on the local platform: DynamoDB Local's stream, polled, feeding the
 * same consumer (built as the Lambda's handler builds it). Not started: call `start()` to poll on
 * a timer (npm start) or `drain()` to catch up once (tests, seeding).
 */
export function createTableEvents(config: PlatformConfig, clock: Clock = () => new Date()): StreamPoller {
  const deps = { candidateProjector: createCandidateProjector(config, createDocumentClient(config)), clock };
  return new StreamPoller(config, (event) => consumeTableEvents(event, deps));
}
