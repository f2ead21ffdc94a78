import type { ColumnKey } from '../exports/columns.ts';
import { toFieldIssues } from '../http/issues.ts';
import { NeedInput } from '../needs/schemas.ts';
import { weekdayOf } from '../time/calendar.ts';
import { IsoDate } from '../volunteers/schemas.ts';
import type { CatalogLookup } from './catalog-lookup.ts';
import { date, integer, list, type RawCell, text, time, weekday, yesNo } from './cells.ts';
import type { HeaderMap } from './header-map.ts';
import type { RowProblem } from './problems.ts';
import { merge } from './volunteer-rows.ts';

/** The columns of a needs' sheet, and those it must have. */
export const NEED_COLUMNS: readonly ColumnKey[] = [
  'title',
  'description',
  'quarter',
  'venue',
  'date',
  'lastDate',
  'weekday',
  'start',
  'end',
  'places',
  'skills',
  'languages',
  'minors',
  // What the needs export adds: read and ignored, so that an exported sheet can come back.
  'kind',
  'accepted',
  'status',
  'needId',
];
export const NEED_REQUIRED: readonly ColumnKey[] = ['title', 'quarter', 'venue', 'date', 'start', 'end', 'places'];

/**
 * One row of a needs' sheet as a {@link NeedInput}: a date alone is a one-off need; a weekday or
 * a last date ("Bis") makes it weekly from the date to the last date (the weekday, when not
 * given, is the first date's). Checked by the need's own schema, then against the catalogue
 * (quarter, a venue of that quarter, skills), every problem at once with its field path.
 */
export function needRow(
  cells: readonly RawCell[],
  map: HeaderMap,
  lookup: CatalogLookup,
  row: number,
): { value?: NeedInput; problems: RowProblem[] } {
  const cell = (key: ColumnKey) => (map[key] === undefined ? undefined : cells[map[key]]);
  const first = date(cell('date'));
  const last = date(cell('lastDate'));
  const day = text(cell('weekday'));
  const start = time(cell('start'));
  const end = time(cell('end'));
  const weekly = day !== '' || last !== '';
  const schedule = weekly
    ? {
        kind: 'weekly' as const,
        weekday: day !== '' ? weekday(day) : IsoDate.safeParse(first).success ? weekdayOf(first) : '',
        start,
        end,
        firstDate: first,
        lastDate: last,
      }
    : { kind: 'once' as const, date: first, start, end };
  const minors = yesNo(cell('minors'));
  const candidate = {
    title: text(cell('title')),
    description: text(cell('description')),
    quarterId: lookup.quarter(text(cell('quarter'))),
    venueId: lookup.venue(text(cell('venue'))),
    schedule,
    places: integer(cell('places')),
    requiredSkills: list(cell('skills')).map(lookup.skill),
    niceToHaveSkills: [],
    languages: list(cell('languages')).map(lookup.language),
    involvesMinors: minors ?? text(cell('minors')),
  };
  const parsed = NeedInput.safeParse(candidate);
  const schemaIssues = parsed.success ? [] : toFieldIssues(parsed.error.issues);
  const issues: { path: string; code: string; message: string }[] = [];
  // A cell that holds something else than asked for is named as such, not as missing.
  if (typeof candidate.places === 'string' && candidate.places !== '')
    issues.push({ path: 'places', code: 'not_a_whole_number', message: '' });
  if (minors === undefined) issues.push({ path: 'involvesMinors', code: 'not_yes_or_no', message: '' });
  if (!lookup.quarters.has(candidate.quarterId))
    issues.push({ path: 'quarterId', code: 'unknown_quarter', message: '' });
  const venueQuarter = lookup.venues.has(candidate.venueId) ? lookup.venueQuarter(candidate.venueId) : undefined;
  if (venueQuarter === undefined) issues.push({ path: 'venueId', code: 'unknown_venue', message: '' });
  else if (lookup.quarters.has(candidate.quarterId) && venueQuarter !== candidate.quarterId)
    issues.push({ path: 'venueId', code: 'venue_in_other_quarter', message: '' });
  candidate.requiredSkills.forEach((skill, index) => {
    if (!lookup.skills.has(skill)) issues.push({ path: `requiredSkills.${index}`, code: 'unknown_skill', message: '' });
  });
  const problems = merge(row, schemaIssues, issues);
  return parsed.success && problems.length === 0 ? { value: parsed.data, problems } : { problems };
}
