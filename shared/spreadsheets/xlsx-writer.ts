import { safeCellText } from './csv.ts';
import type { Cell, Table } from './table.ts';
import { zip } from './zip.ts';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** XML 1.0 allows no control characters but tab, LF and CR: they are dropped, the rest escaped. */
export function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly these is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
  );
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * One cell: numbers as numbers, everything else as inline text (no shared-string table to keep
 * in step), guarded like the CSV so that a cell starting with `=` stays text in every program.
 * Style 1 is the bold header.
 */
function cellXml(cell: Cell, ref: string, header: boolean): string {
  const style = header ? ' s="1"' : '';
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number' && Number.isFinite(cell)) return `<c r="${ref}"${style}><v>${cell}</v></c>`;
  const text = xmlText(safeCellText(cell));
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

function sheetXml(table: Table): string {
  const rows = [table.header, ...table.rows].map((cells, r) => {
    const xml = cells.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`, r === 0)).join('');
    return `<row r="${r + 1}">${xml}</row>`;
  });
  const widths = table.header
    .map((_, c) => {
      const longest = Math.max(...[table.header, ...table.rows].map((row) => safeCellText(row[c] ?? null).length));
      return `<col min="${c + 1}" max="${c + 1}" width="${Math.min(Math.max(longest + 2, 8), 60)}" customWidth="1"/>`;
    })
    .join('');
  // The header row stays in view while scrolling: a frozen pane below row 1.
  const view =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${view}${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** Excel limits sheet names to 31 characters without : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

/**
 * A table as an XLSX workbook of one sheet (Office Open XML, ECMA-376): the header in bold and
 * frozen, numbers as numbers, text inline. Zipped by fflate (see zip.ts); the XML is ours, about 5 KB minified
 * with the CSV writer; measured libraries would add 79 KB (write-excel-file 4.1), 355 KB (SheetJS
 * 0.20 writer) or 1.1 MB (exceljs 4.4) to the needs function for what this needs of them.
 */
export function toXlsx(table: Table): Uint8Array {
  const encode = (text: string) => Buffer.from(text, 'utf8');
  const name = xmlText(sheetName(table.name));
  return zip([
    {
      name: '[Content_Types].xml',
      data: encode(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: encode(
        `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: encode(
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: encode(
        `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/styles.xml', data: encode(STYLES) },
    { name: 'xl/worksheets/sheet1.xml', data: encode(sheetXml(table)) },
  ]);
}
