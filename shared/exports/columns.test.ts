import { describe, expect, it } from 'vitest';
import { QUARTERS, SKILLS, VENUES } from '../catalog/seed-data.ts';
import { LANGS } from '../i18n/languages.ts';
import { weekdayName } from '../i18n/weekday-names.ts';
import { weekday } from '../imports/cells.ts';
import { mapHeader } from '../imports/header-map.ts';
import { NEED_COLUMNS } from '../imports/need-rows.ts';
import { VOLUNTEER_COLUMNS } from '../imports/volunteer-rows.ts';
import { aMatchOf, aSeries } from '../matches/test-support/cover-fixtures.ts';
import { WEEKDAYS } from '../time/calendar.ts';
import { COLUMN_KEYS, columnHeader, headerKey, headersOf } from './columns.ts';
import { hoursTable, matchesTable, needsTable } from './tables.ts';

const catalog = { quarters: QUARTERS, venues: VENUES, skills: SKILLS };
const NOW = new Date('2026-12-16T11:00:00Z');
const PERIOD = { from: '2026-12-01', to: '2026-12-31' };

describe('spreadsheet columns in six languages', () => {
  it('give every column its own header in every language, never one another column reads as its own', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const key of COLUMN_KEYS) {
      for (const header of headersOf(key)) {
        const seen = owner.get(headerKey(header));
        if (seen !== undefined && seen !== key) clashes.push(`${header}: ${seen} and ${key}`);
        owner.set(headerKey(header), key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('write the export headers in the reader language', () => {
    const need = aSeries({ venueId: 'alte-feuerwache', requiredSkills: ['homework-help'], languages: ['ar'] });
    const matches = [aMatchOf('amina', 'accepted', { dates: ['2026-12-01', '2026-12-08'] })];
    const names = new Map([['amina', { firstName: 'Amina', lastName: 'Haddad' }]]);
    const hours = hoursTable([{ need, matches }], names, catalog, 'ar', 'الساعات', PERIOD, NOW);
    expect(hours.header.slice(0, 4)).toEqual(['التاريخ', 'البداية', 'النهاية', 'الساعات']);
    expect(matchesTable([{ need, matches }], names, catalog, 'uk', 'Призначення', PERIOD).header[0]).toBe('Назва');
    const needs = needsTable([need], catalog, 'tr', 'İhtiyaçlar');
    expect(needs.header.slice(0, 4)).toEqual(['Başlık', 'Mahalle', 'Yer', 'Tür']);
    // The words in the cells too: kind, weekday, with children or not.
    expect([needs.rows[0]?.[3], needs.rows[0]?.[6], needs.rows[0]?.[14]]).toEqual(['haftalık', 'Salı', 'hayır']);
    const farsi = needsTable([need], catalog, 'fa', 'نیازها');
    expect([farsi.header[0], farsi.rows[0]?.[3], farsi.rows[0]?.[6]]).toEqual(['عنوان', 'هفتگی', 'سه‌شنبه']);
  });

  for (const lang of LANGS) {
    it(`reads back on import the headers an export in ${lang} wrote`, () => {
      for (const columns of [NEED_COLUMNS, VOLUNTEER_COLUMNS]) {
        const header = columns.map((key) => columnHeader(key, lang));
        const { map, problems } = mapHeader(header, columns, columns, 1);
        expect(problems).toEqual([]);
        expect(map).toEqual(Object.fromEntries(columns.map((key, index) => [key, index])));
      }
      // And the weekdays it wrote into the cells, as the import reads them.
      for (const day of WEEKDAYS) expect(weekday(weekdayName(lang, day))).toBe(day);
    });
  }

  it('still reads German and English headers and their aliases, in any case and spacing', () => {
    const { map, problems } = mapHeader(
      ['vorname', 'LAST NAME', 'E-Mail-Adresse', 'Sprachen', 'quarters', 'Einwilligung am', 'Handy'],
      VOLUNTEER_COLUMNS,
      [],
      1,
    );
    expect(problems).toEqual([]);
    expect(map).toEqual({ firstName: 0, lastName: 1, email: 2, languages: 3, quarters: 4, consentedAt: 5, phone: 6 });
  });
});
