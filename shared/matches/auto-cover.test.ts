import { describe, expect, it } from 'vitest';
import { type AutoCoverInput, planAutoCover } from './auto-cover.ts';
import { AMINA_ABSENT_15, aMatchOf, aSeries, NOW } from './test-support/cover-fixtures.ts';

const D15 = '2026-12-15';
const RANKED = ['basel', 'chadi', 'darya'];

function input(overrides: Partial<AutoCoverInput> = {}): AutoCoverInput {
  return {
    need: aSeries(),
    matches: [AMINA_ABSENT_15],
    now: NOW,
    cutoffHours: 12,
    ranked: { series: [], dates: { [D15]: RANKED } },
    ...overrides,
  };
}

describe('automatic cover: which invitations the waiting list sends', () => {
  it('sends nothing when automatic cover is off', () => {
    // Prepare
    const need = aSeries({ autoCover: { mode: 'off' } });
    // Act
    const invitations = planAutoCover(input({ need }));
    // Assess
    expect(invitations).toEqual([]);
  });

  it('invites the best proposal for the date with a gap, one at a time', () => {
    // Prepare: Amina is absent on 15 December, every other date is filled.
    // Act
    const invitations = planAutoCover(input());
    // Assess
    expect(invitations).toEqual([{ volunteerId: 'basel', date: D15 }]);
  });

  it('waits while an invitation for the date is out', () => {
    // Prepare
    const out = aMatchOf('basel', 'invited', { date: D15 });
    // Act
    const invitations = planAutoCover(input({ matches: [AMINA_ABSENT_15, out] }));
    // Assess
    expect(invitations).toEqual([]);
  });

  it('moves on after a decline, a withdrawal or an expiry, and never asks them again for that date', () => {
    for (const gone of [
      aMatchOf('basel', 'declined', { date: D15 }),
      aMatchOf('basel', 'withdrawn', { date: D15 }),
      aMatchOf('basel', 'invited', { date: D15, inviteExpiresAt: '2026-12-01T06:00:00.000Z' }),
    ]) {
      // Prepare: Basel was asked and said no (or let it lapse).
      // Act
      const invitations = planAutoCover(input({ matches: [AMINA_ABSENT_15, gone] }));
      // Assess
      expect(invitations, gone.status).toEqual([{ volunteerId: 'chadi', date: D15 }]);
    }
  });

  it('stops once the date is filled', () => {
    // Prepare
    const covered = aMatchOf('chadi', 'accepted', { date: D15 });
    // Act
    const invitations = planAutoCover(input({ matches: [AMINA_ABSENT_15, covered] }));
    // Assess
    expect(invitations).toEqual([]);
  });

  it('sends a batch at once, topped up to the batch size', () => {
    // Prepare
    const need = aSeries({ autoCover: { mode: 'batch', batchSize: 2 } });
    const declined = aMatchOf('basel', 'declined', { date: D15 });
    // Act
    const first = planAutoCover(input({ need }));
    const topUp = planAutoCover(
      input({ need, matches: [AMINA_ABSENT_15, declined, aMatchOf('chadi', 'invited', { date: D15 })] }),
    );
    // Assess
    expect(first).toEqual([
      { volunteerId: 'basel', date: D15 },
      { volunteerId: 'chadi', date: D15 },
    ]);
    expect(topUp).toEqual([{ volunteerId: 'darya', date: D15 }]);
  });

  it('asks nobody for a date closer than the cutoff to its start', () => {
    // Prepare: the gap is on 15 December; it is 15 December, 04:00 Berlin (the date starts at 15:00).
    const now = new Date('2026-12-15T03:00:00Z');
    // Act
    const within = planAutoCover(input({ now, cutoffHours: 12 }));
    const outside = planAutoCover(input({ now, cutoffHours: 10 }));
    // Assess
    expect(within).toEqual([]);
    expect(outside).toEqual([{ volunteerId: 'basel', date: D15 }]);
  });

  it('never asks a member of the series to cover one of its dates', () => {
    // Prepare: Amina herself ranks first for the date she said she cannot come to.
    // Act
    const invitations = planAutoCover(input({ ranked: { series: [], dates: { [D15]: ['amina', ...RANKED] } } }));
    // Assess
    expect(invitations).toEqual([{ volunteerId: 'basel', date: D15 }]);
  });

  it('refills a reopened place of the series from its own list, and covers dates only once that list is exhausted', () => {
    // Prepare: the need filled once; its member withdrew, so the place is open again on every date.
    const need = aSeries({ status: 'open', acceptedCount: 0, fillRound: 1 });
    const left = aMatchOf('amina', 'withdrawn');
    // Act
    const refill = planAutoCover(input({ need, matches: [left], ranked: { series: ['chadi'], dates: {} } }));
    const exhausted = planAutoCover(
      input({
        need,
        matches: [left, aMatchOf('chadi', 'declined')],
        ranked: { series: ['chadi'], dates: { '2026-12-08': ['darya'], [D15]: ['darya'] } },
      }),
    );
    // Assess
    expect(refill).toEqual([{ volunteerId: 'chadi' }]);
    // Chadi declined the series and nobody else can take it: each date ahead is covered on its own.
    expect(exhausted).toEqual([
      { volunteerId: 'darya', date: '2026-12-08' },
      { volunteerId: 'darya', date: D15 },
    ]);
  });

  it('sends nothing for a need that is closed or cancelled', () => {
    for (const status of ['closed', 'cancelled', 'draft'] as const) {
      expect(planAutoCover(input({ need: aSeries({ status }) })), status).toEqual([]);
    }
  });
});
