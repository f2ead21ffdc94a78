import { INTL_LOCALES as LOCALES } from '../../i18n/languages.ts';
import { berlinDate } from '../../time/calendar.ts';
import type { MailLanguage } from '../kinds.ts';

// A calendar date is a wall-clock day: formatted at noon UTC, in UTC, it never shifts.
const atNoon = (date: string) => new Date(`${date}T12:00:00Z`);

/** "Dienstag, 8. Dezember 2026" / "Tuesday 8 December 2026". */
export function longDate(lang: MailLanguage, date: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(atNoon(date));
}

/** "8. Dezember 2026" / "8 December 2026". */
export function plainDate(lang: MailLanguage, date: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(atNoon(date));
}

export { weekdayName } from '../../i18n/weekday-names.ts';

/** An instant's Berlin date (long) and time ("18:00"). */
export function berlinInstant(lang: MailLanguage, iso: string): { date: string; time: string } {
  const instant = new Date(iso);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return { date: longDate(lang, berlinDate(instant)), time };
}
