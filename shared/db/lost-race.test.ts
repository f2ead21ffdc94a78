import { describe, expect, it } from 'vitest';
import { lostRaceDelayMs } from './lost-race.ts';

describe('lostRaceDelayMs', () => {
  it('spreads retries over a window that doubles per attempt, up to the cap', () => {
    const highest = (attempt: number) => lostRaceDelayMs(attempt, () => 0.999_999);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(highest)).toEqual([19, 39, 79, 159, 319, 319, 319, 319]);
    expect(lostRaceDelayMs(3, () => 0)).toBe(0);
    expect(lostRaceDelayMs(2, () => 0.5)).toBe(40);
  });

  it('waits at most about 1.6 s over eight attempts', () => {
    const total = [0, 1, 2, 3, 4, 5, 6, 7].reduce((sum, attempt) => sum + lostRaceDelayMs(attempt, () => 0.999_999), 0);
    expect(total).toBe(1_572);
  });
});
