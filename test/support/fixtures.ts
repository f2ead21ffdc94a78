import type { Need, NeedInput } from '../../shared/needs/schemas.ts';
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

/**
 * A stored need made from {@link needInput}: open, one of two places taken, version 3. Unit
 * tests (templates, events, feeds) override what they are about.
 */
export const storedNeed = (overrides: Partial<Need> = {}): Need => ({
  ...(needInput() as NeedInput),
  needId: 'n1',
  status: 'open',
  acceptedCount: 1,
  initiativeIds: [],
  version: 3,
  createdBy: 'm1',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});
