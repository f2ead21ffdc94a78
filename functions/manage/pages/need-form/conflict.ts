import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { WEEKDAYS } from '../../../../shared/time/calendar.ts';
import type { FieldText } from '../../../../shared/web/conflict-panel.tsx';
import { catalogNames, formatDate } from '../../../../shared/web/format.ts';
import type { Lang, Translate } from '../../../../shared/web/i18n.ts';
import type { NeedFormValues } from './values.ts';

const list = (items: string[], none: string) => (items.length === 0 ? none : [...items].sort().join(', '));
const date = (lang: Lang, value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(lang, value) : value);
/** Typed values may be anything: only known weekdays are translated. */
const weekdayText = (t: Translate, day: string) =>
  (WEEKDAYS as readonly string[]).includes(day) ? t(`weekday_${day as (typeof WEEKDAYS)[number]}`) : day || '?';

function scheduleText(values: NeedFormValues, t: Translate, lang: Lang): string {
  if (values.scheduleKind === 'once') {
    return `${t('needKind_once')}: ${date(lang, values.onceDate)}, ${values.onceStart}–${values.onceEnd}`;
  }
  if (values.scheduleKind === 'weekly') {
    return `${t('needKind_weekly')}: ${weekdayText(t, values.weekday)}, ${values.weeklyStart}–${values.weeklyEnd}, ${date(lang, values.firstDate)}–${date(lang, values.lastDate)}`;
  }
  return '–';
}

/**
 * The need form's fields as comparable texts, for the conflict panel. The stored need (through
 * `valuesFromNeed`) and the typing both go through here, so equal texts mean an unchanged field.
 */
export function needFieldTexts(
  values: NeedFormValues,
  t: Translate,
  lang: Lang,
  catalog: Catalog,
): Record<string, FieldText> {
  const names = catalogNames(catalog, lang);
  const none = t('none');
  const field = (label: string, text: string): FieldText => ({ label, text: text === '' ? '–' : text });
  return {
    title: field(t('needTitle'), values.title),
    description: field(t('needDescription'), values.description),
    quarterId: field(t('needQuarter'), values.quarterId && names.quarter(values.quarterId)),
    venueId: field(t('needVenue'), values.venueId && names.venue(values.venueId)),
    schedule: field(t('needWhen'), scheduleText(values, t, lang)),
    minSharePercent: field(t('needMinShare'), values.scheduleKind === 'weekly' ? values.minSharePercent : ''),
    places: field(t('needPlaces'), values.places),
    requiredSkills: field(t('needRequiredSkills'), list(values.requiredSkills.map(names.skill), none)),
    niceToHaveSkills: field(t('needNiceToHave'), list(values.niceToHaveSkills.map(names.skill), none)),
    languages: field(t('needLanguages'), list(values.languages.map(names.language), none)),
    involvesMinors: field(t('needMinorsShort'), values.involvesMinors ? t('conflictYes') : t('conflictNo')),
  };
}
