import type { Services } from '../../shared/platform/services.ts';

/**
 * What this function's routes use: its handler wires exactly these. A volunteer's page only reads
 * the profile, so the profile reader (no erasure, no match service) serves it.
 */
export type ManageServices = Pick<
  Services,
  | 'calendarFeedUrls'
  | 'catalog'
  | 'clock'
  | 'config'
  | 'desk'
  | 'needs'
  | 'profileReader'
  | 'safeguarding'
  | 'sessions'
  | 'staff'
  | 'verifier'
>;
