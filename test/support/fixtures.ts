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

/**
 * A valid need input: weekly homework help in Nordstadt's Alte Feuerwache on Tuesday afternoons,
 * for Arabic speakers, December to February. Tests override what they are about.
 */
export const needInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Hausaufgabenhilfe',
  description: 'Grundschulkinder',
  quarterId: 'nordstadt',
  venueId: 'alte-feuerwache',
  schedule: {
    kind: 'weekly',
    weekday: 'tue',
    start: '15:00',
    end: '17:00',
    firstDate: '2026-12-01',
    lastDate: '2027-02-23',
  },
  places: 2,
  requiredSkills: ['homework-help'],
  niceToHaveSkills: [],
  languages: ['ar'],
  involvesMinors: false,
  ...overrides,
});
