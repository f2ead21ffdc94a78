import type { Catalog } from '../catalog/schemas.ts';
import { COLUMN_ALIASES, type ColumnKey, columnHeader } from '../exports/columns.ts';
import type { NeedInput } from '../needs/schemas.ts';
import { catalogLookup } from './catalog-lookup.ts';
import type { RawCell } from './cells.ts';
import { type HeaderMap, mapHeader } from './header-map.ts';
import { NEED_COLUMNS, NEED_REQUIRED, needRow } from './need-rows.ts';
import type { ImportCheck, RowProblem } from './problems.ts';
import { type ManagedQuarters, volunteerOutOfScope } from './scope.ts';
import { type ImportedVolunteer, VOLUNTEER_COLUMNS, VOLUNTEER_REQUIRED, volunteerRow } from './volunteer-rows.ts';

/** A sheet as the readers give it: its rows with the row numbers the spreadsheet shows. */
export type SheetRows = readonly { row: number; cells: readonly RawCell[] }[];

/** At most this many data rows per file: a dry run answers within a request, and the write stays bounded. */
export const MAX_IMPORT_ROWS = 2000;

/** The column a field path comes from, for naming it as the file does. */
const FIELD_COLUMNS: Record<string, ColumnKey> = {
  quarterId: 'quarter',
  venueId: 'venue',
  'schedule.date': 'date',
  'schedule.firstDate': 'date',
  'schedule.lastDate': 'lastDate',
  'schedule.weekday': 'weekday',
  'schedule.start': 'start',
  'schedule.end': 'end',
  requiredSkills: 'skills',
  involvesMinors: 'minors',
};

function columnOf(path: string, header: readonly RawCell[], map: HeaderMap): string | undefined {
  const [first, second] = path.split('.');
  const key = (FIELD_COLUMNS[`${first}.${second}`] ?? FIELD_COLUMNS[first ?? ''] ?? first) as ColumnKey;
  const index = map[key];
  if (index !== undefined) return String(header[index] ?? '');
  return key in COLUMN_ALIASES ? columnHeader(key, 'de') : undefined;
}

function check<T>(
  sheet: SheetRows,
  wanted: readonly ColumnKey[],
  required: readonly ColumnKey[],
  readRow: (cells: readonly RawCell[], map: HeaderMap, row: number) => { value?: T; problems: RowProblem[] },
  duplicateKey: (value: T) => string,
  duplicatePath: string,
  outOfScope: (value: T) => string[] = () => [],
): ImportCheck<T> {
  const [head, ...data] = sheet;
  if (!head) return { valid: [], problems: [{ row: 1, path: '', code: 'empty_file' }], rows: 0 };
  if (data.length > MAX_IMPORT_ROWS)
    return { valid: [], problems: [{ row: head.row, path: '', code: 'too_many_rows' }], rows: data.length };
  const header = head.cells.map((cell) => String(cell ?? ''));
  const { map, problems } = mapHeader(header, wanted, required, head.row);
  if (problems.some((problem) => problem.code === 'missing_column')) return { valid: [], problems, rows: data.length };
  const valid: { row: number; value: T }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of data) {
    const result = readRow(cells, map, row);
    const rowProblems = result.problems.map((problem) => ({ ...problem, column: columnOf(problem.path, header, map) }));
    if (result.value !== undefined) {
      const id = duplicateKey(result.value);
      const earlier = firstRowOf.get(id);
      if (earlier !== undefined)
        rowProblems.push({
          row,
          path: duplicatePath,
          column: columnOf(duplicatePath, header, map),
          code: 'duplicate_in_file',
        });
      else firstRowOf.set(id, row);
      for (const path of outOfScope(result.value))
        rowProblems.push({ row, path, column: columnOf(path, header, map), code: 'not_your_quarter' });
    }
    problems.push(...rowProblems);
    if (result.value !== undefined && rowProblems.length === 0) valid.push({ row, value: result.value });
  }
  return { valid, problems, rows: data.length };
}

/**
 * The dry run of a volunteers' import: every row checked against the profile's schemas, the
 * catalogue and the consent date, with every problem named by row, field path and code. Writes
 * nothing; pure. The same e-mail twice in a file is a problem on the later row; a row naming a
 * quarter outside `managed` (the caller's quarters; admins: `'all'`) is `not_your_quarter`.
 */
export function checkVolunteerImport(
  sheet: SheetRows,
  catalog: Catalog,
  today: string,
  managed: ManagedQuarters = 'all',
): ImportCheck<ImportedVolunteer> {
  const lookup = catalogLookup(catalog);
  return check(
    sheet,
    VOLUNTEER_COLUMNS,
    VOLUNTEER_REQUIRED,
    (cells, map, row) => volunteerRow(cells, map, lookup, today, row),
    (volunteer) => volunteer.email,
    'email',
    (volunteer) => volunteerOutOfScope(volunteer.quarters, managed),
  );
}

/**
 * The dry run of a needs' import: every row checked against the need's schema and the
 * catalogue. The same title, quarter and schedule twice is a problem on the later row; a need in
 * a quarter outside `managed` is `not_your_quarter`.
 */
export function checkNeedImport(
  sheet: SheetRows,
  catalog: Catalog,
  managed: ManagedQuarters = 'all',
): ImportCheck<NeedInput> {
  const lookup = catalogLookup(catalog);
  return check(
    sheet,
    NEED_COLUMNS,
    NEED_REQUIRED,
    (cells, map, row) => needRow(cells, map, lookup, row),
    (need) => JSON.stringify([need.title.toLowerCase(), need.quarterId, need.schedule]),
    'title',
    (need) => (managed === 'all' || managed.includes(need.quarterId) ? [] : ['quarterId']),
  );
}
