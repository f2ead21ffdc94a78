import type { Cell, Table } from './table.ts';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet program read a cell as a formula (CSV injection, OWASP):
 * = + - @ and, because some programs strip them first, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text a cell is written as: a formula-like text gets a leading apostrophe, so that it
 * stays text when the file is opened. Numbers are written as they are (a negative number is a
 * number, not a formula).
 */
export function safeCellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted and its quotes doubled. */
function field(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180: CRLF line ends, quoting where needed), UTF-8 with a byte-order mark
 * for Excel, every text cell guarded against formula injection.
 */
export function toCsv(table: Pick<Table, 'header' | 'rows'>, separator = ','): string {
  const line = (cells: readonly Cell[]) => cells.map((cell) => field(safeCellText(cell), separator)).join(separator);
  return `${BOM}${[line(table.header), ...table.rows.map(line)].join('\r\n')}\r\n`;
}
