import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { logger } from '../logging/logger.ts';

/**
 * The key read to open the first connection. Every key the platform writes starts with a name in
 * capitals (`NEED#…`, `VOLUNTEER#…`, docs/access-patterns.md), never with `#`: the read finds
 * nothing and costs the least a read can (0.5 RCU).
 */
export const PRIME_KEY = { PK: '#PRIME', SK: '#PRIME' } as const;

/** Longer than a healthy connect and read (milliseconds in a region), far inside the init phase's 10 s. */
export const PRIME_TIMEOUT_MS = 1_500;

/**
 * Whether this process is a Lambda execution environment: the runtime sets
 * `AWS_LAMBDA_INITIALIZATION_TYPE` (on-demand, provisioned-concurrency, snap-start) there and
 * nowhere else, so the local platform, the tests and the bundle benchmark never prime.
 */
export const runsInLambda = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.AWS_LAMBDA_INITIALIZATION_TYPE !== undefined;

/**
 * Opens the storage connection during the Lambda init phase, whose CPU is boosted: resolving the
 * credentials, the endpoint, signing, the TLS handshake and the first run of the SDK's request
 * path then happen before the first request instead of within it, at the function's slower share
 * of a vCPU. One eventually consistent GetItem of a key no item has. Never throws: a failed prime
 * leaves the first request to connect, as without it.
 */
export async function primeStorage(db: DynamoDBDocumentClient, tableName: string): Promise<void> {
  try {
    await db.send(new GetCommand({ TableName: tableName, Key: { ...PRIME_KEY } }), {
      abortSignal: AbortSignal.timeout(PRIME_TIMEOUT_MS),
    });
  } catch (error) {
    // The domain error's stable code when the client translated it (storage-unavailable.ts), else the SDK's name.
    const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
    logger.warn('storage prime failed', { error: String(typeof code === 'string' ? code : name) });
  }
}

/**
 * Primes a function's document client when it runs in Lambda; a no-op elsewhere. Awaited at the
 * top level of a handler module, so the init phase, not the first request, waits for it.
 */
export async function primeInLambda(wired: {
  db: DynamoDBDocumentClient;
  config: { tableName: string };
}): Promise<void> {
  if (runsInLambda()) await primeStorage(wired.db, wired.config.tableName);
}
