/**
 * How pages write dates, numbers, schedules, catalogue names and states, in the page's language:
 * one place for every function's pages (needs, admin, initiatives).
 */
import { everyEntry } from '../catalog/known.ts';
import { LANGUAGES } from '../catalog/languages.ts';
import type { Catalog } from '../catalog/schemas.ts';
import { MATCH_STATES, type MatchState } from '../matches/lifecycle.ts';
import type { Schedule } from '../matching/occurrences.ts';
import { occurrences } from '../matching/occurrences.ts';
import { type Need, NeedStatus } from '../needs/schemas.ts';
import { berlinDate, weekdayOf } from '../time/calendar.ts';
import type { Lang, Translate } from './i18n.ts';

const locale = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-GB');

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date in the page's language: 08.12.2026 in German, 8 Dec 2026 in English (unambiguous
 * for British and American readers alike). Anything that is no date is shown as it is.
 */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (lang === 'de') return `${d}.${m}.${y}`;
  const month = ENGLISH_MONTHS[Number(m) - 1];
  return month && d && y ? `${Number(d)} ${month} ${y}` : iso;
}

/** An instant as a Berlin wall-clock date and time. */
export function formatDateTime(lang: Lang, iso: string): string {
  const instant = new Date(iso);
  const time = new Intl.DateTimeFormat('en-GB', {
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

/** Names of catalogue entries in the visitor's language, retired ones too (the id when unknown). */
export function catalogNames(catalog: Catalog, lang: Lang) {
  return {
    skill: (id: string) => everyEntry(catalog, 'skills').find((skill) => skill.id === id)?.[lang] ?? id,
    venue: (id: string) => everyEntry(catalog, 'venues').find((venue) => venue.id === id)?.name ?? id,
    quarter: (id: string) => everyEntry(catalog, 'quarters').find((quarter) => quarter.id === id)?.name ?? id,
    language: (code: string) => LANGUAGES.find((language) => language.code === code)?.[lang] ?? code,
  };
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
  return t(n === 1 ? 'scheduleWeeklyOne' : 'scheduleWeekly', {
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
  return t(need.places === 1 ? 'fillOne' : 'fillMany', { n: need.acceptedCount, places: need.places });
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
