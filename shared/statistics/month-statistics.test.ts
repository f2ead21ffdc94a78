import { describe, expect, it } from 'vitest';
import { medianBucket, monthStatistics } from './month-statistics.ts';

describe('a month’s statistics', () => {
  const attributes = {
    'minutes@2026-03-10T17:00': 600,
    'minutes@2026-03-17T17:00': 120,
    'due@2026-03-10T17:00': 6,
    'noShows@2026-03-10T17:00': 1,
    'active@2026-03-10T17:00': 5,
    'active@2026-03-17T17:00': 1,
    'activeLanguage:ar@2026-03-10T17:00': 3,
    posted: 4,
    'askedLanguage:ar': 2,
    'filled@2026-03-10T17:00': 1,
    'unfilled@2026-03-17T17:00': 1,
    'fillTime:day': 1,
    'fillTime:week': 2,
  };

  it('sums only what has ended at now, and never shows fewer than 5 people', () => {
    const at = monthStatistics('2026-03', attributes, new Date('2026-03-12T12:00:00Z'), 2);
    expect(at).toMatchObject({
      volunteersActive: { count: 5 },
      hoursGiven: 10,
      needsPosted: 4,
      needsFilled: 1,
      needsUnfilled: 0,
      noShows: { datesDue: 6, noShows: { suppressed: true } },
      languages: [{ code: 'ar', askedByNeeds: 2, activeVolunteers: { suppressed: true } }],
      checksDue: { suppressed: true },
      fillTime: { medianBucket: 'week' },
    });
    expect(at.noShows).not.toHaveProperty('rate');
    const later = monthStatistics('2026-03', attributes, new Date('2026-03-17T16:00:00Z'));
    expect(later).toMatchObject({ volunteersActive: { count: 6 }, hoursGiven: 12, needsUnfilled: 1 });
    expect(monthStatistics('2026-03', {}, new Date()).volunteersActive).toEqual({ count: 0 });
  });

  it('finds the median bucket from the histogram', () => {
    expect(medianBucket({ day: 0, threeDays: 0, week: 0, twoWeeks: 0, longer: 0 })).toBeUndefined();
    expect(medianBucket({ day: 2, threeDays: 1, week: 0, twoWeeks: 0, longer: 2 })).toBe('threeDays');
    expect(medianBucket({ day: 2, threeDays: 0, week: 0, twoWeeks: 0, longer: 2 })).toBe('day');
  });
});
