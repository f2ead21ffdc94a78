import type { Need } from '../../needs/schemas.ts';
import type { Match, MatchStatus } from '../schemas.ts';

/** Tuesdays 15:00–17:00 from 1 December 2026 to 23 March 2027: 17 dates. */
export const SERIES_17: Need['schedule'] = {
  kind: 'weekly',
  weekday: 'tue',
  start: '15:00',
  end: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-03-23',
};

/** Tuesdays 15:00–17:00 from 1 to 22 December 2026: 4 dates. */
export const DECEMBER_TUESDAYS: Need['schedule'] = {
  kind: 'weekly',
  weekday: 'tue',
  start: '15:00',
  end: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2026-12-22',
};

/** An open weekly need of 17 dates with two places (fixtures for unit tests). */
export function seriesNeed(overrides: Partial<Need> = {}): Need {
  return {
    needId: 'n1',
    title: 'Hausaufgabenhilfe',
    description: '',
    quarterId: 'nordstadt',
    venueId: 'nordstadt-treff',
    schedule: SERIES_17,
    places: 2,
    requiredSkills: [],
    niceToHaveSkills: [],
    languages: [],
    involvesMinors: false,
    status: 'open',
    acceptedCount: 0,
    initiativeIds: [],
    version: 1,
    createdBy: 'm1',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A match of `seriesNeed()` (volunteer v1, Amina). */
export function seriesMatch(status: MatchStatus, overrides: Partial<Match> = {}): Match {
  const need = seriesNeed();
  return {
    needId: need.needId,
    volunteerId: 'v1',
    status,
    firstName: 'Amina',
    languages: [],
    needTitle: need.title,
    quarterId: need.quarterId,
    venueId: need.venueId,
    schedule: need.schedule,
    version: 3,
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    ...(status === 'invited' && { inviteExpiresAt: '2026-12-01T10:00:00.000Z' }),
    ...overrides,
  };
}
