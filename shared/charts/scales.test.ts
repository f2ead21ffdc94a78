import { describe, expect, it } from 'vitest';
import { categoryScale, valueScale } from './scales.ts';

describe('valueScale', () => {
  it('ends the axis on a round number above the largest value, with round ticks', () => {
    const scale = valueScale([12, 87, 143], [0, 200]);
    expect(scale.ticks(4)).toEqual([0, 50, 100, 150]);
    expect(scale.at(0)).toBe(0);
    expect(scale.at(150)).toBe(200);
    expect(scale.at(75)).toBe(100);
  });

  it('keeps zero on the axis for negative values and gives all-zero data an axis to 1', () => {
    const scale = valueScale([-20, 40], [0, 120]);
    expect(scale.at(-20)).toBe(0);
    expect(scale.at(40)).toBe(120);
    expect(valueScale([0, 0], [0, 100]).at(1)).toBe(100);
  });

  it('maps onto an inverted range (SVG y grows downwards)', () => {
    const scale = valueScale([10], [200, 0]);
    expect(scale.at(0)).toBe(200);
    expect(scale.at(10)).toBe(0);
  });
});

describe('categoryScale', () => {
  it('places categories in the middle of equal steps', () => {
    const at = categoryScale(4, [0, 400]);
    expect([0, 1, 2, 3].map(at)).toEqual([50, 150, 250, 350]);
  });
});
