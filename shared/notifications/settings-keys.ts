import { randomBytes } from 'node:crypto';
import { TABLE } from '../db/table.ts';

/** A person's notification preferences: `USER#<sub>` / `NOTIFICATIONS`. */
export const settingsKey = (userId: string) => ({
  [TABLE.partitionKey]: `USER#${userId}`,
  [TABLE.sortKey]: 'NOTIFICATIONS',
});

/** The lookup from an unsubscribe link's secret to its person: `UNSUBSCRIBE#<token>` / `UNSUBSCRIBE`. */
export const unsubscribeKey = (token: string) => ({
  [TABLE.partitionKey]: `UNSUBSCRIBE#${token}`,
  [TABLE.sortKey]: 'UNSUBSCRIBE',
});

/** 256 random bits, base64url without padding: 43 characters, safe in a URL as is. */
export const newUnsubscribeToken = (): string => randomBytes(32).toString('base64url');

/** The shape of a token we issue; anything else is unknown without asking storage. */
export const isUnsubscribeTokenShape = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
