import * as z from 'zod/mini';
import type { ColumnKey } from '../exports/columns.ts';
import { toFieldIssues } from '../http/issues.ts';
import { strict } from '../http/zod.ts';
import { IsoDate, VolunteerProfile } from '../volunteers/schemas.ts';
import { type CatalogLookup, spokenLanguage } from './catalog-lookup.ts';
import { date, list, type RawCell, text } from './cells.ts';
import type { HeaderMap } from './header-map.ts';
import type { RowProblem } from './problems.ts';

/** The columns of a volunteers' sheet, and those it must have. */
export const VOLUNTEER_COLUMNS: readonly ColumnKey[] = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'languages',
  'skills',
  'quarters',
  'consentedAt',
];
export const VOLUNTEER_REQUIRED: readonly ColumnKey[] = [
  'firstName',
  'lastName',
  'email',
  'languages',
  'quarters',
  'consentedAt',
];

/**
 * A volunteer as a quarter manager's sheet holds them: the profile's own field schemas (name,
 * e-mail, phone, languages with level, skills, quarters) and the day they gave their consent,
 * which is what makes importing them lawful at all.
 */
export const ImportedVolunteer = strict(
  z.extend(
    z.pick(VolunteerProfile, {
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      languages: true,
      skills: true,
      quarters: true,
    }),
    { consentedAt: IsoDate },
  ),
);
export type ImportedVolunteer = z.infer<typeof ImportedVolunteer>;

const ALL = new Set(['alle', 'all', '*']);

/**
 * One row of a volunteers' sheet, checked field by field: the schema, then the catalogue
 * (quarters and skills that exist) and the consent date (not after `today`). Every problem at
 * once, each with its field path.
 */
export function volunteerRow(
  cells: readonly RawCell[],
  map: HeaderMap,
  lookup: CatalogLookup,
  today: string,
  row: number,
): { value?: ImportedVolunteer; problems: RowProblem[] } {
  const cell = (key: ColumnKey) => (map[key] === undefined ? undefined : cells[map[key]]);
  const quarters = list(cell('quarters'));
  const phone = text(cell('phone'));
  const candidate = {
    firstName: text(cell('firstName')),
    lastName: text(cell('lastName')),
    email: text(cell('email')).toLowerCase(),
    ...(phone && { phone }),
    languages: list(cell('languages')).map((item) => spokenLanguage(item, lookup)),
    skills: list(cell('skills')).map(lookup.skill),
    quarters:
      quarters.length === 1 && ALL.has((quarters[0] as string).toLowerCase()) ? 'all' : quarters.map(lookup.quarter),
    consentedAt: date(cell('consentedAt')),
  };
  const parsed = ImportedVolunteer.safeParse(candidate);
  const schemaIssues = parsed.success ? [] : toFieldIssues(parsed.error.issues);
  const issues: { path: string; code: string; message: string }[] = [];
  candidate.skills.forEach((skill, index) => {
    if (!lookup.skills.has(skill)) issues.push({ path: `skills.${index}`, code: 'unknown_skill', message: '' });
  });
  if (Array.isArray(candidate.quarters))
    candidate.quarters.forEach((quarter, index) => {
      if (!lookup.quarters.has(quarter))
        issues.push({ path: `quarters.${index}`, code: 'unknown_quarter', message: '' });
    });
  if (candidate.consentedAt > today && IsoDate.safeParse(candidate.consentedAt).success)
    issues.push({ path: 'consentedAt', code: 'consent_in_future', message: '' });
  const problems = merge(row, schemaIssues, issues);
  return parsed.success && problems.length === 0 ? { value: parsed.data, problems } : { problems };
}

/**
 * The problems of a row in the schema's field order: a name the catalogue does not know is
 * reported as such (`unknown_quarter`), not also as the malformed id it was left as.
 */
export function merge(
  row: number,
  schemaIssues: readonly { path: string; code: string }[],
  catalogIssues: readonly { path: string; code: string }[],
): RowProblem[] {
  const caught = new Set(catalogIssues.map((issue) => issue.path));
  return [...schemaIssues.filter((issue) => !caught.has(issue.path)), ...catalogIssues].map((issue) => ({
    row,
    path: issue.path,
    code: issue.code,
  }));
}
