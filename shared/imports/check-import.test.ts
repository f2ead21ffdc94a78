import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/schemas.ts';
import { QUARTERS, SKILLS, VENUES } from '../catalog/seed-data.ts';
import { toCsv } from '../spreadsheets/csv.ts';
import { checkNeedImport, checkVolunteerImport, csvSheet, xlsxSheet } from './index.ts';

const catalog: Catalog = { quarters: QUARTERS, venues: VENUES, skills: SKILLS };
const TODAY = '2026-11-24';
const fixturePath = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
const bytes = (name: string) => readFileSync(fixturePath(name));

describe('checkVolunteerImport', () => {
  it('names the three broken rows of 200, field by field, and passes the other 197', () => {
    const result = checkVolunteerImport(csvSheet(fixture('volunteers-200.csv')), catalog, TODAY);
    expect(result.rows).toBe(200);
    expect(result.problems).toEqual([
      { row: 18, path: 'email', column: 'E-Mail', code: 'invalid_email' },
      { row: 77, path: 'languages.0.level', column: 'Sprachen', code: 'invalid_value' },
      { row: 154, path: 'consentedAt', column: 'Einwilligung am', code: 'invalid_date' },
      { row: 154, path: 'quarters.0', column: 'Quartiere', code: 'unknown_quarter' },
    ]);
    expect(result.valid).toHaveLength(197);
    expect(result.valid[0]).toEqual({
      row: 2,
      value: {
        firstName: 'Amina',
        lastName: 'Haddad',
        email: 'amina.haddad.1@example.org',
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'de', level: 'C1' },
        ],
        skills: ['homework-help'],
        quarters: ['nordstadt'],
        consentedAt: '2026-01-01',
      },
    });
    const chadi = result.valid.find((entry) => entry.row === 4)?.value;
    expect(chadi).toMatchObject({
      phone: '+49 202 555 1002',
      languages: [
        { code: 'fa', level: 'native' },
        { code: 'de', level: 'B2' },
      ],
      skills: ['cooking', 'cafe-service'],
      quarters: 'all',
      consentedAt: '2026-03-03',
    });
  });

  it('reads volunteers from an XLSX written by SheetJS, a date cell and a German date alike', () => {
    const result = checkVolunteerImport(xlsxSheet(bytes('volunteers-sheetjs.xlsx')), catalog, TODAY);
    expect(result.valid.map((entry) => entry.value.consentedAt)).toEqual(['2026-01-15']);
    expect(result.problems).toEqual([{ row: 3, path: 'email', column: 'E-Mail', code: 'invalid_email' }]);
  });

  it('reads English headers, refuses unknown and missing columns, a consent in the future and an e-mail twice', () => {
    const sheet = csvSheet(
      toCsv({
        header: ['First name', 'Last name', 'Email', 'Languages', 'Quarters', 'Consent given on', 'Shoe size'],
        rows: [
          ['Amina', 'Haddad', 'a@example.org', 'Arabic native', 'Nordstadt', '2026-11-25', '38'],
          ['Basel', 'Khoury', 'A@example.org', 'ar:B1', 'nordstadt', '2026-11-01', '44'],
          ['Chadi', 'Mansour', 'a@example.org', 'ar:B1', 'nordstadt', '2026-11-01', '42'],
        ],
      }),
    );
    const result = checkVolunteerImport(sheet, catalog, TODAY);
    expect(result.problems).toEqual([
      { row: 1, path: '', column: 'Shoe size', code: 'unknown_column' },
      { row: 2, path: 'consentedAt', column: 'Consent given on', code: 'consent_in_future' },
      { row: 4, path: 'email', column: 'Email', code: 'duplicate_in_file' },
    ]);
    expect(result.valid.map((entry) => entry.row)).toEqual([3]);
    const missing = checkVolunteerImport(csvSheet('Vorname;E-Mail\nAmina;a@example.org\n'), catalog, TODAY);
    expect(missing.problems.map((p) => `${p.column}:${p.code}`)).toEqual([
      'Nachname:missing_column',
      'Sprachen:missing_column',
      'Quartiere:missing_column',
      'Einwilligung am:missing_column',
    ]);
    expect(missing.valid).toEqual([]);
  });
});

