import { parseCsv } from '../spreadsheets/csv-parse.ts';
import type { SheetRows } from './check-import.ts';

/**
 * A CSV file's rows numbered as a spreadsheet program shows them (the header is row 1, a blank
 * line is an empty row, a cell over several lines is one row), so that "row 17" in a dry run is
 * row 17 on the manager's screen. Throws {@link CsvSyntaxError} for a broken quote.
 */
export function csvSheet(text: string): SheetRows {
  return parseCsv(text).map((record) => ({ row: record.record, cells: record.cells }));
}
