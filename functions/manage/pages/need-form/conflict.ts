import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { FieldText } from '../../../../shared/web/conflict-panel.tsx';
import { dateText, fieldText, listText, weekdayText } from '../../../../shared/web/conflict-texts.ts';
import { catalogNames } from '../../../../shared/web/format.ts';
import type { Lang, Translate } from '../../../../shared/web/i18n.ts';
import type { NeedFormValues } from './values.ts';

function scheduleText(values: NeedFormValues, t: Translate, lang: Lang): string {
  if (values.scheduleKind === 'once') {
    return `${t('needKind_once')}: ${dateText(lang, values.onceDate)}, ${values.onceStart}–${values.onceEnd}`;
  }
  if (values.scheduleKind === 'weekly') {
    return `${t('needKind_weekly')}: ${weekdayText(t, values.weekday)}, ${values.weeklyStart}–${values.weeklyEnd}, ${dateText(lang, values.firstDate)}–${dateText(lang, values.lastDate)}`;
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
  return {
    title: fieldText(t('needTitle'), values.title),
    description: fieldText(t('needDescription'), values.description),
    quarterId: fieldText(t('needQuarter'), values.quarterId && names.quarter(values.quarterId)),
    venueId: fieldText(t('needVenue'), values.venueId && names.venue(values.venueId)),
    schedule: fieldText(t('needWhen'), scheduleText(values, t, lang)),
    minSharePercent: fieldText(t('needMinShare'), values.scheduleKind === 'weekly' ? values.minSharePercent : ''),
    places: fieldText(t('needPlaces'), values.places),
    requiredSkills: fieldText(t('needRequiredSkills'), listText(values.requiredSkills.map(names.skill), none)),
    niceToHaveSkills: fieldText(t('needNiceToHave'), listText(values.niceToHaveSkills.map(names.skill), none)),
    languages: fieldText(t('needLanguages'), listText(values.languages.map(names.language), none)),
    involvesMinors: fieldText(t('needMinorsShort'), values.involvesMinors ? t('conflictYes') : t('conflictNo')),
  };
}
