import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PlatformConfig } from '../config/env.ts';
import { localRetryStrategy } from './local-retry.ts';
import { installStorageErrorTranslation } from './storage-unavailable.ts';

/**
 * How long one storage call may take. A Lambda has 10 s (infra/constructs/node-function.ts), and
 * without limits the SDK waits as long as a stalled connection stays open. DynamoDB answers a
 * single-item call in milliseconds and a transaction or a 1 MB query page well under a second,
 * so 2 s per attempt means trouble, not load. Worst case of one call: 3 attempts × 2 s plus the
 * SDK's back-off between them (≤ 50 ms, then ≤ 100 ms; ≤ 1 s, then ≤ 2 s when throttled, whose
 * answers come fast) ≈ 6.2 s, which leaves the function more than 3 s to answer 503 before
 * Lambda kills it. Connecting gets 1 s: a VPC or in-region connect takes milliseconds.
 * `throwOnRequestTimeout` makes the request timeout an error (without it the SDK only warns).
 */
export const STORAGE_CALL_LIMITS = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true },
} as const;

/**
 * DynamoDB Local is a JVM on a developer's machine: cold, or on a busy 2-core machine running the
 * test suite, single calls took more than 2 s. It gets 5 s per attempt and one retry, so a stall
 * still ends within ≈ 10 s; a stopped engine is refused at once on loopback.
 */
export const LOCAL_STORAGE_CALL_LIMITS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000, throwOnRequestTimeout: true },
} as const;

/** Region, endpoint, credentials and call limits for a DynamoDB (or DynamoDB Streams) client of the platform. */
export function storageClientConfig(config: Pick<PlatformConfig, 'region' | 'dynamoEndpoint' | 'dynamoAccessKeyId'>) {
  const local = config.dynamoEndpoint !== undefined;
  const limits = local ? LOCAL_STORAGE_CALL_LIMITS : STORAGE_CALL_LIMITS;
  return {
    region: config.region,
    maxAttempts: limits.maxAttempts,
    requestHandler: { ...limits.requestHandler },
    ...(local && {
      endpoint: config.dynamoEndpoint,
      credentials: { accessKeyId: config.dynamoAccessKeyId ?? 'local', secretAccessKey: 'local' },
      // Without the SDK's retry quota: a stalled engine times out every call in flight at once (local-retry.ts).
      retryStrategy: localRetryStrategy(limits.maxAttempts),
    }),
  };
}

/**
 * The document client every repository uses; local endpoints get dummy credentials. Storage that
 * does not answer in time surfaces as ServiceUnavailableError (see storage-unavailable.ts).
 */
export function createDocumentClient(config: PlatformConfig): DynamoDBDocumentClient {
  const client = new DynamoDBClient(storageClientConfig(config));
  installStorageErrorTranslation(client);
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
