import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { configFromEnv } from '../../shared/config/env.ts';
import { consumeStatisticsEvents } from './consumer.ts';
import { createStatisticsDeps } from './wiring.ts';

const deps = createStatisticsDeps(configFromEnv(), () => new Date());

/** The table's stream, filtered to profiles, ledgers, safeguarding facts and needs (the event source mapping). */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event) =>
  consumeStatisticsEvents(event, deps),
);
