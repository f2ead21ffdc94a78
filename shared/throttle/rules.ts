import type { ThrottleRule } from './policy.ts';

/**
 * What is throttled: password guessing (sign-in and the new-password step), code guessing
 * (confirmation and reset codes: 6 digits), and sending mail on request (sign-up, forgot
 * password: mail-bombing a stranger's address).
 */
export type ThrottledAction = 'password' | 'code' | 'send';
export type ThrottleScope = 'account' | 'address';

const DAY = 86_400;

/**
 * Per account (the e-mail address) the limits are tight; per client address looser, because many
 * people can share one address (a school, a refugee shelter's Wi-Fi).
 */
export const THROTTLE_RULES: Readonly<Record<ThrottledAction, Readonly<Record<ThrottleScope, ThrottleRule>>>> = {
  password: {
    account: { freeFailures: 5, baseSeconds: 30, capSeconds: 15 * 60, forgetAfterSeconds: DAY },
    address: { freeFailures: 20, baseSeconds: 30, capSeconds: 15 * 60, forgetAfterSeconds: DAY },
  },
  code: {
    account: { freeFailures: 5, baseSeconds: 60, capSeconds: 60 * 60, forgetAfterSeconds: DAY },
    address: { freeFailures: 20, baseSeconds: 60, capSeconds: 60 * 60, forgetAfterSeconds: DAY },
  },
  send: {
    account: { freeFailures: 3, baseSeconds: 60, capSeconds: 60 * 60, forgetAfterSeconds: DAY },
    address: { freeFailures: 10, baseSeconds: 60, capSeconds: 60 * 60, forgetAfterSeconds: DAY },
  },
};
