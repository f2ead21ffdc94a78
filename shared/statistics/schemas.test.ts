import { describe, expect, it } from 'vitest';
import { StatisticsQuery } from './schemas.ts';
import { MAX_MONTHS, monthsBetween } from './statistics-service.ts';

const issues = (query: Record<string, string>) => {
  const result = StatisticsQuery.safeParse(query);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('a statistics period', () => {
  it('lists its months across a year end, both ends included', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-11', '2026-11')).toEqual(['2026-11']);
  });

  it(`takes up to ${MAX_MONTHS} months, from not after to, and names the field otherwise`, () => {
    expect(issues({ quarter: 'nordstadt', from: '2025-01', to: '2026-12' })).toEqual([]);
    expect(issues({ quarter: 'nordstadt', from: '2024-12', to: '2026-12' })).toEqual(['to']);
    expect(issues({ quarter: 'nordstadt', from: '2026-12', to: '2026-11' })).toEqual(['to']);
    expect(issues({ quarter: 'nordstadt', from: '2026-00', to: '2026-11' })).toEqual(['from']);
    expect(issues({ quarter: 'nordstadt', from: '2026-01', to: '2026-11', extra: '1' })).toEqual(['']);
  });
});
