import { describe, expect, it } from 'vitest';
import { firstCapExcess } from './availability.ts';
import { doneHoursByMonth, doneOccurrences, hasEnded, hoursThisMonth } from './done-hours.ts';
import { recentHours, scoreItems } from './score.ts';
import type { Candidate, Commitment, MatchingNeed } from './types.ts';

// Tuesday 8 December 2026, 17:30 in Berlin (CET, UTC+1).
const NOW = new Date('2026-12-08T16:30:00Z');
const at = (hours: number) => hours * 60;

/** Homework help on Tuesdays 15:00–17:00, committed from 1 to 22 December. */
function homework(overrides: Partial<Commitment> = {}): Commitment {
  return {
    needId: 'need-homework',
    venueId: 'venue-1',
    status: 'accepted',
    occurrences: ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'].map((date) => ({
      date,
      start: at(15),
      end: at(17),
    })),
    ...overrides,
  };
}

function candidate(commitments: Commitment[], maxHoursPerMonth = 20): Candidate {
  return {
    profile: {
      volunteerId: 'v1',
      firstName: 'Amina',
      paused: false,
      consentVersion: 'c',
      quarters: 'all',
      skills: [],
      languages: [],
      weeklySlots: [],
      availableFrom: '2026-01-01',
      blackouts: [],
      maxHoursPerMonth,
    },
    commitments,
  };
}

const reading: MatchingNeed = {
  needId: 'need-reading',
  quarterId: 'nordstadt',
  venueId: 'venue-1',
  schedule: { kind: 'once', date: '2026-12-19', start: '10:00', end: '12:00' },
  requiredSkills: [],
  niceToHaveSkills: [],
  languages: [],
  involvesMinors: false,
  minSharePercent: 100,
};

const continuityOf = (c: Candidate, need: MatchingNeed, now: Date) =>
  scoreItems(c, need, now, { total: 1, absences: [] }).find((item) => item.criterion === 'continuity');

describe('done occurrences: ended, and not marked as no-show', () => {
  it('counts an occurrence as done from the end of its time window (Berlin), not from its date', () => {
    // Prepare: today's occurrence ends at 17:00 Berlin = 16:00Z.
    const today = { date: '2026-12-08', start: at(15), end: at(17) };
    // Act / Assess
    expect(hasEnded(today, new Date('2026-12-08T15:59:00Z'))).toBe(false);
    expect(hasEnded(today, new Date('2026-12-08T16:00:00Z'))).toBe(true);
    expect(hasEnded({ ...today, date: '2026-12-07' }, new Date('2026-12-08T00:00:00Z'))).toBe(true);
    expect(hasEnded({ ...today, date: '2026-12-09' }, NOW)).toBe(false);
  });

  it('judges summer dates on their own clock (CEST, UTC+2)', () => {
    const summer = { date: '2026-07-07', start: at(15), end: at(17) };
    expect(hasEnded(summer, new Date('2026-07-07T14:59:00Z'))).toBe(false);
    expect(hasEnded(summer, new Date('2026-07-07T15:00:00Z'))).toBe(true);
  });

  it('lists the ended dates except the no-shows, and their hours per month', () => {
    // Prepare: 1 December marked as no-show; 8 December ended at 17:00; 15 and 22 still ahead.
    const commitment = homework({ noShows: ['2026-12-01'] });
    // Act
    const done = doneOccurrences(commitment, NOW).map((o) => o.date);
    const byMonth = doneHoursByMonth([commitment], NOW);
    // Assess
    expect(done).toEqual(['2026-12-08']);
    expect(byMonth.get('2026-12')).toBe(2);
  });

  it("tells the month's hours done and counted for the cap", () => {
    // Prepare
    const commitments = [homework({ noShows: ['2026-12-01'] })];
    // Act
    const month = hoursThisMonth(commitments, NOW);
    // Assess: done 8 Dec; counted 8, 15, 22 Dec (not the no-show).
    expect(month).toEqual({ month: '2026-12', done: 2, counted: 6 });
  });
});

describe('continuity is earned by help done, not by a booking', () => {
  it('gives no "has helped here" for a commitment at the venue still ahead', () => {
    // Prepare: a booking at the venue from 15 December on, nothing done yet.
    const booked = homework({
      occurrences: [{ date: '2026-12-15', start: at(15), end: at(17) }],
    });
    // Act
    const continuity = continuityOf(candidate([booked]), reading, NOW);
    // Assess
    expect(continuity).toEqual({ criterion: 'continuity', points: 0, basis: 'none' });
  });

  it('gives it once one date has been done, and not for a date marked as no-show', () => {
    // Prepare
    const came = homework();
    const missed = homework({ occurrences: [{ date: '2026-12-01', start: at(15), end: at(17) }] });
    // Act
    const afterCame = continuityOf(candidate([came]), reading, NOW);
    const afterNoShow = continuityOf(candidate([{ ...missed, noShows: ['2026-12-01'] }]), reading, NOW);
    // Assess
    expect(afterCame).toMatchObject({ basis: 'same_venue', points: 10 });
    expect(afterNoShow).toMatchObject({ basis: 'none', points: 0 });
  });
});

describe('fair spread counts hours done in the last 30 days', () => {
  it('ignores an occurrence of today that has not ended yet', () => {
    // Prepare: only today's date, 15:00–17:00.
    const today = homework({ occurrences: [{ date: '2026-12-08', start: at(15), end: at(17) }] });
    // Act
    const during = recentHours(candidate([today]), new Date('2026-12-08T15:00:00Z'));
    const after = recentHours(candidate([today]), new Date('2026-12-08T16:00:00Z'));
    // Assess
    expect(during).toBe(0);
    expect(after).toBe(2);
  });

  it('does not count a no-show', () => {
    const commitment = homework({ noShows: ['2026-12-01', '2026-12-08'] });
    expect(recentHours(candidate([commitment]), NOW)).toBe(0);
  });
});

describe('hour cap', () => {
  it("no longer counts a no-show's hours: the person did not come", () => {
    // Prepare: 4 × 2 hours committed in December, a cap of 10; another 4 hours asked for.
    const asked = [{ date: '2026-12-19', start: at(10), end: at(14) }];
    const committed = homework();
    const oneMissed = homework({ noShows: ['2026-12-01'] });
    // Act
    const before = firstCapExcess(10, [committed], asked);
    const after = firstCapExcess(10, [oneMissed], asked);
    // Assess: 8 + 4 = 12 over the cap; without the no-show 6 + 4 = 10 fits.
    expect(before).toEqual({ month: '2026-12', hours: 12, cap: 10 });
    expect(after).toBeUndefined();
  });

  it('still counts the dates ahead and the dates done', () => {
    // 8 December done, 15 and 22 ahead: 6 hours, and 5 asked for.
    const asked = [{ date: '2026-12-19', start: at(10), end: at(15) }];
    expect(firstCapExcess(10, [homework({ noShows: ['2026-12-01'] })], asked)).toEqual({
      month: '2026-12',
      hours: 11,
      cap: 10,
    });
  });
});
