/** Where a CSV cannot be read as a table: an unclosed quote, or text right after a closing one. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly code: 'unclosed_quote' | 'text_after_quote',
  ) {
    super(`CSV line ${line}: ${code}`);
  }
}

/**
 * The separator of a CSV as quarter managers save it: German Excel writes `;`, others `,`.
 * Decided on the header line (outside quotes), `,` when it has neither.
 */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (char: string) => unquoted.split(char).length - 1;
  const counts = [',', ';', '\t'].map((char) => [char, count(char)] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? (best[0] as ',' | ';' | '\t') : ',';
}

/** A row of a CSV: its cells, the line it starts on, and its number as a spreadsheet program shows it. */
export interface CsvRecord {
  line: number;
  /** 1-based, blank lines counted (a spreadsheet shows them as empty rows), a multi-line cell once. */
  record: number;
  cells: string[];
}

/**
 * Reads CSV text (RFC 4180, also with `;` or tab as the separator, LF or CRLF line ends, a
 * leading byte-order mark) into rows of text cells. Each row carries the line it starts on, so
 * that problems can name it. Blank lines are left out. Strict about quotes: a quote left open or
 * text after a closing quote is an error naming its line, never a guess.
 */
export function parseCsv(input: string, separator = detectSeparator(input)): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: CsvRecord[] = [];
  let record = 0;
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    record++;
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, record, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"' && cell === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(quoteLine, 'unclosed_quote');
        const inner = text[i] as string;
        if (inner === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (inner === '\n') line++;
        cell += inner;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\r' && next !== '\n')
        throw new CsvSyntaxError(line, 'text_after_quote');
      continue;
    }
    if (char === separator) {
      cells.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    cell += char;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}
