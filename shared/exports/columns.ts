/**
 * Column headers of the spreadsheets, German and English. The exports write them in the
 * reader's language; the import recognises either (and a few other spellings quarter managers
 * use), so an exported file can be edited and brought back.
 */
export interface Column {
  de: string;
  en: string;
  /** Other headers read as this column on import (compared ignoring case, accents and spaces). */
  aliases?: readonly string[];
}

const col = (de: string, en: string, ...aliases: string[]): Column => ({ de, en, aliases });

export const COLUMNS = {
  needId: col('Bedarf-ID', 'Need id'),
  title: col('Titel', 'Title', 'Bedarf', 'Need'),
  quarter: col('Quartier', 'Quarter'),
  venue: col('Ort', 'Venue', 'Place', 'Veranstaltungsort'),
  kind: col('Art', 'Kind'),
  date: col('Datum', 'Date', 'Erster Tag', 'First date', 'Von', 'From'),
  lastDate: col('Bis', 'Until', 'Letzter Tag', 'Last date'),
  weekday: col('Wochentag', 'Weekday'),
  start: col('Beginn', 'Start', 'Startzeit', 'Start time'),
  end: col('Ende', 'End', 'Endzeit', 'End time'),
  places: col('Plätze', 'Places', 'Plaetze', 'Anzahl'),
  accepted: col('Zugesagt', 'Accepted'),
  status: col('Status', 'Status'),
  skills: col('Fähigkeiten', 'Skills', 'Faehigkeiten', 'Kenntnisse'),
  languages: col('Sprachen', 'Languages'),
  minors: col('Kinder', 'Children', 'Mit Kindern', 'Minderjährige'),
  description: col('Beschreibung', 'Description'),
  firstName: col('Vorname', 'First name', 'Firstname', 'Given name'),
  lastName: col('Nachname', 'Last name', 'Lastname', 'Surname', 'Familienname'),
  email: col('E-Mail', 'Email', 'E-Mail-Adresse', 'Mail'),
  phone: col('Telefon', 'Phone', 'Telefonnummer', 'Handy', 'Mobil'),
  quarters: col('Quartiere', 'Quarters'),
  consentedAt: col('Einwilligung am', 'Consent given on', 'Einwilligung', 'Consent'),
  coverDate: col('Vertretung am', 'Cover on'),
  datesInPeriod: col('Termine im Zeitraum', 'Dates in period'),
  hours: col('Stunden', 'Hours'),
} as const satisfies Record<string, Column>;
export type ColumnKey = keyof typeof COLUMNS;

/** A header as compared on import: lower case, no accents, no spaces, dashes or dots. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[\s\-_.]/g, '');
}
