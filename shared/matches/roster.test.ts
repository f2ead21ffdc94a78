import { describe, expect, it } from 'vitest';
import { occurrences } from '../matching/occurrences.ts';
import { comingDates, comingOn, roster } from './roster.ts';
import { SERIES_17, seriesMatch, seriesNeed } from './test-support/series.ts';

const ALL_DATES = occurrences(SERIES_17).map((occurrence) => occurrence.date);

describe('the roster of a need', () => {
  it('counts per date: series volunteers less their absences, with why they are absent', () => {
    // Prepare: two places; Amina absent on 15 December (declared) and 22 December (unavailable).
    const need = seriesNeed({ places: 2 });
    const amina = seriesMatch('accepted', {
      dates: ALL_DATES.filter((date) => date !== '2026-12-22'),
      absences: [
        { date: '2026-12-22', kind: 'unavailable' },
        { date: '2026-12-15', kind: 'declared', at: '2026-12-01T08:00:00.000Z' },
      ],
    });
    const chadi = seriesMatch('accepted', { volunteerId: 'v2', firstName: 'Chadi', dates: ALL_DATES.slice(1) });
    // Act
    const dates = roster(need, [amina, chadi]);
    // Assess
    expect(dates).toHaveLength(17);
    const on = (date: string) => dates.find((entry) => entry.date === date);
    expect(on('2026-12-01')).toMatchObject({ coming: [{ volunteerId: 'v1', cover: false }], open: 1 });
    expect(on('2026-12-08')?.coming.map((person) => person.firstName)).toEqual(['Amina', 'Chadi']);
    expect(on('2026-12-08')?.open).toBe(0);
    expect(on('2026-12-15')).toMatchObject({
      coming: [{ firstName: 'Chadi' }],
      absent: [{ volunteerId: 'v1', firstName: 'Amina', kind: 'declared' }],
      open: 1,
    });
    expect(on('2026-12-22')?.absent).toEqual([{ volunteerId: 'v1', firstName: 'Amina', kind: 'unavailable' }]);
    expect(comingOn(need, [amina, chadi], '2026-12-15')).toBe(1);
  });

  it('counts an accepted cover match on its one date, and lists open cover invitations', () => {
    // Prepare: Amina absent on 15 December; Chadi covers it, Dana is asked for 22 December.
    const need = seriesNeed({ places: 1 });
    const amina = seriesMatch('accepted', {
      dates: ALL_DATES,
      absences: [
        { date: '2026-12-15', kind: 'declared' },
        { date: '2026-12-22', kind: 'declared' },
      ],
    });
    const chadi = seriesMatch('accepted', { volunteerId: 'v2', firstName: 'Chadi', date: '2026-12-15' });
    const dana = seriesMatch('invited', { volunteerId: 'v3', firstName: 'Dana', date: '2026-12-22' });
    // Act
    const dates = roster(need, [amina, chadi, dana]);
    // Assess
    const on = (date: string) => dates.find((entry) => entry.date === date);
    expect(on('2026-12-15')).toMatchObject({
      coming: [{ volunteerId: 'v2', firstName: 'Chadi', cover: true }],
      absent: [{ firstName: 'Amina', kind: 'declared' }],
      open: 0,
    });
    expect(on('2026-12-22')).toMatchObject({ coming: [], invited: [{ firstName: 'Dana' }], open: 1 });
    expect(comingDates(chadi, need.schedule)).toEqual(['2026-12-15']);
  });

  it('treats a commitment accepted before dates were recorded as coming on every date but its absences', () => {
    // Prepare: an old match without `dates`.
    const need = seriesNeed({ places: 1 });
    const old = seriesMatch('accepted', { absences: [{ date: '2027-03-23', kind: 'declared' }] });
    // Act
    const dates = roster(need, [old]);
    // Assess
    expect(comingDates(old, need.schedule)).toEqual(ALL_DATES.slice(0, 16));
    expect(dates.filter((entry) => entry.open === 0)).toHaveLength(16);
    expect(dates.at(-1)).toMatchObject({ date: '2027-03-23', open: 1, absent: [{ kind: 'declared' }] });
  });

  it('counts nobody who is not accepted', () => {
    const need = seriesNeed();
    const dates = roster(need, [seriesMatch('invited'), seriesMatch('withdrawn', { volunteerId: 'v2' })]);
    expect(dates.every((entry) => entry.coming.length === 0 && entry.open === 2)).toBe(true);
  });
});
