/**
 * Retries for DynamoDB Local: the SDK's standard rules (only transient errors and throttling, a
 * bounded number of attempts, jittered exponential back-off) without its client-wide retry quota.
 *
 * The quota (500 tokens, 14 a retry, refilled by one per success) protects a struggling AWS
 * service from retry storms. Against DynamoDB Local on a busy machine it does harm: when the JVM
 * stalls, every call in flight times out (or is answered 503) at once, the first 35 take the
 * quota, and all others fail after a single attempt — a flaky test, not a real outage. Errors
 * that mean something else (a failed condition, a bad request) are never retried here either, and
 * an engine that stays down still fails every call after its attempts.
 */

/** The SDK's retry token and error info (RetryStrategyV2 in @smithy/types), as far as used here. */
interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}
interface RetryErrorInfo {
  errorType: 'TRANSIENT' | 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR';
}

/** Back-off bases as the SDK's standard mode: 50 ms for transient errors, 1 s for throttling. */
const BASE_DELAY_MS = { TRANSIENT: 50, THROTTLING: 1_000 } as const;
const MAX_DELAY_MS = 20_000;

const token = (retryCount: number, retryDelay: number): RetryToken => ({
  getRetryCount: () => retryCount,
  getRetryDelay: () => retryDelay,
});

/** A RetryStrategyV2 for the local clients: at most `maxAttempts` attempts a call, no shared quota. */
export function localRetryStrategy(maxAttempts: number) {
  return {
    mode: 'standard',
    acquireInitialRetryToken: async () => token(0, 0),
    refreshRetryTokenForRetry: async (previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> => {
      const retryCount = previous.getRetryCount() + 1;
      if (retryCount >= maxAttempts || (info.errorType !== 'TRANSIENT' && info.errorType !== 'THROTTLING')) {
        // The SDK rethrows the call's own error when no token is given.
        throw new Error('No retry token available');
      }
      const ceiling = Math.min(BASE_DELAY_MS[info.errorType] * 2 ** (retryCount - 1), MAX_DELAY_MS);
      return token(retryCount, Math.floor(Math.random() * ceiling));
    },
    recordSuccess: () => undefined,
  };
}
