import type { VolunteerSide } from '../../shared/matches/volunteer-matches.ts';
import type { Services } from '../../shared/platform/services.ts';

/**
 * What this function's routes use: its handler wires exactly these. The volunteer's own profile
 * and the open needs of their quarters are read as stored (no rules apply to one's own), so the
 * profile and need services, with their rules and writes, stay out of this bundle.
 */
export type DashboardServices = Pick<
  Services,
  | 'accounts'
  | 'catalog'
  | 'clock'
  | 'config'
  | 'needRepository'
  | 'profileRepository'
  | 'sessions'
  | 'staff'
  | 'verifier'
> & { matches: VolunteerSide };
