import { readXlsx } from '../spreadsheets/xlsx-reader.ts';
import type { SheetRows } from './check-import.ts';

/**
 * The first sheet of an XLSX file as the import reads it, rows numbered as the spreadsheet shows
 * them. Throws `ZipError` or `XlsxError` for a file that is no workbook (or unpacks too large).
 */
export function xlsxSheet(bytes: Uint8Array): SheetRows {
  return readXlsx(bytes);
}
