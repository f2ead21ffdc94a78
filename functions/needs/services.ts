import type { ManagerSide } from '../../shared/matches/manager-matches.ts';
import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type NeedsServices = Pick<
  Services,
  'catalog' | 'clock' | 'config' | 'needContacts' | 'needs' | 'sessions' | 'staff' | 'verifier'
> & { matches: ManagerSide };
