import { consumeImportEvents } from '../../functions/imports/consumer.ts';
import { createImportJob } from '../../functions/imports/wiring.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import type { CognitoPace } from '../../shared/imports/call-pace.ts';
import type { Clock } from '../../shared/platform/services.ts';
import { StreamPoller } from './stream-poller.ts';

/** As long as the Lambda may run (its timeout, infra/stack.ts): the job's lease. */
const LOCAL_JOB_MINUTES = 15;

/**
 * The import job on the local platform: a poller on DynamoDB Local's stream feeding the same
 * consumer. Not started: `start()` polls on a timer, `drain()` catches up once (tests).
 */
export function createImports(
  config: PlatformConfig,
  clock: Clock = () => new Date(),
  pace?: CognitoPace,
): StreamPoller {
  const job = createImportJob(config, pace);
  return new StreamPoller(config, (event) =>
    consumeImportEvents(event, {
      job,
      clock,
      deadline: (now) => new Date(now.getTime() + LOCAL_JOB_MINUTES * 60_000),
    }),
  );
}
