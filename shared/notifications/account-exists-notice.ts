import { createHash } from 'node:crypto';
import { TABLE } from '../db/table.ts';

/**
 * The owner of an address must be told that someone tried to sign up with it: written by the
 * accounts function (one conditional Put, the same for every caller), read from the stream by the
 * notifier, which looks up the owner's language and sends the mail. The sign-up answer so never
 * waits for the mail, and a known address costs the request no more than a new one.
 * `PK = ACCOUNT_EXISTS#<sha256 of the address>#<window>`, `SK = ACCOUNT_EXISTS`, type `AccountExistsNotice`.
 */
export interface AccountExistsNotice {
  /** The address as typed at sign-up; removed by the notifier once the mail is out. */
  email?: string | undefined;
  /** When the sign-up was tried (ISO). */
  requestedAt: string;
}

export const ACCOUNT_EXISTS_SORT_KEY = 'ACCOUNT_EXISTS';

/**
 * At most one notice per address in this span: repeated sign-ups (besides the per-account
 * throttle on sending mail) do not flood the owner's mailbox.
 */
export const ACCOUNT_EXISTS_WINDOW_SECONDS = 15 * 60;

/**
 * The item's lifetime: the stream gives up a record after 6 hours (the table stream consumer's
 * maximum record age), so the address is never needed longer; the key outlives its window.
 */
export const ACCOUNT_EXISTS_TTL_SECONDS = 6 * 3600;

const addressHash = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

/** The notice's key for this address in the window that holds `now` (case and spaces do not make a new one). */
export function accountExistsKey(email: string, now: Date) {
  const window = Math.floor(now.getTime() / 1000 / ACCOUNT_EXISTS_WINDOW_SECONDS) * ACCOUNT_EXISTS_WINDOW_SECONDS;
  return {
    [TABLE.partitionKey]: `ACCOUNT_EXISTS#${addressHash(email)}#${window}`,
    [TABLE.sortKey]: ACCOUNT_EXISTS_SORT_KEY,
  };
}
