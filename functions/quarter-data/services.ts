import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type QuarterDataServices = Pick<
  Services,
  'catalog' | 'clock' | 'config' | 'exportReads' | 'imports' | 'sessions' | 'staff' | 'statistics' | 'verifier'
>;
