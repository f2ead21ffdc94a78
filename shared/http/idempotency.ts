import type { Context } from 'hono';

/** The client's idempotency key for a create request (see idFor in shared/db/ids.ts). */
export function idempotencyKey(c: Context): string | undefined {
  return c.req.header('idempotency-key') || undefined;
}
