import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { WEEKDAYS } from '../../../../shared/time/calendar.ts';
import type { FieldText } from '../../../../shared/web/conflict-panel.tsx';
import { catalogNames, formatDate } from '../../../../shared/web/format.ts';
import type { Lang, Translate } from '../../../../shared/web/i18n.ts';
import type { ProfileFormValues } from './form.ts';

const filled = (row: Record<string, string>) => Object.values(row).some((value) => value !== '');
const list = (items: string[], none: string) => (items.length === 0 ? none : [...items].sort().join(', '));
/** Typed values may be anything: only known weekdays are translated. */
const weekdayText = (t: Translate, day: string) =>
  (WEEKDAYS as readonly string[]).includes(day) ? t(`weekday_${day as (typeof WEEKDAYS)[number]}`) : day || '?';
const date = (lang: Lang, value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(lang, value) : value);

/**
 * The profile form's fields as comparable texts, for the conflict panel. Both the stored profile
 * (through `valuesFromProfile`) and the typing go through here, so a field whose texts are equal
 * was not changed by either side.
 */
export function profileFieldTexts(
  values: ProfileFormValues,
  t: Translate,
  lang: Lang,
  catalog: Catalog,
): Record<string, FieldText> {
  const names = catalogNames(catalog, lang);
  const none = t('none');
  const field = (label: string, text: string): FieldText => ({ label, text: text === '' ? '–' : text });
  const languages = Object.entries(values.languages)
    .filter(([, level]) => level !== '')
    .map(([code, level]) => `${names.language(code)}: ${level === 'native' ? t('level_native') : level}`);
  const slots = values.slots.filter(filled).map((slot) => `${weekdayText(t, slot.weekday)} ${slot.start}–${slot.end}`);
  const blackouts = values.blackouts
    .filter(filled)
    .map((period) => `${date(lang, period.from)}–${date(lang, period.until)}`);
  return {
    firstName: field(t('firstName'), values.firstName),
    lastName: field(t('lastName'), values.lastName),
    phone: field(t('phone'), values.phone),
    languages: field(t('languages'), list(languages, none)),
    skills: field(t('skills'), list(values.skills.map(names.skill), none)),
    quarters: field(
      t('quarters'),
      values.allQuarters ? t('allQuartersShort') : list(values.quarters.map(names.quarter), none),
    ),
    weeklySlots: field(t('weeklySlots'), slots.length === 0 ? none : slots.join('\n')),
    availableFrom: field(t('availableFrom'), date(lang, values.availableFrom)),
    availableUntil: field(t('availableUntil'), date(lang, values.availableUntil)),
    blackouts: field(t('blackouts'), list(blackouts, none)),
    maxHoursPerMonth: field(t('maxHoursPerMonth'), values.maxHoursPerMonth),
    consent: field(t('consent'), values.consent ? t('conflictYes') : t('conflictNo')),
  };
}
