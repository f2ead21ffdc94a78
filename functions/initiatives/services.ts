import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type InitiativesServices = Pick<
  Services,
  'catalog' | 'clock' | 'config' | 'initiatives' | 'sessions' | 'staff' | 'verifier'
>;
