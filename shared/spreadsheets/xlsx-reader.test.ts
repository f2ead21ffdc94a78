import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unzip, ZipError } from './unzip.ts';
import { readXlsx, xmlDecode } from './xlsx-reader.ts';
import { toXlsx } from './xlsx-writer.ts';
import { zip } from './zip.ts';

const fixture = (name: string) => readFileSync(new URL(`../imports/fixtures/${name}`, import.meta.url));

describe('readXlsx', () => {
  it('reads what toXlsx writes', () => {
    const bytes = toXlsx({
      name: 'x',
      header: ['a', 'b'],
      rows: [
        ['Ämina <&>', 2.5],
        [null, '=1'],
      ],
    });
    expect(readXlsx(bytes)).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['Ämina <&>', 2.5] },
      { row: 3, cells: [null, "'=1"] },
    ]);
  });

  it('reads a workbook another program wrote: shared strings, rich text, a date as its serial number, an empty row, a boolean', () => {
    // Written by exceljs 4.4 (as Excel lays it out), committed as a fixture.
    const rows = readXlsx(fixture('needs-exceljs.xlsx'));
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4]);
    expect(rows[1]?.cells.slice(0, 4)).toEqual(['Lesepaten & Vorlesen <Höhe>', 'Höhe', 'Offene Tür (OT) Höhe', 46_359]);
    expect(rows[2]?.cells).toEqual([
      'Hausaufgabenhilfe',
      'Nordstadt',
      'Alte Feuerwache',
      46_357,
      'Dienstag',
      46_476,
      0.625,
      0.708_333_333_333_333_4,
      1,
      'Hausaufgabenhilfe',
      'Arabisch, Farsi',
      true,
    ]);
  });

  it('decodes entities and Excel escapes', () => {
    expect(xmlDecode('a&amp;b&#228;&#x1F600;_x000D_&bogus;')).toBe('a&bä😀\r&bogus;');
  });

  it('refuses what is no ZIP and stops a file that unpacks too large', () => {
    expect(() => readXlsx(Buffer.from('Vorname;Nachname\n'))).toThrow(new ZipError('not_a_zip'));
    // 4 MiB of zeros deflate to about 4 KB: unpacking stops at the limit, not in memory.
    const bomb = Buffer.alloc(4 * 1024 * 1024);
    const archive = zip([{ name: 'xl/worksheets/sheet1.xml', data: bomb }]);
    expect(archive.length).toBeLessThan(deflateRawSync(bomb).length + 200);
    const limits = { maxTotalBytes: 1024 * 1024, maxEntries: 10 };
    expect(() => unzip(archive, () => true, limits)).toThrow(new ZipError('too_large'));
    // A header that lies about the size is caught by the inflate cap all the same.
    const lying = Buffer.from(archive);
    lying.writeUInt32LE(10, lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    expect(() => unzip(lying, () => true, limits)).toThrow(new ZipError('too_large'));
  });

  it('counts the bytes unpacked, not the sizes the headers declare', () => {
    const archive = Buffer.from(zip([{ name: 'xl/workbook.xml', data: Buffer.alloc(64 * 1024) }]));
    const central = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(unzip(archive, () => true).get('xl/workbook.xml')?.length).toBe(64 * 1024);
    // Both headers claim 10 bytes: far within the total, yet more comes out than was declared.
    archive.writeUInt32LE(10, 22);
    archive.writeUInt32LE(10, central + 24);
    expect(() => unzip(archive, () => true)).toThrow(new ZipError('too_large'));
    // Declared sizes beyond the total are refused before anything unpacks.
    archive.writeUInt32LE(0xfffffff0, central + 24);
    expect(() => unzip(archive, () => true)).toThrow(new ZipError('too_large'));
    // A method we do not read (12: bzip2), in both headers.
    archive.writeUInt32LE(64 * 1024, central + 24);
    archive.writeUInt16LE(12, 8);
    archive.writeUInt16LE(12, central + 10);
    expect(() => unzip(archive, () => true)).toThrow(new ZipError('unsupported_zip'));
    // Files the caller does not want are neither unpacked nor checked.
    expect(unzip(archive, () => false).size).toBe(0);
  });
});
