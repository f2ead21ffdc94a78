/**
 * The spreadsheets' fixed texts in German (the source language): column headers, sheet names and the
 * words written into cells. Every other language has the same keys (shared/i18n/catalogues.test.ts).
 */
export const columnsDe = {
  // Column headers (the export writes them, the import recognises them in every language).
  header_needId: 'Bedarf-ID',
  header_title: 'Titel',
  header_quarter: 'Quartier',
  header_venue: 'Ort',
  header_kind: 'Art',
  header_date: 'Datum',
  header_lastDate: 'Bis',
  header_weekday: 'Wochentag',
  header_start: 'Beginn',
  header_end: 'Ende',
  header_places: 'Plätze',
  header_accepted: 'Zugesagt',
  header_status: 'Status',
  header_skills: 'Fähigkeiten',
  header_languages: 'Sprachen',
  header_minors: 'Kinder',
  header_description: 'Beschreibung',
  header_firstName: 'Vorname',
  header_lastName: 'Nachname',
  header_email: 'E-Mail',
  header_phone: 'Telefon',
  header_quarters: 'Quartiere',
  header_consentedAt: 'Einwilligung am',
  header_coverDate: 'Vertretung am',
  header_datesInPeriod: 'Termine im Zeitraum',
  header_hours: 'Stunden',
  // Sheet names (at most 31 characters, none of []:*?/\).
  sheet_needs: 'Bedarfe',
  sheet_matches: 'Zuordnungen',
  sheet_hours: 'Stunden',
  // Cell values.
  kind_once: 'einmalig',
  kind_weekly: 'wöchentlich',
  yes: 'ja',
  no: 'nein',
};

export type ColumnTexts = typeof columnsDe;
