import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type DashboardServices = Pick<
  Services,
  'accounts' | 'catalog' | 'clock' | 'config' | 'matches' | 'needs' | 'profiles' | 'sessions' | 'staff' | 'verifier'
>;
