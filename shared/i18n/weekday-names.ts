import { addDays, WEEKDAYS, type Weekday } from '../time/calendar.ts';
import { INTL_LOCALES, LANGS, type Lang } from './languages.ts';

/** "Dienstag" / "Tuesday" / "الثلاثاء": the weekday's name as `Intl` writes it in the language. */
export function weekdayName(lang: Lang, weekday: Weekday): string {
  // 2024-01-01 was a Monday; a calendar date at noon UTC, formatted in UTC, never shifts.
  const date = addDays('2024-01-01', WEEKDAYS.indexOf(weekday));
  return new Intl.DateTimeFormat(INTL_LOCALES[lang], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

let byName: Map<string, Weekday> | undefined;

/**
 * The weekday a name in any of the platform's languages stands for (as {@link weekdayName} writes
 * it, in any case), so that a sheet exported in one language reads back on import; undefined
 * when the text names none.
 */
export function weekdayOfName(name: string): Weekday | undefined {
  byName ??= new Map(
    LANGS.flatMap((lang) => WEEKDAYS.map((day) => [weekdayName(lang, day).toLocaleLowerCase(), day] as const)),
  );
  return byName.get(name.trim().toLocaleLowerCase());
}
