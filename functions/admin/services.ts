import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type AdminServices = Pick<
  Services,
  | 'audit'
  | 'catalog'
  | 'catalogRepository'
  | 'clock'
  | 'config'
  | 'initiatives'
  | 'needReader'
  | 'profileReader'
  | 'safeguarding'
  | 'sessions'
  | 'verifier'
>;
