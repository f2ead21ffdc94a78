import { describe, expect, it } from 'vitest';
import { storedNeed } from '../../test/support/fixtures.ts';
import type { RosterMatch } from '../matches/roster.ts';
import { mondayOf, touchesWeek, weekDates, weekStart } from './week.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const need = storedNeed({ needId: 'n1', places: 2 });
const accepted: RosterMatch = { volunteerId: 'v1', firstName: 'Amina', status: 'accepted' };

describe('week view', () => {
  it('starts on the Monday of the Berlin week', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    // 23:30 UTC on Sunday is already Monday in Berlin.
    expect(weekStart(undefined, new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(weekStart('2026-12-07', NOW)).toBe('2026-12-07');
  });

  it('takes published needs with a date in the week, not drafts or other weeks', () => {
    expect(touchesWeek(need, '2026-11-30')).toBe(true);
    expect(touchesWeek(need, '2026-11-23')).toBe(false);
    expect(touchesWeek(storedNeed({ status: 'draft' }), '2026-11-30')).toBe(false);
    expect(touchesWeek(storedNeed({ status: 'cancelled' }), '2026-11-30')).toBe(false);
  });

  it('counts filled and open places per date and offers cover for a gap ahead', () => {
    const absent: RosterMatch = {
      ...accepted,
      volunteerId: 'v2',
      firstName: 'Chadi',
      absences: [{ date: '2026-12-01', kind: 'declared' }],
    };
    const [date] = weekDates([{ need, matches: [accepted, absent] }], '2026-11-30', NOW);
    expect(date).toMatchObject({ date: '2026-12-01', needId: 'n1', places: 2, filled: 1, open: 1, coverable: true });
    const full = weekDates([{ need, matches: [accepted, { ...absent, absences: [] }] }], '2026-11-30', NOW);
    expect(full[0]).toMatchObject({ filled: 2, open: 0, coverable: false });
    const over = weekDates([{ need, matches: [] }], '2026-11-30', new Date('2026-12-01T17:00:00Z'));
    expect(over[0]?.coverable).toBe(false);
  });
});
