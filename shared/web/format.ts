/**
 * How pages write dates, numbers, schedules, catalogue names and states, in the page's language:
 * one place for every function's pages (needs, admin, initiatives).
 */
import { everyEntry } from '../catalog/known.ts';
import { LANGUAGES } from '../catalog/languages.ts';
import type { Catalog } from '../catalog/schemas.ts';
import { displayLanguageName } from '../i18n/display-names.ts';
import { INTL_LOCALES } from '../i18n/languages.ts';
import { MATCH_STATES, type MatchState } from '../matches/lifecycle.ts';
import type { Schedule } from '../matching/occurrences.ts';
import { occurrences } from '../matching/occurrences.ts';
import { type Need, NeedStatus } from '../needs/schemas.ts';
import { berlinDate, weekdayOf } from '../time/calendar.ts';
import type { Lang, Translate } from './i18n.ts';

const locale = (lang: Lang) => INTL_LOCALES[lang];

// A calendar date is a wall-clock day: formatted at noon UTC, in UTC, it never shifts.
const atNoon = (date: string) => new Date(`${date.slice(0, 10)}T12:00:00Z`);

const DATE_OPTIONS: Record<Lang, Intl.DateTimeFormatOptions> = {
  de: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
  ar: { day: 'numeric', month: 'long', year: 'numeric' },
  fa: { day: 'numeric', month: 'long', year: 'numeric' },
  tr: { day: '2-digit', month: '2-digit', year: 'numeric' },
  uk: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

/**
 * A calendar date in the page's language, by `Intl`: 08.12.2026 in German, Turkish and Ukrainian,
 * 8 Dec 2026 in English (unambiguous for British and American readers alike), the month by name in
 * Arabic and Farsi (a numeric date reads ambiguously right to left). Anything that is no date is
 * shown as it is.
 */
export function formatDate(lang: Lang, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const date = atNoon(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { ...DATE_OPTIONS[lang], timeZone: 'UTC' }).format(date);
}

/** An instant as a Berlin wall-clock date and time (24 hours in every language). */
export function formatDateTime(lang: Lang, iso: string): string {
  const instant = new Date(iso);
  const time = new Intl.DateTimeFormat(locale(lang), {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${formatDate(lang, berlinDate(instant))}, ${time}`;
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** `2026-12` → "Dezember 2026" / "December 2026". */
export function formatMonth(lang: Lang, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/**
 * The language catalogue names are shown in on a page of `lang`: skills are named in German and
 * English only (admins are not asked for six names), so other pages show the English name, marked
 * with this as `lang` on the element around it.
 */
export const catalogLanguageOf = (lang: Lang): 'de' | 'en' => (lang === 'de' ? 'de' : 'en');

/**
 * Names of catalogue entries in the visitor's language, retired ones too (the id when unknown).
 * Skills: German or English (see {@link catalogLanguageOf}; the German name when an English one is
 * missing); languages: the catalogue's names in German and English, `Intl.DisplayNames` in the others.
 */
export function catalogNames(catalog: Catalog, lang: Lang) {
  const named = catalogLanguageOf(lang);
  return {
    /** Set when skill names are not in the page's language: the `lang` of the element around them. */
    foreign: named === lang ? undefined : named,
    skill: (id: string) => {
      const skill = everyEntry(catalog, 'skills').find((entry) => entry.id === id);
      return skill ? skillName(lang, skill) : id;
    },
    venue: (id: string) => everyEntry(catalog, 'venues').find((venue) => venue.id === id)?.name ?? id,
    quarter: (id: string) => everyEntry(catalog, 'quarters').find((quarter) => quarter.id === id)?.name ?? id,
    language: (code: string) => languageName(lang, code),
  };
}

/** A skill's name as a page of `lang` shows it (see {@link catalogLanguageOf}). */
export const skillName = (lang: Lang, skill: { de: string; en: string }): string =>
  skill[catalogLanguageOf(lang)] || skill.de;

/**
 * A language's name in the page's language: the catalogue's own names in German and English,
 * `Intl.DisplayNames` in the others (the English name where Intl has none).
 */
export function languageName(lang: Lang, code: string): string {
  const known = LANGUAGES.find((language) => language.code === code);
  if (lang === 'de' || lang === 'en') return known?.[lang] ?? code;
  return displayLanguageName(lang, code) ?? known?.en ?? code;
}
export type CatalogNames = ReturnType<typeof catalogNames>;

/** "Dienstag, 08.12.2026, 15:00–17:00" or "jeden Dienstag, 15:00–17:00, 01.12.2026 bis 23.02.2027 (13 Termine)". */
export function scheduleText(t: Translate, lang: Lang, schedule: Schedule): string {
  const time = `${schedule.start}–${schedule.end}`;
  if (schedule.kind === 'once') {
    return t('scheduleOnce', {
      weekday: t(`weekday_${weekdayOf(schedule.date)}`),
      date: formatDate(lang, schedule.date),
      time,
    });
  }
  const n = occurrences(schedule).length;
  return t.count(n, 'scheduleWeeklyOne', 'scheduleWeekly', {
    weekday: t(`weekday_${schedule.weekday}`),
    time,
    first: formatDate(lang, schedule.firstDate),
    last: formatDate(lang, schedule.lastDate),
    n,
  });
}

/** The last date a schedule occurs on (its first for a one-off need). */
export function lastDate(schedule: Schedule): string {
  return occurrences(schedule).at(-1)?.date ?? (schedule.kind === 'once' ? schedule.date : schedule.lastDate);
}

export function firstDate(schedule: Schedule): string {
  return occurrences(schedule)[0]?.date ?? (schedule.kind === 'once' ? schedule.date : schedule.firstDate);
}

/** "1 von 2 Plätzen vergeben". */
export function fillText(t: Translate, need: Pick<Need, 'acceptedCount' | 'places'>): string {
  return t.count(need.places, 'fillOne', 'fillMany', { n: need.acceptedCount, places: need.places });
}

export function matchStateText(t: Translate, state: MatchState | string): string {
  return isMatchState(state) ? t(`matchState_${state}`) : state;
}

/** A need's status in words ("offen"); an unknown value as it is. */
export function needStatusText(t: Translate, status: string): string {
  const known = NeedStatus.safeParse(status);
  return known.success ? t(`needStatus_${known.data}`) : status;
}

/** The Berlin calendar date of an instant. */
export const dateOfInstant = (lang: Lang, iso: string) => formatDate(lang, berlinDate(new Date(iso)));

const isMatchState = (value: string): value is MatchState => (MATCH_STATES as readonly string[]).includes(value);
