import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { FieldText } from '../../../../shared/web/conflict-panel.tsx';
import { dateText, fieldText, listText, weekdayText } from '../../../../shared/web/conflict-texts.ts';
import { catalogNames } from '../../../../shared/web/format.ts';
import type { Lang, Translate } from '../../../../shared/web/i18n.ts';
import type { ProfileFormValues } from './form.ts';

const filled = (row: Record<string, string>) => Object.values(row).some((value) => value !== '');

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
  const languages = Object.entries(values.languages)
    .filter(([, level]) => level !== '')
    .map(([code, level]) => `${names.language(code)}: ${level === 'native' ? t('level_native') : level}`);
  const slots = values.slots.filter(filled).map((slot) => `${weekdayText(t, slot.weekday)} ${slot.start}–${slot.end}`);
  const blackouts = values.blackouts
    .filter(filled)
    .map((period) => `${dateText(lang, period.from)}–${dateText(lang, period.until)}`);
  return {
    firstName: fieldText(t('firstName'), values.firstName),
    lastName: fieldText(t('lastName'), values.lastName),
    phone: fieldText(t('phone'), values.phone),
    languages: fieldText(t('languages'), listText(languages, none)),
    skills: fieldText(t('skills'), listText(values.skills.map(names.skill), none)),
    quarters: fieldText(
      t('quarters'),
      values.allQuarters ? t('allQuartersShort') : listText(values.quarters.map(names.quarter), none),
    ),
    weeklySlots: fieldText(t('weeklySlots'), slots.length === 0 ? none : slots.join('\n')),
    availableFrom: fieldText(t('availableFrom'), dateText(lang, values.availableFrom)),
    availableUntil: fieldText(t('availableUntil'), dateText(lang, values.availableUntil)),
    blackouts: fieldText(t('blackouts'), listText(blackouts, none)),
    maxHoursPerMonth: fieldText(t('maxHoursPerMonth'), values.maxHoursPerMonth),
    consent: fieldText(t('consent'), values.consent ? t('conflictYes') : t('conflictNo')),
  };
}
