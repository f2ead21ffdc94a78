import { describe, expect, it } from 'vitest';
import { futureInspection } from './inspection-date.ts';
import { SafeguardingInput } from './schemas.ts';

describe('futureInspection', () => {
  it('refuses a date after today, and only that', () => {
    expect(futureInspection('2026-12-02', '2026-12-01')).toEqual([
      expect.objectContaining({ path: 'inspectedOn', code: 'in_future' }),
    ]);
    expect(futureInspection('2026-12-01', '2026-12-01')).toEqual([]);
    expect(futureInspection('not a date', '2026-12-01')).toEqual([]);
  });
});

describe('SafeguardingInput', () => {
  it('names an issue date after the inspection even when another field is wrong', () => {
    const parsed = SafeguardingInput.safeParse({
      inspectedOn: '2026-11-01',
      issuedOn: '2026-11-20',
      relevantConviction: 'x',
    });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'relevantConviction',
      'issuedOn',
    ]);
  });
});
