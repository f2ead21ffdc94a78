import type { Need } from '../../needs/schemas.ts';
import type { Match, MatchStatus } from '../schemas.ts';

// Tuesday 1 December 2026, 08:00 in Berlin (CET, UTC+1).
export const NOW = new Date('2026-12-01T07:00:00Z');

/** Weekly on Tuesdays 15:00–17:00, 1 to 22 December (1, 8, 15, 22), one place, full. */
export function aSeries(overrides: Partial<Need> = {}): Need {
  return {
    needId: 'n1',
    title: 'Hausaufgabenhilfe',
    description: '',
    quarterId: 'nordstadt',
    venueId: 'nordstadt-treff',
    schedule: {
      kind: 'weekly',
      weekday: 'tue',
      start: '15:00',
      end: '17:00',
      firstDate: '2026-12-01',
      lastDate: '2026-12-22',
    },
    places: 1,
    requiredSkills: [],
    niceToHaveSkills: [],
    languages: [],
    involvesMinors: false,
    status: 'filled',
    acceptedCount: 1,
    fillRound: 1,
    rosterVersion: 4,
    initiativeIds: [],
    version: 1,
    createdBy: 'm1',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    autoCover: { mode: 'one' },
    ...overrides,
  };
}

/** A match with the series (no date) or, with `date`, a cover match. */
export function aMatchOf(volunteerId: string, status: MatchStatus, overrides: Partial<Match> = {}): Match {
  const need = aSeries();
  return {
    needId: need.needId,
    volunteerId,
    status,
    firstName: volunteerId,
    languages: [],
    needTitle: need.title,
    quarterId: need.quarterId,
    venueId: need.venueId,
    schedule: need.schedule,
    version: 1,
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    ...(status === 'invited' && { inviteExpiresAt: '2026-12-03T07:00:00.000Z' }),
    ...overrides,
  };
}

/** Amina comes to the series, but not on 15 December: that date has a gap. */
export const AMINA_ABSENT_15 = aMatchOf('amina', 'accepted', {
  dates: ['2026-12-01', '2026-12-08', '2026-12-22'],
  absences: [{ date: '2026-12-15', kind: 'declared', at: '2026-11-25T10:00:00.000Z' }],
});
