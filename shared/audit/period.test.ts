import { describe, expect, it } from 'vitest';
import { berlinDayStart, monthsOf, periodSpan } from './period.ts';

const NOW = new Date('2026-11-24T10:00:00.000Z');

describe('berlinDayStart', () => {
  it('is 23:00 UTC the day before in winter and 22:00 in summer, also on the days the clocks change', () => {
    expect(berlinDayStart('2026-11-24').toISOString()).toBe('2026-11-23T23:00:00.000Z');
    expect(berlinDayStart('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(berlinDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(berlinDayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });
});

describe('periodSpan', () => {
  it('covers whole Berlin days, both ends inclusive', () => {
    const span = periodSpan({ from: '2026-11-01', to: '2026-11-02' }, NOW);
    expect(span.start.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(span.end.toISOString()).toBe('2026-11-02T23:00:00.000Z');
  });

  it('never reaches back further than what is kept, and without an end runs to now', () => {
    const span = periodSpan({ from: '2020-01-01' }, NOW);
    expect(span.start.toISOString()).toBe('2024-11-24T10:00:00.000Z');
    expect(span.end.getTime()).toBe(NOW.getTime() + 1);
  });
});

describe('monthsOf', () => {
  it('lists the UTC months a span touches, newest first', () => {
    expect(
      monthsOf({ start: new Date('2026-10-31T23:00:00.000Z'), end: new Date('2027-01-01T00:00:00.000Z') }),
    ).toEqual(['2026-12', '2026-11', '2026-10']);
    expect(monthsOf(periodSpan({}, NOW))).toHaveLength(25);
    expect(monthsOf({ start: NOW, end: NOW })).toEqual([]);
  });
});
