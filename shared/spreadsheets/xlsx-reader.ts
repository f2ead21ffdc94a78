import { unzip } from './unzip.ts';

/** A cell as read: text, a number (dates and times stay Excel's serial numbers), a boolean, or empty. */
export type ReadCell = string | number | boolean | null;

/** The XLSX is readable ZIP but no workbook we understand (no sheet, a part missing). */
export class XlsxError extends Error {
  constructor(readonly code: 'not_a_workbook') {
    super(`XLSX: ${code}`);
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text as the characters it stands for; Excel's own `_xHHHH_` escapes too. */
export function xmlDecode(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Attributes of a start tag: `r="B2" t="s"` → { r: 'B2', t: 's' } (namespace prefixes dropped). */
function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/(?:[\w-]+:)?([\w-]+)\s*=\s*"([^"]*)"/g))
    result[match[1] as string] = xmlDecode(match[2] as string);
  return result;
}

/** The text of every `<t>` in a piece of XML (rich-text runs joined), phonetic hints (`<rPh>`) left out. */
function texts(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let result = '';
  for (const match of plain.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g))
    result += xmlDecode(match[1] as string);
  return result;
}

/** `B12` → column 1 (0-based); undefined when it is no cell reference. */
function columnIndex(ref: string): number | undefined {
  const letters = /^([A-Z]{1,3})\d+$/.exec(ref)?.[1];
  if (!letters) return undefined;
  let index = 0;
  for (const letter of letters) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

function firstSheetPath(files: Map<string, Buffer>): string {
  const workbook = files.get('xl/workbook.xml')?.toString('utf8');
  const rels = files.get('xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (!workbook || !rels) throw new XlsxError('not_a_workbook');
  const sheetTag = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbook)?.[0];
  const id = sheetTag ? attributes(sheetTag).id : undefined;
  for (const match of rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const rel = attributes(match[0]);
    if (rel.Id === id && rel.Target) {
      const target = rel.Target.replace(/^\//, '');
      return target.startsWith('xl/') ? target : `xl/${target}`;
    }
  }
  throw new XlsxError('not_a_workbook');
}

/**
 * The first sheet of an XLSX workbook (Office Open XML, as Excel, LibreOffice and Numbers write
 * it) as rows of cells numbered as the spreadsheet shows them: shared and inline strings as
 * text, numbers as numbers (a date is Excel's serial number: the import converts it where a
 * date is expected), booleans, formulas by their cached value, empty rows left out.
 */
export function readXlsx(bytes: Uint8Array): { row: number; cells: ReadCell[] }[] {
  const files = unzip(
    bytes,
    (name) =>
      name === 'xl/workbook.xml' ||
      name === 'xl/_rels/workbook.xml.rels' ||
      name === 'xl/sharedStrings.xml' ||
      name.startsWith('xl/worksheets/'),
  );
  const sheetXml = files.get(firstSheetPath(files))?.toString('utf8');
  if (sheetXml === undefined) throw new XlsxError('not_a_workbook');
  const shared = [
    ...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(
      /<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g,
    ),
  ].map((match) => texts(match[1] as string));
  const rows: { row: number; cells: ReadCell[] }[] = [];
  let previousRow = 0;
  for (const rowMatch of sheetXml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowNumber = Number(attributes(rowMatch[1] ?? '').r) || previousRow + 1;
    previousRow = rowNumber;
    const cells: ReadCell[] = [];
    let previousColumn = -1;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = attributes(cellMatch[1] ?? '');
      const column = (attrs.r ? columnIndex(attrs.r) : undefined) ?? previousColumn + 1;
      previousColumn = column;
      const inner = cellMatch[2] ?? '';
      const raw = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
      let value: ReadCell = null;
      if (attrs.t === 'inlineStr') value = texts(inner);
      else if (raw === undefined) value = null;
      else if (attrs.t === 's') value = shared[Number(raw)] ?? null;
      else if (attrs.t === 'str' || attrs.t === 'e') value = xmlDecode(raw);
      else if (attrs.t === 'b') value = raw.trim() === '1';
      else value = Number.isFinite(Number(raw)) ? Number(raw) : xmlDecode(raw);
      if (value === '') value = null;
      while (cells.length < column) cells.push(null);
      cells[column] = value;
    }
    if (cells.some((cell) => cell !== null)) rows.push({ row: rowNumber, cells });
  }
  return rows;
}
