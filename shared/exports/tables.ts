import type { Catalog } from '../catalog/schemas.ts';
import type { Lang } from '../i18n/languages.ts';
import { weekdayName } from '../i18n/weekday-names.ts';
import { comingDates } from '../matches/roster.ts';
import type { Match } from '../matches/schemas.ts';
import { hasEnded } from '../matching/done-hours.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import type { Cell, Table } from '../spreadsheets/table.ts';
import { berlinDate } from '../time/calendar.ts';
import { catalogNames } from '../web/format.ts';
import { type ColumnKey, columnHeader, columnTextsOf } from './columns.ts';

export type { Lang };

/** A need with its matches, as the exports read them. */
export interface NeedWithMatches {
  need: Need;
  matches: Match[];
}

/** The names of the volunteers in the export, by id (from their profiles). */
export type Names = ReadonlyMap<string, { firstName: string; lastName: string }>;

export interface Period {
  from: string;
  to: string;
}

const within = (date: string, period: Period) => date >= period.from && date <= period.to;

/** Whether any date of the need lies in the period. */
export function needInPeriod(need: Need, period: Period): boolean {
  return occurrences(need.schedule).some((occurrence) => within(occurrence.date, period));
}

const header = (keys: readonly ColumnKey[], lang: Lang) => keys.map((key) => columnHeader(key, lang));
const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Names from the catalogue as the pages of the reader's language show them (shared/web/format.ts). */
function labels(catalog: Catalog, lang: Lang) {
  const names = catalogNames(catalog, lang);
  return {
    quarter: names.quarter,
    venue: names.venue,
    skills: (ids: readonly string[]) => ids.map(names.skill).join(', '),
    languages: (codes: readonly string[]) => codes.map(names.language).join(', '),
  };
}

const NEED_COLUMNS = [
  'title',
  'quarter',
  'venue',
  'kind',
  'date',
  'lastDate',
  'weekday',
  'start',
  'end',
  'places',
  'accepted',
  'status',
  'skills',
  'languages',
  'minors',
  'needId',
] as const satisfies readonly ColumnKey[];

/** The needs with a date in the period: what, where, when, how many places and how many taken. No personal data. */
export function needsTable(needs: readonly Need[], catalog: Catalog, lang: Lang, name: string): Table {
  const label = labels(catalog, lang);
  const words = columnTextsOf(lang);
  const rows = needs.map((need): Cell[] => {
    const s = need.schedule;
    return [
      need.title,
      label.quarter(need.quarterId),
      label.venue(need.venueId),
      words[`kind_${s.kind}`],
      s.kind === 'once' ? s.date : s.firstDate,
      s.kind === 'once' ? null : s.lastDate,
      s.kind === 'once' ? null : weekdayName(lang, s.weekday),
      s.start,
      s.end,
      need.places,
      need.acceptedCount,
      need.status,
      label.skills(need.requiredSkills),
      label.languages(need.languages),
      need.involvesMinors ? words.yes : words.no,
      need.needId,
    ];
  });
  return { name, header: header(NEED_COLUMNS, lang), rows };
}

const MATCH_COLUMNS = [
  'title',
  'quarter',
  'firstName',
  'lastName',
  'status',
  'coverDate',
  'datesInPeriod',
  'needId',
] as const satisfies readonly ColumnKey[];

const nameOf = (match: Match, names: Names) =>
  names.get(match.volunteerId) ?? { firstName: match.firstName, lastName: '' };

/**
 * Every match of the needs (series and cover), with the volunteer's name, its state and, once
 * accepted, how many of the dates it commits to lie in the period.
 */
export function matchesTable(
  needs: readonly NeedWithMatches[],
  names: Names,
  catalog: Catalog,
  lang: Lang,
  name: string,
  period: Period,
): Table {
  const label = labels(catalog, lang);
  const rows = needs.flatMap(({ need, matches }) =>
    matches.map((match): Cell[] => {
      const person = nameOf(match, names);
      const committed = ['accepted', 'completed'].includes(match.status) ? comingDates(match, need.schedule) : [];
      return [
        need.title,
        label.quarter(need.quarterId),
        person.firstName,
        person.lastName,
        match.status,
        match.date ?? null,
        committed.filter((date) => within(date, period)).length,
        need.needId,
      ];
    }),
  );
  return { name, header: header(MATCH_COLUMNS, lang), rows: sortRows(rows) };
}

const HOUR_COLUMNS = [
  'date',
  'start',
  'end',
  'hours',
  'firstName',
  'lastName',
  'title',
  'quarter',
  'venue',
  'needId',
] as const satisfies readonly ColumnKey[];

/**
 * Hours per date (the hours-per-date model, DESIGN.md): every date in the period a volunteer was
 * committed to that has ended at `now` and was not marked a no-show, one row each, with its hours.
 */
export function hoursTable(
  needs: readonly NeedWithMatches[],
  names: Names,
  catalog: Catalog,
  lang: Lang,
  name: string,
  period: Period,
  now: Date,
): Table {
  const label = labels(catalog, lang);
  const today = berlinDate(now);
  const rows = needs.flatMap(({ need, matches }) => {
    const byDate = new Map(occurrences(need.schedule).map((occurrence) => [occurrence.date, occurrence]));
    return matches
      .filter((match) => match.status === 'accepted' || match.status === 'completed')
      .flatMap((match) => {
        const person = nameOf(match, names);
        return comingDates(match, need.schedule).flatMap((date): Cell[][] => {
          const occurrence = byDate.get(date);
          if (!occurrence || !within(date, period) || match.noShows?.includes(date)) return [];
          if (!hasEnded(occurrence, now, today)) return [];
          return [
            [
              date,
              time(occurrence.start),
              time(occurrence.end),
              (occurrence.end - occurrence.start) / 60,
              person.firstName,
              person.lastName,
              need.title,
              label.quarter(need.quarterId),
              label.venue(need.venueId),
              need.needId,
            ],
          ];
        });
      });
  });
  return { name, header: header(HOUR_COLUMNS, lang), rows: sortRows(rows) };
}

/** Rows in a stable order a reader expects: by the first column, then the next, as text. */
function sortRows(rows: Cell[][]): Cell[][] {
  return rows.sort((a, b) => {
    for (let i = 0; i < a.length; i++) {
      const order = String(a[i] ?? '').localeCompare(String(b[i] ?? ''), 'de');
      if (order !== 0) return order;
    }
    return 0;
  });
}