describe('checkNeedImport', () => {
  const header = [
    'Titel',
    'Quartier',
    'Ort',
    'Datum',
    'Wochentag',
    'Bis',
    'Beginn',
    'Ende',
    'Plätze',
    'Fähigkeiten',
    'Sprachen',
    'Kinder',
  ];

  it('reads one-off and weekly needs as quarter managers write them, and names each problem', () => {
    const sheet = [
      { row: 1, cells: header },
      {
        row: 2,
        cells: [
          'Lesepaten',
          'Höhe',
          'Offene Tür (OT) Höhe',
          '03.12.2026',
          '',
          '',
          '15',
          '16:30',
          '2',
          'Lesepatenschaft',
          'Deutsch',
          'ja',
        ],
      },
      // XLSX cells: a date as Excel's serial number, times as fractions of a day.
      {
        row: 3,
        cells: [
          'Hausaufgabenhilfe',
          'Nordstadt',
          'Alte Feuerwache',
          46_357,
          'Dienstag',
          '30.03.2027',
          0.625,
          0.708_333_333_3,
          1,
          'Hausaufgabenhilfe',
          'Arabisch, Farsi',
          'x',
        ],
      },
      {
        row: 4,
        cells: [
          '',
          'Nordstadt',
          'Nachbarschaftsheim',
          '2026-12-03',
          '',
          '',
          '17:00',
          '16:00',
          'zwei',
          'Jonglieren',
          '',
          'vielleicht',
        ],
      },
    ];
    const result = checkNeedImport(sheet, catalog);
    expect(result.valid.map((entry) => entry.value)).toEqual([
      expect.objectContaining({
        title: 'Lesepaten',
        quarterId: 'hoehe',
        venueId: 'ot-hoehe',
        schedule: { kind: 'once', date: '2026-12-03', start: '15:00', end: '16:30' },
        places: 2,
        requiredSkills: ['reading-mentor'],
        languages: ['de'],
        involvesMinors: true,
      }),
      expect.objectContaining({
        schedule: {
          kind: 'weekly',
          weekday: 'tue',
          start: '15:00',
          end: '17:00',
          firstDate: '2026-12-01',
          lastDate: '2027-03-30',
        },
        languages: ['ar', 'fa'],
      }),
    ]);
    expect(result.problems).toEqual([
      { row: 4, path: 'title', column: 'Titel', code: 'required' },
      { row: 4, path: 'schedule.end', column: 'Ende', code: 'end_before_start' },
      { row: 4, path: 'places', column: 'Plätze', code: 'not_a_whole_number' },
      { row: 4, path: 'involvesMinors', column: 'Kinder', code: 'not_yes_or_no' },
      { row: 4, path: 'venueId', column: 'Ort', code: 'venue_in_other_quarter' },
      { row: 4, path: 'requiredSkills.0', column: 'Fähigkeiten', code: 'unknown_skill' },
    ]);
  });

  it('reads the same from an XLSX another program wrote (dates and times as Excel numbers)', () => {
    const result = checkNeedImport(xlsxSheet(bytes('needs-exceljs.xlsx')), catalog);
    expect(result.problems).toEqual([]);
    expect(result.valid.map((entry) => [entry.row, entry.value.title, entry.value.schedule])).toEqual([
      [2, 'Lesepaten & Vorlesen <Höhe>', { kind: 'once', date: '2026-12-03', start: '15:00', end: '16:30' }],
      [
        4,
        'Hausaufgabenhilfe',
        {
          kind: 'weekly',
          weekday: 'tue',
          start: '15:00',
          end: '17:00',
          firstDate: '2026-12-01',
          lastDate: '2027-03-30',
        },
      ],
    ]);
  });

  it('takes back a needs export (its extra columns are read and ignored)', () => {
    const exported = [
      'Titel',
      'Quartier',
      'Ort',
      'Art',
      'Datum',
      'Bis',
      'Wochentag',
      'Beginn',
      'Ende',
      'Plätze',
      'Zugesagt',
      'Status',
      'Fähigkeiten',
      'Sprachen',
      'Kinder',
      'Bedarf-ID',
    ];
    const result = checkNeedImport(
      csvSheet(
        toCsv({
          header: exported,
          rows: [
            [
              'Café',
              'Nordstadt',
              'Alte Feuerwache',
              'einmalig',
              '2026-12-05',
              null,
              null,
              '10:00',
              '12:00',
              3,
              1,
              'open',
              '',
              '',
              'nein',
              'x',
            ],
          ],
        }),
      ),
      catalog,
    );
    expect(result.problems).toEqual([]);
    expect(result.valid).toHaveLength(1);
  });
});
