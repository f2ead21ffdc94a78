import { describe, expect, it } from 'vitest';
import { activityIndexKeys, monthsBefore, monthsBetween } from './activity-keys.ts';

describe('activity keys', () => {
  it('file a sign-in under its month, sorted by time', () => {
    expect(activityIndexKeys('u1', '2026-11-30T23:59:59.000Z')).toEqual({
      GSI1PK: 'ACTIVITY#2026-11',
      GSI1SK: '2026-11-30T23:59:59.000Z#u1',
    });
  });

  it('count months back by the calendar, clamping the day', () => {
    expect(monthsBefore(new Date('2027-11-15T03:15:00Z'), 12).toISOString()).toBe('2026-11-15T03:15:00.000Z');
    expect(monthsBefore(new Date('2028-03-31T10:00:00Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(monthsBefore(new Date('2026-01-31T00:00:00Z'), -24).toISOString()).toBe('2028-01-31T00:00:00.000Z');
  });

  it('list the months between two, across a year', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
  });
});
