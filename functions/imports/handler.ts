import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { configFromEnv } from '../../shared/config/env.ts';
import { consumeImportEvents } from './consumer.ts';
import { createImportJob } from './wiring.ts';

const job = createImportJob(configFromEnv());

/**
 * The table's stream, filtered to import records turning `queued` (the event source mapping),
 * one at a time. The job's lease lasts as long as this invocation may.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event, context) =>
  consumeImportEvents(event, {
    job,
    clock: () => new Date(),
    deadline: (now) => new Date(now.getTime() + context.getRemainingTimeInMillis()),
  }),
);
