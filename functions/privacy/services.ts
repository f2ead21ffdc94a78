import type { Services } from '../../shared/platform/services.ts';

/** What this function's routes use: its handler wires exactly these. */
export type PrivacyServices = Pick<Services, 'clock' | 'config' | 'privacy' | 'sessions' | 'verifier'>;
