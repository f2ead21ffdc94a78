import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type AccountsServices = Pick<
  Services,
  | 'accountExistsNotices'
  | 'activity'
  | 'attempts'
  | 'catalog'
  | 'challenges'
  | 'clock'
  | 'config'
  | 'notificationSettings'
  | 'profileRepository'
  | 'sessions'
  | 'verifier'
>;
