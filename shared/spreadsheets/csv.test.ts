import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCellText, toCsv } from './csv.ts';
import { CsvSyntaxError, detectSeparator, parseCsv } from './csv-parse.ts';

describe('toCsv', () => {
  it('starts with a byte-order mark, ends lines with CRLF and quotes per RFC 4180', () => {
    const csv = toCsv({
      header: ['a', 'b'],
      rows: [
        ['x,y', 'say "hi"'],
        ['line\nbreak', 2.5],
        [null, -1],
      ],
    });
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",2.5\r\n,-1\r\n');
  });

  it.each(['=SUM(A1)', '+1', '-1+2', '@cmd', '\tx', '\rx'])('guards the formula-like text %j', (text) => {
    expect(safeCellText(text)).toBe(`'${text}`);
    expect(toCsv({ header: ['h'], rows: [[text]] })).toContain(`'${text.slice(0, 1)}`);
  });

  it('leaves numbers, negative ones too, and plain text alone', () => {
    expect(safeCellText(-3)).toBe('-3');
    expect(safeCellText('Amina')).toBe('Amina');
    expect(safeCellText('a=b')).toBe('a=b');
  });
});

describe('parseCsv', () => {
  it('reads what toCsv writes, whatever the text (round trip)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ä', ',', ';', '"', '\n', '\r\n', ' ', 'x') });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        // Guarded cells come back with their apostrophe; blank lines are not rows.
        const written = rows.filter((row) => row.some((cell) => cell !== ''));
        const parsed = parseCsv(toCsv({ header: ['h1', 'h2'], rows: written }), ',').map((row) => row.cells);
        expect(parsed).toEqual([['h1', 'h2'], ...written.map((row) => row.map((cell) => safeCellText(cell)))]);
      }),
    );
  });

  it('reads semicolons as German Excel writes them, and names each row by its first line', () => {
    const text = 'Vorname;Nachname\n"Amina";"Multi\nLine"\n\nBasel;X\n';
    expect(detectSeparator(text)).toBe(';');
    expect(parseCsv(text)).toEqual([
      { line: 1, record: 1, cells: ['Vorname', 'Nachname'] },
      { line: 2, record: 2, cells: ['Amina', 'Multi\nLine'] },
      { line: 5, record: 4, cells: ['Basel', 'X'] },
    ]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a,b\n"open,x\n', ',')).toThrow(new CsvSyntaxError(2, 'unclosed_quote'));
    expect(() => parseCsv('a,b\n"x"y,z\n', ',')).toThrow(new CsvSyntaxError(2, 'text_after_quote'));
  });
});
