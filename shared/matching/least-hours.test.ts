import { describe, expect, it } from 'vitest';
import { firstCapExcess } from './availability.ts';
import { datesRequired, leastBusiestMonthMinutes } from './least-hours.ts';
import { upcomingOccurrences } from './occurrences.ts';

const weekly = { kind: 'weekly' as const, weekday: 'sat' as const, start: '14:00', end: '17:00' };

describe('the fewest hours a need asks of anyone in their busiest month', () => {
  it('spreads the required dates over the months as evenly as their dates allow', () => {
    // 5 Dec – 30 Jan: 4 Saturdays in December, 5 in January; 75 % of 9 → 7 dates: 3 + 4 at best.
    const dates = upcomingOccurrences({ ...weekly, firstDate: '2026-12-05', lastDate: '2027-01-30' }, '2026-11-24');
    expect(dates).toHaveLength(9);
    expect(datesRequired({ minSharePercent: 75 }, dates)).toBe(7);
    expect(leastBusiestMonthMinutes(dates, 7)).toBe(4 * 180);
    expect(leastBusiestMonthMinutes(dates, 9)).toBe(5 * 180);
    expect(leastBusiestMonthMinutes(dates, 1)).toBe(180);
    // Nothing to narrow when fewer dates remain than are required.
    expect(leastBusiestMonthMinutes(dates, 10)).toBe(0);
    expect(leastBusiestMonthMinutes([], 1)).toBe(0);
  });

  it('is a true floor: any choice of the required dates exceeds a cap below it in some month', () => {
    const dates = upcomingOccurrences({ ...weekly, firstDate: '2026-12-05', lastDate: '2027-03-27' }, '2026-11-24');
    const required = datesRequired({ minSharePercent: 75 }, dates);
    const floor = leastBusiestMonthMinutes(dates, required);
    // Every way of leaving out (total − required) dates: here 4 of 17.
    const total = dates.length;
    let checked = 0;
    for (let mask = 0; mask < 1 << total; mask++) {
      let bits = 0;
      for (let i = 0; i < total; i++) if (mask & (1 << i)) bits++;
      if (bits !== total - required) continue;
      const coming = dates.filter((_, i) => !(mask & (1 << i)));
      checked++;
      expect(firstCapExcess(Math.ceil(floor / 60) - 1, [], coming)).toBeDefined();
    }
    expect(checked).toBeGreaterThan(1000);
    // And the floor itself is reachable: someone with that cap can come.
    expect(floor).toBe(4 * 180);
  });
});
