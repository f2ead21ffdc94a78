import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  forgetAt,
  lockoutSeconds,
  refund,
  reserve,
  type ThrottleRule,
  type ThrottleState,
} from './policy.ts';
import { THROTTLE_RULES } from './rules.ts';

const rule: ThrottleRule = { freeFailures: 3, baseSeconds: 30, capSeconds: 300, forgetAfterSeconds: 3600 };
const T0 = Date.UTC(2026, 10, 24, 10, 0, 0);

/** Fails `count` times in a row, waiting out each lockout; returns every lockout window seen. */
function failRepeatedly(count: number): { state: ThrottleState; windows: number[] } {
  let state = EMPTY_STATE;
  let now = T0;
  const windows: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = reserve(state, rule, now);
    if (!r.allowed) throw new Error('locked');
    state = r.next;
    if (state.lockedUntil > 0) {
      windows.push((state.lockedUntil - now) / 1000);
      now = state.lockedUntil;
    }
  }
  return { state, windows };
}

describe('lockoutSeconds', () => {
  it('is 0 for the free failures, then doubles from the base up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => lockoutSeconds(rule, n))).toEqual([
      0, 0, 0, 30, 60, 120, 240, 300, 300,
    ]);
    expect(lockoutSeconds(rule, 10_000)).toBe(300);
  });
});

describe('reserve', () => {
  it('counts each attempt in advance and locks once the free failures are used up', () => {
    const { state, windows } = failRepeatedly(7);
    expect(state.failures).toBe(7);
    expect(windows).toEqual([30, 60, 120, 240, 300]);
  });

  it('refuses every attempt while locked, with the seconds left, and does not count refused ones', () => {
    const locked = { failures: 3, lockedUntil: T0 + 30_000 };
    expect(reserve(locked, rule, T0)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(reserve(locked, rule, T0 + 29_001)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    const after = reserve(locked, rule, T0 + 30_000);
    expect(after).toEqual({ allowed: true, next: { failures: 4, lockedUntil: T0 + 30_000 + 60_000 } });
  });
});

describe('refund', () => {
  it('gives back an attempt, lifting a lockout the remaining failures do not earn', () => {
    expect(refund({ failures: 3, lockedUntil: T0 + 30_000 }, rule)).toEqual({ failures: 2, lockedUntil: 0 });
    expect(refund({ failures: 5, lockedUntil: T0 + 120_000 }, rule)).toEqual({
      failures: 4,
      lockedUntil: T0 + 120_000,
    });
    expect(refund(EMPTY_STATE, rule)).toEqual(EMPTY_STATE);
  });
});

describe('forgetAt', () => {
  it('forgets a quiet subject the configured time after now or after its lockout', () => {
    expect(forgetAt({ failures: 1, lockedUntil: 0 }, rule, T0)).toBe(T0 / 1000 + 3600);
    expect(forgetAt({ failures: 4, lockedUntil: T0 + 60_000 }, rule, T0)).toBe(T0 / 1000 + 60 + 3600);
  });
});

describe('THROTTLE_RULES', () => {
  it('are tighter per account than per client address, and every cap is reached by doubling', () => {
    for (const rules of Object.values(THROTTLE_RULES)) {
      expect(rules.account.freeFailures).toBeLessThan(rules.address.freeFailures);
      for (const r of [rules.account, rules.address]) {
        expect(r.freeFailures).toBeGreaterThan(0);
        expect(r.capSeconds).toBeGreaterThan(r.baseSeconds);
        expect(r.forgetAfterSeconds).toBeGreaterThanOrEqual(r.capSeconds);
      }
    }
  });
});
