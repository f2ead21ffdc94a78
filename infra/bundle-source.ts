/**
 * What a bundle's source text may hold. V8 keeps a source with no character above U+00FF as a one-byte string; a
 * single character above it (an en dash in a regular expression, which esbuild copies as written while it escapes
 * strings) makes the whole bundle a two-byte string, which V8 scans more slowly at every compile: quarter-data's
 * import took 3–37 ms more CPU with two en dashes than with them escaped (three A/B runs of 25–41 imports each).
 */

/** Each character above U+00FF in `source`, with a little of the text around it, so that it can be found. */
export function wideCharacters(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/[\u0100-\u{10FFFF}]/gu)) {
    const at = match.index;
    const code = (match[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    found.push(`U+${code} at ${at}: …${source.slice(Math.max(0, at - 30), at + 10)}…`);
  }
  return found;
}
