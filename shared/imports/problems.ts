/**
 * One problem of an import file: the row as the spreadsheet numbers it (the header is row 1),
 * the field path as the API names it (`email`, `languages.1.level`, `schedule.end`; empty for
 * the header), the column as the file heads it, and a stable code.
 */
export interface RowProblem {
  row: number;
  path: string;
  column?: string | undefined;
  code: string;
}

/** What a dry run reports: the rows that would be written, and every problem of every other row. */
export interface ImportCheck<T> {
  valid: { row: number; value: T }[];
  problems: RowProblem[];
  /** Data rows read (without the header). */
  rows: number;
}
