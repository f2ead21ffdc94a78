import { describe, expect, it } from 'vitest';
import { Schedule } from './schemas.ts';

const paths = (value: unknown) => {
  const result = Schedule.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).sort();
};

describe('need schedules', () => {
  it('reports an end before the start together with the other fields’ errors, not only once they are fixed', () => {
    expect(
      paths({
        kind: 'weekly',
        weekday: 'someday',
        start: '17:00',
        end: '15:00',
        firstDate: '2026-12-01',
        lastDate: '',
      }),
    ).toEqual(['end', 'lastDate', 'weekday']);
    expect(paths({ kind: 'once', date: 'tomorrow', start: '17:00', end: '15:00' })).toEqual(['date', 'end']);
  });

  it('does not compare fields that are themselves invalid', () => {
    expect(paths({ kind: 'once', date: '2026-12-01', start: '25:00', end: '15:00' })).toEqual(['start']);
    expect(
      paths({ kind: 'weekly', weekday: 'tue', start: '15:00', end: '17:00', firstDate: 'x', lastDate: '2026-01-01' }),
    ).toEqual(['firstDate']);
  });

  it('accepts a valid weekly schedule and rejects one longer than a year', () => {
    const weekly = { kind: 'weekly', weekday: 'tue', start: '15:00', end: '17:00', firstDate: '2026-12-01' };
    expect(paths({ ...weekly, lastDate: '2027-03-30' })).toEqual([]);
    expect(paths({ ...weekly, lastDate: '2027-12-02' })).toEqual(['lastDate']);
  });
});
