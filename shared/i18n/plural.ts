import { INTL_LOCALES, type Lang } from './languages.ts';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many'] as const;

/**
 * The key of a counted text, by the language's plural rules (`Intl.PluralRules`). Every counted
 * text has a singular key, which spells out the 1, and a general key phrased for any count. A
 * language may refine the general key per plural category (`fillMany_few` in Ukrainian,
 * `datesMany_two` in Arabic); a missing refinement falls back to the general key.
 */
export function pluralKey<K extends string>(
  lang: Lang,
  texts: Readonly<Record<string, string>>,
  count: number,
  singular: K,
  general: K,
): K {
  const category = new Intl.PluralRules(INTL_LOCALES[lang]).select(count);
  // In Ukrainian 21 is "one" too, but the singular text says "1".
  if (category === 'one' && count === 1) return singular;
  const refined = `${general}_${category}`;
  return (category !== 'other' && refined in texts ? refined : general) as K;
}

/** Whether a key is a plural refinement of another (`<key>_few`): allowed beyond German's keys. */
export function isPluralRefinement(key: string, baseKeys: ReadonlySet<string>): boolean {
  const at = key.lastIndexOf('_');
  return at > 0 && (CATEGORIES as readonly string[]).includes(key.slice(at + 1)) && baseKeys.has(key.slice(0, at));
}
