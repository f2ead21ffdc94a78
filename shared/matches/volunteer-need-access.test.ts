import { describe, expect, it } from 'vitest';
import { volunteerMaySee } from './volunteer-need-access.ts';

const need = (status: 'open' | 'filled' | 'draft' | 'cancelled', quarterId = 'nordstadt') => ({ status, quarterId });

describe('volunteerMaySee', () => {
  it('shows an open need of one of their quarters, or of any when they help everywhere', () => {
    expect(volunteerMaySee({ need: need('open'), quarters: ['nordstadt'], involved: false })).toBe(true);
    expect(volunteerMaySee({ need: need('open'), quarters: 'all', involved: false })).toBe(true);
  });

  it('hides an open need of another quarter, and every need from someone without a profile', () => {
    expect(volunteerMaySee({ need: need('open'), quarters: ['ostersbaum'], involved: false })).toBe(false);
    expect(volunteerMaySee({ need: need('open'), quarters: undefined, involved: false })).toBe(false);
  });

  it('hides a need that is not open unless the volunteer has a match with it', () => {
    for (const status of ['filled', 'draft', 'cancelled'] as const) {
      expect(volunteerMaySee({ need: need(status), quarters: 'all', involved: false })).toBe(false);
      expect(volunteerMaySee({ need: need(status, 'hoehe'), quarters: ['nordstadt'], involved: true })).toBe(true);
    }
  });
});
