import type * as z from 'zod/mini';
import {
  QuarterInput,
  QuarterUpdate,
  SkillInput,
  SkillUpdate,
  VenueInput,
  VenueUpdate,
  type Versioned,
} from '../../../../shared/catalog/catalog-entries.ts';
import type { Quarter, Skill, Venue } from '../../../../shared/catalog/schemas.ts';
import type { FieldIssue } from '../../../../shared/errors/index.ts';
import type { FieldErrors } from '../../../../shared/web/form.tsx';
import type { Translate } from '../../../../shared/web/i18n.ts';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';

export const CATALOG_KINDS = ['quarter', 'venue', 'skill'] as const;
export type CatalogKindName = (typeof CATALOG_KINDS)[number];

/** The text fields of each kind's form, with their limits (shown as maxlength and named in errors). */
export const TEXT_FIELDS: Record<CatalogKindName, Record<string, number>> = {
  quarter: { name: 80, district: 80 },
  venue: { name: 120, street: 120, postcode: 5, city: 80 },
  skill: { de: 80, en: 80 },
};

/** Typed values of one form, by field name (strings as typed; `retired` is "true" or ""). */
export type FormValues = Record<string, string>;

/** One form on the catalogue page: `<kind>-new` or `<kind>-<id>`; its inputs are named `<key>.<field>`. */
export const formKey = (kind: CatalogKindName, id?: string) => `${kind}-${id ?? 'new'}`;
export const fieldName = (key: string, field: string) => `${key}.${field}`;

export function valuesOf(
  kind: CatalogKindName,
  entry: Versioned<Quarter> | Versioned<Venue> | Versioned<Skill>,
): FormValues {
  const state = { retired: entry.retired ? 'true' : '', version: String(entry.version) };
  if (kind === 'quarter') {
    const quarter = entry as Versioned<Quarter>;
    return { name: quarter.name, district: quarter.district, programme: quarter.programme, ...state };
  }
  if (kind === 'venue') {
    const venue = entry as Versioned<Venue>;
    return {
      name: venue.name,
      quarterId: venue.quarterId,
      street: venue.address?.street ?? '',
      postcode: venue.address?.postcode ?? '',
      city: venue.address?.city ?? 'Wuppertal',
      ...state,
    };
  }
  const skill = entry as Versioned<Skill>;
  return { de: skill.de, en: skill.en, ...state };
}

/** Reads one form's fields from a posted form. */
export function readValues(kind: CatalogKindName, key: string, read: (name: string) => string): FormValues {
  const fields = [...Object.keys(TEXT_FIELDS[kind]), 'retired', 'version'];
  if (kind === 'quarter') fields.push('programme');
  if (kind === 'venue') fields.push('quarterId');
  return Object.fromEntries(fields.map((field) => [field, read(fieldName(key, field)).trim()]));
}

/** The body the API would take for this form: new (no version) or an edit. */
export function inputOf(kind: CatalogKindName, values: FormValues, isNew: boolean, version?: string): unknown {
  const state = { retired: values.retired === 'true', version: Number(version ?? values.version) };
  const text = (name: string) => values[name] ?? '';
  switch (kind) {
    case 'quarter': {
      const fields = { name: text('name'), district: text('district'), programme: text('programme') || undefined };
      return isNew ? fields : { ...fields, ...state };
    }
    case 'venue': {
      const address = { street: text('street'), postcode: text('postcode'), city: text('city') };
      return isNew
        ? { quarterId: text('quarterId') || undefined, name: text('name'), address }
        : { name: text('name'), address, ...state };
    }
    case 'skill': {
      const fields = { de: text('de'), en: text('en') };
      return isNew ? fields : { ...fields, ...state };
    }
  }
}

export function schemaOf(kind: CatalogKindName, isNew: boolean): z.ZodMiniType {
  if (kind === 'quarter') return isNew ? QuarterInput : QuarterUpdate;
  if (kind === 'venue') return isNew ? VenueInput : VenueUpdate;
  return isNew ? SkillInput : SkillUpdate;
}

const FIELD_TEXTS: Record<string, MessageKey> = {
  postcode: 'catErr_postcode',
  street: 'catErr_street',
  quarterId: 'catErr_quarter',
  programme: 'catErr_programme',
  version: 'catErr_stale',
};

/** Issues as errors of one form's fields (`address.street` → `street`), naming each text field's limit. */
export function catalogErrors(t: Translate, kind: CatalogKindName, key: string, issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.split('.').at(-1) || 'name';
    const max = TEXT_FIELDS[kind][field];
    const own = FIELD_TEXTS[field];
    const text = own ? t(own) : max !== undefined ? t('catErr_text', { max }) : t('catErr_invalid');
    errors[fieldName(key, field)] ??= text;
  }
  return errors;
}

/** The fields of one form as text for the conflict panel (stored beside typed). */
export function conflictTexts(t: Translate, kind: CatalogKindName, values: FormValues) {
  const labels: Record<string, MessageKey> = {
    name: 'catName',
    district: 'catDistrict',
    programme: 'catProgramme',
    street: 'catStreet',
    postcode: 'catPostcode',
    city: 'catCity',
    de: 'catSkillDe',
    en: 'catSkillEn',
  };
  const texts: Record<string, { label: string; text: string }> = {};
  for (const field of [...Object.keys(TEXT_FIELDS[kind]), ...(kind === 'quarter' ? ['programme'] : [])]) {
    texts[field] = { label: t(labels[field] ?? 'catName'), text: values[field] ?? '' };
  }
  texts.retired = { label: t('catRetired'), text: t(values.retired === 'true' ? 'catYes' : 'catNo') };
  return texts;
}
