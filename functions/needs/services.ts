import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type NeedsServices = Pick<
  Services,
  'catalog' | 'clock' | 'config' | 'matches' | 'needContacts' | 'needs' | 'sessions' | 'staff' | 'verifier'
>;
