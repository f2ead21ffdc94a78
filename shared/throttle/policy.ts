/**
 * The throttling policy, pure: attempt counts → how long to wait. A few failures are free; after
 * that every further failure doubles the lockout window, up to a cap. A quiet period forgets
 * everything. "Now" is passed in.
 */
export interface ThrottleRule {
  /** Failures allowed before the first lockout. */
  freeFailures: number;
  /** The first lockout window; each further failure doubles it. */
  baseSeconds: number;
  /** The longest lockout window. */
  capSeconds: number;
  /** After this long without a new failure (counted from the end of any lockout), the count starts afresh. */
  forgetAfterSeconds: number;
}

/** What is stored per throttled subject (an account or a client address, per action). */
export interface ThrottleState {
  failures: number;
  /** Epoch milliseconds; 0 when not locked. */
  lockedUntil: number;
}

export const EMPTY_STATE: ThrottleState = { failures: 0, lockedUntil: 0 };

/** The lockout window after `failures` failures, in seconds (0 while failures are free). */
export function lockoutSeconds(rule: ThrottleRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = failures - rule.freeFailures;
  // 2^doublings overflows nothing relevant: the cap is reached long before.
  return Math.min(rule.capSeconds, rule.baseSeconds * 2 ** Math.min(doublings, 30));
}

export type Reservation = { allowed: true; next: ThrottleState } | { allowed: false; retryAfterSeconds: number };

/**
 * An attempt is about to be made. Refused while locked; otherwise it is counted as a failure in
 * advance (so concurrent attempts cannot all slip past the limit before their results are in),
 * and the lockout that failure would cause starts now. A success or a non-failure gives it back.
 */
export function reserve(state: ThrottleState, rule: ThrottleRule, nowMs: number): Reservation {
  if (state.lockedUntil > nowMs) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((state.lockedUntil - nowMs) / 1000)) };
  }
  const failures = state.failures + 1;
  const wait = lockoutSeconds(rule, failures);
  return { allowed: true, next: { failures, lockedUntil: wait > 0 ? nowMs + wait * 1000 : 0 } };
}

/**
 * Gives back a reserved attempt that was not a failure (e.g. the account is not confirmed, or the
 * identity provider was down). A lockout stays only if the remaining failures earn one.
 */
export function refund(state: ThrottleState, rule: ThrottleRule): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { failures, lockedUntil: lockoutSeconds(rule, failures) > 0 ? state.lockedUntil : 0 };
}

/** When the stored state may be forgotten (epoch seconds, the item's TTL). */
export function forgetAt(state: ThrottleState, rule: ThrottleRule, nowMs: number): number {
  return Math.ceil(Math.max(state.lockedUntil, nowMs) / 1000) + rule.forgetAfterSeconds;
}
