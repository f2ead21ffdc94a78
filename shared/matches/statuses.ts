/**
 * Every state a match can be in. Its own module, apart from the zod schemas (./schemas.ts), so
 * code that needs only the list (the lifecycle, the pages' labels) does not bundle and build them.
 */
export const MATCH_STATUSES = [
  'invited',
  'offered',
  'accepted',
  'declined',
  'withdrawn',
  'completed',
  'no_show',
  'cancelled',
  'expired',
  /** An invitation or offer left open when the need filled: ended for the volunteer, not by them. */
  'closed',
] as const;
