import { CONSENT } from '../../shared/volunteers/consent.ts';

/**
 * A valid volunteer profile input: an Arabic-speaking homework helper in Nordstadt, free on
 * Tuesday afternoons. Tests override what they are about.
 */
export const profileInput = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Vol',
  lastName: 'Unteer',
  languages: [{ code: 'ar', level: 'native' }],
  skills: ['homework-help'],
  quarters: ['nordstadt'],
  weeklySlots: [{ weekday: 'tue', start: '14:00', end: '18:00' }],
  availableFrom: '2026-11-01',
  blackouts: [],
  maxHoursPerMonth: 20,
  consent: { version: CONSENT.version, accepted: true },
  ...overrides,
});
