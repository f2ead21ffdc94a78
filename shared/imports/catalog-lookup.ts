import { everyEntry } from '../catalog/known.ts';
import { LANGUAGE_LEVELS, LANGUAGES } from '../catalog/languages.ts';
import type { Catalog } from '../catalog/schemas.ts';
import { headerKey } from '../exports/columns.ts';

/** Names as compared: lower case, no accents, spaces or dashes (as headers are). */
const key = headerKey;

/**
 * Finds catalogue entries by what a spreadsheet calls them: id, German or English name, in any
 * case and spelling of accents. An unknown name is returned as typed: the schema and the
 * catalogue check then name it, instead of it being dropped or guessed.
 */
export function catalogLookup(catalog: Catalog) {
  const index = (entries: { id: string; names: string[] }[]) => {
    const map = new Map<string, string>();
    for (const entry of entries) for (const name of [entry.id, ...entry.names]) map.set(key(name), entry.id);
    return (name: string) => map.get(key(name)) ?? name;
  };
  // Only active entries are found by name: a retired one cannot be chosen anew (shared/catalog/known.ts).
  const quarter = index(catalog.quarters.map((q) => ({ id: q.id, names: [q.name] })));
  const venue = index(catalog.venues.map((v) => ({ id: v.id, names: [v.name] })));
  const skill = index(catalog.skills.map((s) => ({ id: s.id, names: [s.de, s.en] })));
  // "Persisch (Farsi)" is also found as "Farsi", "Kurdisch (Sorani)" as "Sorani".
  const inParentheses = (name: string) => /\(([^)]+)\)/.exec(name)?.[1] ?? [];
  const language = index(
    LANGUAGES.map((l) => ({ id: l.code, names: [l.de, l.en, ...[l.de, l.en].flatMap(inParentheses)] })),
  );
  return {
    quarter,
    venue,
    skill,
    language,
    /** The quarter a venue lies in, by id (retired venues too: their quarter is still known). */
    venueQuarter: (venueId: string) => everyEntry(catalog, 'venues').find((v) => v.id === venueId)?.quarterId,
    quarters: new Set(catalog.quarters.map((q) => q.id)),
    venues: new Set(catalog.venues.map((v) => v.id)),
    skills: new Set(catalog.skills.map((s) => s.id)),
  };
}
export type CatalogLookup = ReturnType<typeof catalogLookup>;

const LEVEL_NAMES: Record<string, string> = {
  muttersprache: 'native',
  muttersprachlich: 'native',
  native: 'native',
  erstsprache: 'native',
  ...Object.fromEntries(LANGUAGE_LEVELS.map((level) => [level.toLowerCase(), level])),
};

/**
 * One language with its level as managers write it: `Arabisch (Muttersprache)`, `Deutsch C1`,
 * `ar:native`, `en - B2`. A missing or unknown level is returned as typed (empty when none), for
 * the schema to name at `languages.<i>.level`.
 */
export function spokenLanguage(item: string, lookup: CatalogLookup): { code: string; level: string } {
  // The en dash as \u2013: esbuild copies regular expressions as written, and one character above U+00FF makes the
  // whole bundle a two-byte string for V8, slower to compile (infra/bundle-source.ts).
  const match = /^(.*?)[\s:(\u2013-]*\(?\s*(muttersprache|muttersprachlich|erstsprache|native|[abc][12])\s*\)?$/i.exec(
    item.trim(),
  );
  const name = (match?.[1] ?? item)
    .trim()
    .replace(/[:(\u2013-]+$/, '')
    .trim();
  const level = match ? (LEVEL_NAMES[(match[2] as string).toLowerCase()] ?? (match[2] as string)) : '';
  return { code: lookup.language(name), level };
}
