import { LANGUAGE_CODES } from '../../../../shared/catalog/languages.ts';
import { CONSENT } from '../../../../shared/volunteers/consent.ts';
import type { VolunteerProfile } from '../../../../shared/volunteers/schemas.ts';
import { formList, formString } from '../../../../shared/web/form.tsx';

/** The profile form as typed: strings, so that whatever the user typed can be shown again. */
export interface ProfileFormValues {
  version: string;
  firstName: string;
  lastName: string;
  phone: string;
  languages: Record<string, string>;
  skills: string[];
  quarters: string[];
  allQuarters: boolean;
  slots: { weekday: string; start: string; end: string }[];
  availableFrom: string;
  availableUntil: string;
  blackouts: { from: string; until: string }[];
  maxHoursPerMonth: string;
  consent: boolean;
}

const EXTRA_ROWS = 2;

/** Rows shown: what was typed plus a few empty ones (at least three). */
export function rowCount(filled: number, requested = 0): number {
  return Math.max(filled + EXTRA_ROWS, 3, requested);
}

export function valuesFromProfile(profile: VolunteerProfile | undefined, today: string): ProfileFormValues {
  return {
    version: profile ? String(profile.version) : '',
    firstName: profile?.firstName ?? '',
    lastName: profile?.lastName ?? '',
    phone: profile?.phone ?? '',
    languages: Object.fromEntries((profile?.languages ?? []).map((language) => [language.code, language.level])),
    skills: profile?.skills ?? [],
    quarters: profile && profile.quarters !== 'all' ? profile.quarters : [],
    allQuarters: profile?.quarters === 'all',
    slots: profile?.weeklySlots.map((slot) => ({ ...slot })) ?? [],
    availableFrom: profile?.availableFrom ?? today,
    availableUntil: profile?.availableUntil ?? '',
    blackouts: profile?.blackouts.map((period) => ({ ...period })) ?? [],
    maxHoursPerMonth: profile ? String(profile.maxHoursPerMonth) : '8',
    consent: profile?.consent.version === CONSENT.version,
  };
}

type Form = Record<string, string | string[]>;

const filled = (row: Record<string, string>) => Object.values(row).some((value) => value !== '');

function rows<T>(form: Form, prefix: string, fields: (keyof T & string)[]): T[] {
  const count = Math.min(Number(formString(form, `${prefix}Rows`)) || 0, 60);
  const result: T[] = [];
  for (let index = 0; index < count; index++) {
    result.push(
      Object.fromEntries(fields.map((field) => [field, formString(form, `${prefix}${index}_${field}`)])) as T,
    );
  }
  // Trailing empty rows are not kept, or every round trip would add spare rows.
  while (result.length > 0 && !filled(result[result.length - 1] as Record<string, string>)) result.pop();
  return result;
}

export function valuesFromForm(form: Form): ProfileFormValues {
  return {
    version: formString(form, 'version'),
    firstName: formString(form, 'firstName'),
    lastName: formString(form, 'lastName'),
    phone: formString(form, 'phone'),
    languages: Object.fromEntries(
      LANGUAGE_CODES.map((code) => [code, formString(form, `lang_${code}`)]).filter(([, level]) => level),
    ),
    skills: formList(form, 'skills'),
    quarters: formList(form, 'quarters'),
    allQuarters: formString(form, 'allQuarters') === 'on',
    slots: rows(form, 'slot', ['weekday', 'start', 'end']),
    availableFrom: formString(form, 'availableFrom'),
    availableUntil: formString(form, 'availableUntil'),
    blackouts: rows(form, 'blackout', ['from', 'until']),
    maxHoursPerMonth: formString(form, 'maxHoursPerMonth'),
    consent: formString(form, 'consent') === 'on',
  };
}

const optional = (value: string) => (value === '' ? undefined : value);

/**
 * The API's profile input built from the form, and a map from the input's issue paths back to
 * the form's field names (`weeklySlots.0.end` → `slot2_end` when rows 0 and 1 were empty).
 */
export function inputFromValues(values: ProfileFormValues): { input: unknown; fieldName: (path: string) => string } {
  const languageCodes = Object.keys(values.languages);
  const slotRows = values.slots.map((slot, index) => (filled(slot) ? index : -1)).filter((index) => index >= 0);
  const blackoutRows = values.blackouts
    .map((period, index) => (filled(period) ? index : -1))
    .filter((index) => index >= 0);
  const input = {
    ...(values.version !== '' && { version: Number(values.version) }),
    firstName: values.firstName,
    lastName: values.lastName,
    phone: optional(values.phone),
    languages: languageCodes.map((code) => ({ code, level: values.languages[code] })),
    skills: values.skills,
    quarters: values.allQuarters ? 'all' : values.quarters,
    weeklySlots: slotRows.map((index) => values.slots[index]),
    availableFrom: values.availableFrom,
    availableUntil: optional(values.availableUntil),
    blackouts: blackoutRows.map((index) => values.blackouts[index]),
    maxHoursPerMonth: values.maxHoursPerMonth === '' ? undefined : Number(values.maxHoursPerMonth),
    consent: { version: CONSENT.version, accepted: values.consent },
  };
  const fieldName = (path: string): string => {
    const [head, index, field] = path.split('.');
    const at = Number(index);
    if (head === 'languages') return index === undefined ? 'languages' : `lang_${languageCodes[at]}`;
    if (head === 'weeklySlots') return index === undefined ? 'weeklySlots' : `slot${slotRows[at]}_${field ?? 'start'}`;
    if (head === 'blackouts')
      return index === undefined ? 'blackouts' : `blackout${blackoutRows[at]}_${field ?? 'from'}`;
    if (head === 'skills' || head === 'quarters' || head === 'consent') return head;
    return head ?? path;
  };
  return { input, fieldName };
}
