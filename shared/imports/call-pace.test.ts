import { describe, expect, it } from 'vitest';
import { CallPace } from './call-pace.ts';

describe('call pace', () => {
  it('lets the first call go at once and spaces the following ones, however many wait at once', async () => {
    let now = 1000;
    const waits: number[] = [];
    const pace = new CallPace(
      4,
      () => now,
      async (ms) => {
        waits.push(ms);
      },
    );
    await Promise.all([pace.slot(), pace.slot(), pace.slot()]);
    expect(waits).toEqual([250, 500]);
    now += 2000; // idle long enough: no wait
    await pace.slot();
    expect(waits).toEqual([250, 500]);
  });
});
