import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berlinDate, isCalendarDate, minutesOfDay } from './calendar.ts';

describe('calendar', () => {
  it('accepts exactly the dates that exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          expect(isCalendarDate(text)).toBe(real);
        },
      ),
    );
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('counts minutes of the day, 24:00 being the end', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('13:45')).toBe(825);
    expect(minutesOfDay('24:00')).toBe(1440);
  });

  it("gives Berlin's date, not UTC's, around midnight and across daylight-saving changes", () => {
    expect(berlinDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(berlinDate(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01');
    expect(berlinDate(new Date('2026-07-31T21:30:00Z'))).toBe('2026-07-31');
    expect(berlinDate(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
  });
});
