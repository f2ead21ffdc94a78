import { describe, expect, it } from 'vitest';
import { occurrences } from '../matching/occurrences.ts';
import { weeklyRule } from './recurrence.ts';

describe('weeklyRule', () => {
  it('covers a whole weekly schedule without exceptions, from its first weekday', () => {
    const dates = occurrences({
      kind: 'weekly',
      weekday: 'tue',
      start: '15:00',
      end: '17:00',
      firstDate: '2026-11-29',
      lastDate: '2027-01-01',
    }).map((o) => o.date);
    expect(weeklyRule(dates)).toEqual({ first: '2026-12-01', until: '2026-12-29', exceptions: [] });
  });

  it('names every date in the range that does not happen', () => {
    expect(weeklyRule(['2026-12-01', '2026-12-22', '2026-12-08'])).toEqual({
      first: '2026-12-01',
      until: '2026-12-22',
      exceptions: ['2026-12-15'],
    });
  });

  it('refuses dates on different weekdays and an empty list', () => {
    expect(() => weeklyRule(['2026-12-01', '2026-12-09'])).toThrow(/same weekday/);
    expect(() => weeklyRule([])).toThrow(/at least one date/);
  });
});
