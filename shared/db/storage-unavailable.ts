/**
 * The one place where "storage did not answer" becomes a domain error. A middleware on the
 * DynamoDB client's stack, at the `initialize` step: that step wraps the retry middleware, so it
 * sees only the final error, after the SDK's bounded retries. Timeouts, refused or reset
 * connections, 5xx answers and throttling that outlasted the retries become
 * {@link ServiceUnavailableError} (503 with Retry-After); conditional-check failures, cancelled
 * transactions and validation errors pass through untouched, for the repositories to translate.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DomainError, ServiceUnavailableError } from '../errors/index.ts';

/** The name clients see; the vendor stays internal. */
export const STORAGE_SERVICE = 'Storage';

/**
 * What the client is told to wait: DynamoDB Local restarts in 3–5 s; in AWS, throttling and
 * partition fail-overs clear within seconds.
 */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/** Error names (the SDK's `error.name`) that mean the service is slow, overloaded or failing. */
const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ThrottlingException',
  'Throttling',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  // A retried transaction (same ClientRequestToken) is still being applied: wait, then ask again.
  'TransactionInProgressException',
]);

/** Node's codes for a connection that could not be made or broke (`socket hang up` is ECONNRESET). */
const TRANSPORT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Cancellation reasons of a transaction that say "overloaded", not "a condition failed". */
const THROTTLED_REASONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: { Code?: string }[];
}

function isTransportFailure(error: SdkErrorShape, depth = 0): boolean {
  if (error.code !== undefined && TRANSPORT_CODES.has(error.code)) return true;
  if (error.message === 'socket hang up') return true;
  const cause = error.cause;
  return (
    depth < 5 && typeof cause === 'object' && cause !== null && isTransportFailure(cause as SdkErrorShape, depth + 1)
  );
}

/**
 * True when the transaction was cancelled only because DynamoDB was overloaded, or because another
 * transaction held one of its items at that moment (`TransactionConflict`, AWS only) — no
 * condition failed, nothing was written, and the same request can simply be sent again. A
 * repository that would rather re-read and decide at once finds the original error as the
 * `cause` (see `transactionCancellation` in ./conditional.ts).
 */
function isTransientTransaction(error: SdkErrorShape): boolean {
  if (error.name !== 'TransactionCanceledException') return false;
  const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
  const transient = codes.some((code) => THROTTLED_REASONS.has(code) || code === 'TransactionConflict');
  return transient && !codes.includes('ConditionalCheckFailed');
}

/**
 * The {@link ServiceUnavailableError} a storage error stands for, or undefined when it means
 * something the repositories decide (a failed condition, a bad request) or is not a storage error.
 */
export function storageUnavailable(error: unknown): ServiceUnavailableError | undefined {
  if (typeof error !== 'object' || error === null || error instanceof DomainError) return undefined;
  const shape = error as SdkErrorShape;
  const unavailable =
    (shape.name !== undefined && UNAVAILABLE_NAMES.has(shape.name)) ||
    isTransportFailure(shape) ||
    shape.$fault === 'server' ||
    (shape.$metadata?.httpStatusCode ?? 0) >= 500 ||
    isTransientTransaction(shape);
  return unavailable
    ? new ServiceUnavailableError(STORAGE_SERVICE, STORAGE_RETRY_AFTER_SECONDS, { cause: error })
    : undefined;
}

type Handler<Args, Output> = (args: Args) => Promise<Output>;

/** The middleware itself: rethrows the final error of a call, translated where it means "unavailable". */
export function translateStorageErrors<Args, Output>(next: Handler<Args, Output>): Handler<Args, Output> {
  return async (args) => {
    try {
      return await next(args);
    } catch (error) {
      throw storageUnavailable(error) ?? error;
    }
  };
}

/** Installs {@link translateStorageErrors} outermost on the client's stack (idempotent). */
export function installStorageErrorTranslation(client: Pick<DynamoDBClient, 'middlewareStack'>): void {
  const name = 'translateStorageErrors';
  client.middlewareStack.remove(name);
  client.middlewareStack.add(translateStorageErrors, { step: 'initialize', priority: 'high', name, override: true });
}
