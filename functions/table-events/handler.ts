import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { configFromEnv } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { createCandidateProjector } from '../../shared/platform/candidate-projection.ts';
import { consumeTableEvents } from './consumer.ts';

const config = configFromEnv();
const deps = {
  candidateProjector: createCandidateProjector(config, createDocumentClient(config)),
  clock: () => new Date(),
};

/** The table's stream (filtered to profiles and safeguarding facts by the event source mapping). */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event) =>
  consumeTableEvents(event, deps),
);
