/**
 * The spreadsheets' columns. Their headers live in the message catalogue `columns` (columns-<lang>.ts,
 * six languages, read per language by shared/i18n): the exports write them in the reader's language;
 * the import recognises the headers of every language (and a few other spellings quarter managers
 * use), so an exported file can be edited and brought back whoever exported it.
 */

import { LANGS, type Lang } from '../i18n/languages.ts';
import { loadCatalogue } from '../i18n/load.ts';
import type { ColumnTexts } from './columns-de.ts';

/** Other headers read as a column on import (compared ignoring case, accents and spaces), beyond its translations. */
export const COLUMN_ALIASES = {
  needId: [],
  title: ['Bedarf', 'Need'],
  quarter: [],
  venue: ['Place', 'Veranstaltungsort'],
  kind: [],
  date: ['Erster Tag', 'First date', 'Von', 'From'],
  lastDate: ['Letzter Tag', 'Last date'],
  weekday: [],
  start: ['Startzeit', 'Start time'],
  end: ['Endzeit', 'End time'],
  places: ['Plaetze', 'Anzahl'],
  accepted: [],
  status: [],
  skills: ['Faehigkeiten', 'Kenntnisse'],
  languages: [],
  minors: ['Mit Kindern', 'Minderjährige'],
  description: [],
  firstName: ['Firstname', 'Given name'],
  lastName: ['Lastname', 'Surname', 'Familienname'],
  email: ['E-Mail-Adresse', 'Mail'],
  phone: ['Telefonnummer', 'Handy', 'Mobil'],
  quarters: [],
  consentedAt: ['Einwilligung', 'Consent'],
  coverDate: [],
  datesInPeriod: [],
  hours: [],
} as const satisfies Record<string, readonly string[]>;
export type ColumnKey = keyof typeof COLUMN_ALIASES;
export const COLUMN_KEYS = Object.keys(COLUMN_ALIASES) as ColumnKey[];

/** The spreadsheet texts of one language (loaded on first use, as every message catalogue). */
export const columnTextsOf = (lang: Lang): ColumnTexts => loadCatalogue('columns', lang) as ColumnTexts;

/** A column's header in a language. */
export const columnHeader = (key: ColumnKey, lang: Lang): string => columnTextsOf(lang)[`header_${key}`];

/**
 * Every header the import reads as this column: its header in each of the six languages, then its
 * aliases. Reading all six catalogues here is deliberate: a file may come from anyone, whatever
 * language the person importing it reads the pages in.
 */
export const headersOf = (key: ColumnKey): string[] => [
  ...LANGS.map((lang) => columnHeader(key, lang)),
  ...COLUMN_ALIASES[key],
];

/** A header as compared on import: lower case, no accents, no spaces, dashes or dots. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[\s\-_.]/g, '');
}
