import { LANGUAGES } from '../../../shared/catalog/languages.ts';
import type { Catalog } from '../../../shared/catalog/schemas.ts';
import type { Need } from '../../../shared/needs/schemas.ts';
import { berlinDate, weekdayOf } from '../../../shared/time/calendar.ts';
import type { Lang, Translate } from '../../../shared/web/i18n.ts';

/** A calendar date: 08.12.2026 in German, 2026-12-08 in English (as on the profile page). */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return lang === 'de' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`;
}

/** The Berlin calendar date of an instant. */
export const dateOfInstant = (lang: Lang, iso: string) => formatDate(lang, berlinDate(new Date(iso)));

/** "Mittwoch, 02.12.2026, 15:00–17:00 Uhr" or "jeden Mittwoch, 15:00–17:00 Uhr, vom … bis …". */
export function scheduleText(t: Translate, lang: Lang, schedule: Need['schedule']): string {
  const time = `${schedule.start}–${schedule.end}`;
  if (schedule.kind === 'once') {
    return t('schedOnce', {
      weekday: t(`weekday_${weekdayOf(schedule.date)}`),
      date: formatDate(lang, schedule.date),
      time,
    });
  }
  return t('schedWeekly', {
    weekday: t(`weekday_${schedule.weekday}`),
    time,
    first: formatDate(lang, schedule.firstDate),
    last: formatDate(lang, schedule.lastDate),
  });
}

/** "1 von 2 Plätzen besetzt". */
export function fillText(t: Translate, need: { acceptedCount: number; places: number }): string {
  return t(need.places === 1 ? 'iniFillOne' : 'iniFillMany', { n: need.acceptedCount, places: need.places });
}

const NEED_STATUSES = ['draft', 'open', 'filled', 'closed', 'cancelled'] as const;

export function needStatusText(t: Translate, status: string): string {
  return (NEED_STATUSES as readonly string[]).includes(status)
    ? t(`iniStatus_${status as (typeof NEED_STATUSES)[number]}`)
    : status;
}

/** Names of catalogue entries and languages in the page language (the id when unknown). */
export function names(catalog: Catalog, lang: Lang) {
  return {
    venue: (id: string) => catalog.venues.find((venue) => venue.id === id)?.name ?? id,
    quarter: (id: string) => catalog.quarters.find((quarter) => quarter.id === id)?.name ?? id,
    language: (code: string) => LANGUAGES.find((language) => language.code === code)?.[lang] ?? code,
  };
}

/** "Arabisch (Muttersprache), Deutsch (B1)". */
export function languagesText(
  t: Translate,
  language: (code: string) => string,
  languages: { code: string; level: string }[],
): string {
  if (languages.length === 0) return t('none');
  return languages
    .map((entry) => `${language(entry.code)} (${entry.level === 'native' ? t('level_native') : entry.level})`)
    .join(', ');
}
