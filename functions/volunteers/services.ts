import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type VolunteersServices = Pick<
  Services,
  'calendarFeeds' | 'catalog' | 'clock' | 'config' | 'desk' | 'profiles' | 'safeguarding' | 'sessions' | 'verifier'
>;
