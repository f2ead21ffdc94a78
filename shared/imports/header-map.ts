import { type ColumnKey, columnHeader, headerKey, headersOf } from '../exports/columns.ts';
import type { RowProblem } from './problems.ts';

/** Which column of the file holds which field, as read from its header row. */
export type HeaderMap = Partial<Record<ColumnKey, number>>;

/**
 * Maps a header row (headers in any of the six languages, or an alias; any case, accents, spaces or dashes) to column
 * keys among `wanted`. Headers that are not wanted are problems (`unknown_column`), so that a
 * misspelt header is never silently dropped; so are a column given twice and a required one missing.
 */
export function mapHeader(
  header: readonly string[],
  wanted: readonly ColumnKey[],
  required: readonly ColumnKey[],
  row: number,
): { map: HeaderMap; problems: RowProblem[] } {
  const byKey = new Map<string, ColumnKey>();
  for (const key of wanted) {
    for (const name of headersOf(key)) byKey.set(headerKey(name), key);
  }
  const map: HeaderMap = {};
  const problems: RowProblem[] = [];
  header.forEach((text, index) => {
    if (text.trim() === '') return;
    const key = byKey.get(headerKey(text));
    if (!key) problems.push({ row, path: '', column: text, code: 'unknown_column' });
    else if (map[key] !== undefined) problems.push({ row, path: '', column: text, code: 'duplicate_column' });
    else map[key] = index;
  });
  for (const key of required)
    if (map[key] === undefined)
      problems.push({ row, path: '', column: columnHeader(key, 'de'), code: 'missing_column' });
  return { map, problems };
}
