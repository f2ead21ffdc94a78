import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type StaffServices = Pick<
  Services,
  'audit' | 'catalog' | 'clock' | 'config' | 'initiativeRepository' | 'sessions' | 'staff' | 'verifier'
>;
