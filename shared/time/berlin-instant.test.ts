import { describe, expect, it } from 'vitest';
import { berlinInstant } from './berlin-instant.ts';
import { berlinDate } from './calendar.ts';

const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return berlinInstant(date, h * 60 + m).toISOString();
};

describe('berlinInstant', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(at('2026-01-15', '10:00')).toBe('2026-01-15T09:00:00.000Z');
    expect(at('2026-07-15', '10:00')).toBe('2026-07-15T08:00:00.000Z');
    expect(at('2026-07-15', '00:30')).toBe('2026-07-14T22:30:00.000Z');
    expect(at('2026-12-31', '24:00')).toBe('2026-12-31T23:00:00.000Z');
  });

  it('switches on the last Sundays of March and October, at 01:00 UTC', () => {
    expect(at('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(at('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('2026-03-29', '10:00')).toBe('2026-03-29T08:00:00.000Z');
    expect(at('2026-03-28', '10:00')).toBe('2026-03-28T09:00:00.000Z');
    expect(at('2026-10-25', '10:00')).toBe('2026-10-25T09:00:00.000Z');
    expect(at('2026-10-24', '10:00')).toBe('2026-10-24T08:00:00.000Z');
  });

  it('takes the summer-time one of an hour that happens twice, and moves a time that never happens on by an hour', () => {
    expect(at('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(at('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it("round-trips with berlinDate on every day's noon of a year", () => {
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      expect(berlinDate(berlinInstant(date, 12 * 60))).toBe(date);
    }
  });
});
