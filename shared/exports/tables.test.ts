import { describe, expect, it } from 'vitest';
import { QUARTERS, SKILLS, VENUES } from '../catalog/seed-data.ts';
import { aMatchOf, aSeries } from '../matches/test-support/cover-fixtures.ts';
import { attachmentHeader, exportFileName } from './filename.ts';
import { ExportQuery } from './schemas.ts';
import { hoursTable, matchesTable, needsTable } from './tables.ts';

const catalog = { quarters: QUARTERS, venues: VENUES, skills: SKILLS };
// Wednesday 16 December 2026, 12:00 in Berlin: 1, 8 and 15 December are over, 22 December is not.
const NOW = new Date('2026-12-16T11:00:00Z');
const need = aSeries({ venueId: 'alte-feuerwache', requiredSkills: ['homework-help'], languages: ['ar'] });
const names = new Map([['amina', { firstName: 'Amina', lastName: 'Haddad' }]]);

describe('hoursTable', () => {
  it('lists each date done in the period, not the no-shows, the dates ahead or those outside', () => {
    const matches = [
      aMatchOf('amina', 'accepted', {
        dates: ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'],
        noShows: ['2026-12-08'],
      }),
      aMatchOf('basel', 'declined'),
      aMatchOf('chadi', 'accepted', { date: '2026-12-15' }),
    ];
    const table = hoursTable(
      [{ need, matches }],
      names,
      catalog,
      'de',
      'Stunden',
      { from: '2026-12-02', to: '2026-12-31' },
      NOW,
    );
    expect(table.rows).toEqual([
      ['2026-12-15', '15:00', '17:00', 2, 'Amina', 'Haddad', 'Hausaufgabenhilfe', 'Nordstadt', 'Alte Feuerwache', 'n1'],
      // No profile read (erased, or not asked): the match's first name, no last name.
      ['2026-12-15', '15:00', '17:00', 2, 'chadi', '', 'Hausaufgabenhilfe', 'Nordstadt', 'Alte Feuerwache', 'n1'],
    ]);
  });
});

describe('matchesTable and needsTable', () => {
  it('count the committed dates in the period and name catalogue entries in the reader language', () => {
    const matches = [aMatchOf('amina', 'accepted', { dates: ['2026-12-01', '2026-12-08', '2026-12-15'] })];
    const table = matchesTable([{ need, matches }], names, catalog, 'en', 'Matches', {
      from: '2026-12-08',
      to: '2026-12-31',
    });
    expect(table.header).toEqual([
      'Title',
      'Quarter',
      'First name',
      'Last name',
      'Status',
      'Cover on',
      'Dates in period',
      'Need id',
    ]);
    expect(table.rows).toEqual([['Hausaufgabenhilfe', 'Nordstadt', 'Amina', 'Haddad', 'accepted', null, 2, 'n1']]);
    const needs = needsTable([need], catalog, 'de', 'Bedarfe');
    expect(needs.rows[0]).toEqual([
      'Hausaufgabenhilfe',
      'Nordstadt',
      'Alte Feuerwache',
      'wöchentlich',
      '2026-12-01',
      '2026-12-22',
      'Dienstag',
      '15:00',
      '17:00',
      1,
      1,
      'filled',
      'Hausaufgabenhilfe',
      'Arabisch',
      'nein',
      'n1',
    ]);
  });
});

describe('the export query and file name', () => {
  it('refuses a period backwards or over a year, and builds the name from fixed parts only', () => {
    const issues = (query: Record<string, string>) =>
      ExportQuery.safeParse(query).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(issues({ from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    expect(issues({ from: '2026-01-01', to: '2027-01-02' })).toEqual(['to']);
    expect(issues({ from: '2026-02-01', to: '2026-01-31' })).toEqual(['to']);
    expect(issues({ from: '2026-02-30', to: '2026-03-01', quarter: 'a"b' })).toEqual(['quarter', 'from']);
    expect(exportFileName('hours', 'xlsx', 'nordstadt', '2026-01-01', '2026-03-31')).toBe(
      'quartiershilfe-hours-nordstadt-2026-01-01-2026-03-31.xlsx',
    );
    expect(exportFileName('needs', 'csv', undefined, '2026-01-01', '2026-03-31')).toBe(
      'quartiershilfe-needs-all-2026-01-01-2026-03-31.csv',
    );
    expect(() => exportFileName('hours', 'csv', 'x"\r\nSet-Cookie: a', '2026-01-01', '2026-03-31')).toThrow();
    expect(() => exportFileName('hours', 'csv', 'nordstadt', '2026-01-01"', '2026-03-31')).toThrow();
    expect(() => attachmentHeader('a b.csv')).toThrow();
  });
});
