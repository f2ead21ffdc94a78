import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { configFromEnv } from '../../shared/config/env.ts';
import { createServices } from '../../shared/platform/services.ts';
import { consumeTableEvents } from './consumer.ts';

const services = createServices(configFromEnv());

/** The table's stream (filtered to profiles and safeguarding facts by the event source mapping). */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event) =>
  consumeTableEvents(event, services),
);
