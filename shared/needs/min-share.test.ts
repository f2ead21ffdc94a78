import { describe, expect, it } from 'vitest';
import { minShareOf } from './min-share.ts';
import { NeedInput } from './schemas.ts';

const weekly = {
  kind: 'weekly' as const,
  weekday: 'tue' as const,
  start: '15:00',
  end: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-03-23',
};
const once = { kind: 'once' as const, date: '2026-12-01', start: '15:00', end: '17:00' };

describe('minShareOf', () => {
  it('gives a weekly need its share, 75 % when it has none (stored needs from before the field)', () => {
    expect(minShareOf({ schedule: weekly, minSharePercent: 90 })).toBe(90);
    expect(minShareOf({ schedule: weekly })).toBe(75);
  });

  it('gives a one-off need 100 %, whatever it carries', () => {
    expect(minShareOf({ schedule: once, minSharePercent: 50 })).toBe(100);
    expect(minShareOf({ schedule: once })).toBe(100);
  });

  it('accepts whole percents from 1 to 100 in the need input, and no field at all', () => {
    const input = (minSharePercent?: unknown) => ({
      title: 'Hausaufgabenhilfe',
      description: '',
      quarterId: 'nordstadt',
      venueId: 'alte-feuerwache',
      schedule: weekly,
      places: 2,
      requiredSkills: [],
      niceToHaveSkills: [],
      languages: [],
      involvesMinors: false,
      ...(minSharePercent !== undefined && { minSharePercent }),
    });
    for (const ok of [undefined, 1, 75, 100]) expect(NeedInput.safeParse(input(ok)).success).toBe(true);
    for (const bad of [0, 101, 7.5, '75']) expect(NeedInput.safeParse(input(bad)).success).toBe(false);
  });
});
