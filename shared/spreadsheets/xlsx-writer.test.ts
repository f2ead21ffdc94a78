import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { columnName, sheetName, toXlsx, xmlText } from './xlsx-writer.ts';

/** The files of a ZIP archive, read from its central directory (enough to check what we wrote). */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    files.set(name, inflateRawSync(buffer.subarray(start, start + size)).toString('utf8'));
    at += 46 + nameLength + extra;
  }
  return files;
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
