import { describe, expect, it } from 'vitest';
import { checkTargets, cpuRatioTarget, MAX_BUNDLE_BYTES } from './cold-import-targets.ts';

describe('issue 13 cold-start targets', () => {
  it('keeps 60 % of the filed excess: needs 3.77× → 2.66×', () => {
    expect(cpuRatioTarget('needs')).toBe(2.66);
    expect(cpuRatioTarget('volunteers')).toBe(2.55);
  });

  it('holds a split-off function to the figure of the function it came from', () => {
    expect(cpuRatioTarget('calendar')).toBe(cpuRatioTarget('needs'));
    expect(cpuRatioTarget('dashboard')).toBe(cpuRatioTarget('needs'));
  });

  it('refuses to judge a function with no filed figure and no origin', () => {
    expect(() => cpuRatioTarget('new-function')).toThrow(/SPLIT_FROM/);
  });

  it('meets a target at the limit and misses it just above', () => {
    expect(checkTargets('needs', MAX_BUNDLE_BYTES, 2.66)).toMatchObject({ bytesMet: true, cpuMet: true });
    expect(checkTargets('needs', MAX_BUNDLE_BYTES + 1, 2.67)).toMatchObject({ bytesMet: false, cpuMet: false });
  });
});
