import type { Catalog } from '../../../shared/catalog/schemas.ts';
import type { Need } from '../../../shared/needs/schemas.ts';
import { weekdayOf } from '../../../shared/time/calendar.ts';
import type { Lang, Translate } from '../../../shared/web/i18n.ts';

/** A calendar date: 08.12.2026 in German, 2026-12-08 in English (as on the profile page). */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return lang === 'de' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`;
}

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

export const quarterName = (catalog: Catalog, id: string) =>
  catalog.quarters.find((quarter) => quarter.id === id)?.name ?? id;

/** "Hausaufgabenhilfe · Nordstadt · Mittwoch, 02.12.2026, 15:00–17:00 Uhr (Entwurf)". */
export function needLabel(t: Translate, lang: Lang, catalog: Catalog, need: Need): string {
  const label = [need.title, quarterName(catalog, need.quarterId), scheduleText(t, lang, need.schedule)].join(' · ');
  return need.status === 'open' ? label : `${label} (${t(`iniStatus_${need.status}`)})`;
}

/** The first day a need happens, for sorting. */
export const firstDay = (need: Need) => (need.schedule.kind === 'once' ? need.schedule.date : need.schedule.firstDate);
