import { ValidationError } from '../errors/index.ts';
import { CsvSyntaxError } from '../spreadsheets/csv-parse.ts';
import { ZipError } from '../spreadsheets/unzip.ts';
import { XlsxError } from '../spreadsheets/xlsx-reader.ts';
import type { SheetRows } from './check-import.ts';
import { csvSheet } from './csv-sheet.ts';
import { xlsxSheet } from './xlsx-sheet.ts';

export type ImportFormat = 'csv' | 'xlsx';

/** An XLSX file is a ZIP archive: it starts with "PK\x03\x04". */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The file's format by its content, not by its name or a header a browser guessed: a ZIP is an
 * XLSX workbook, anything else is read as CSV.
 */
export const formatOf = (bytes: Uint8Array): ImportFormat => (isZip(bytes) ? 'xlsx' : 'csv');

/**
 * CSV text as spreadsheet programs save it: UTF-8 (with or without BOM), else Windows-1252, which
 * is what Excel in German writes as "CSV (Trennzeichen-getrennt)".
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The uploaded file's first sheet, rows numbered as the spreadsheet shows them. A file that is
 * neither readable CSV nor an XLSX workbook is a 400 at `file`.
 */
export function readSheet(bytes: Uint8Array): SheetRows {
  if (bytes.length === 0)
    throw new ValidationError([{ path: 'file', code: 'empty_file', message: 'The file is empty' }]);
  try {
    return formatOf(bytes) === 'xlsx' ? xlsxSheet(bytes) : csvSheet(decode(bytes));
  } catch (error) {
    if (error instanceof CsvSyntaxError || error instanceof ZipError || error instanceof XlsxError)
      throw new ValidationError([
        { path: 'file', code: 'unreadable_file', message: `The file cannot be read (${error.code})` },
      ]);
    throw error;
  }
}
