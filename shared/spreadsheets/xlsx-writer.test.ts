import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, sheetName, toXlsx, xmlText } from './xlsx-writer.ts';

/** The files of a ZIP archive as text (what we wrote ourselves, so no limits needed). */
function unzip(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('toXlsx', () => {
  const table = {
    name: 'Stunden: Nordstadt',
    header: ['Datum', 'Name', 'Stunden'],
    rows: [['2026-03-04', '=1+1', 2.5]],
  };

  it('is a ZIP of the parts of a one-sheet workbook', () => {
    const files = unzip(toXlsx(table));
    expect([...files.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Stunden  Nordstadt" sheetId="1" r:id="rId1"/>');
  });

  it('gives equal bytes for equal tables (no time in the archive)', () => {
    expect(Buffer.from(toXlsx(table)).equals(Buffer.from(toXlsx({ ...table })))).toBe(true);
  });

  it('writes numbers as numbers and guards formula-like text', () => {
    const sheet = unzip(toXlsx(table)).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<c r="C2"><v>2.5</v></c>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">\'=1+1</t></is></c>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
  });

  it('escapes XML and drops the control characters XML cannot hold', () => {
    expect(xmlText('a<b>&"c"\u0001\td')).toBe('a&lt;b&gt;&amp;&quot;c&quot;\td');
    expect(columnName(0)).toBe('A');
    expect(columnName(25)).toBe('Z');
    expect(columnName(26)).toBe('AA');
    expect(sheetName('a/b*c'.repeat(10))).toHaveLength(31);
  });
});
