import { isLang, type Lang } from './languages.ts';

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4): ranges by their
 * q-value (default 1, `q=0` means "not this"), ties in the order given; a range matches a language
 * by its primary subtag (`ar-SY` → ar), `*` any language not named otherwise. Undefined when none
 * fits. Malformed parts are skipped, never thrown on: the header is the visitor's to write.
 */
export function negotiateLanguage(header: string | undefined, offered: readonly Lang[]): Lang | undefined {
  if (!header) return undefined;
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { tag: range.trim().toLowerCase(), q, index };
    })
    .filter((r) => /^([a-z]{1,8}(-[a-z0-9]{1,8})*|\*)$/.test(r.tag) && Number.isFinite(r.q) && r.q >= 0 && r.q <= 1);
  // Only a whole language can be refused: `en-US;q=0` still leaves English in general.
  const refused = new Set(ranges.filter((r) => r.q === 0 && !r.tag.includes('-')).map((r) => primary(r.tag)));
  const wanted = ranges.filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of wanted) {
    if (range.tag === '*') {
      const named = new Set(ranges.map((r) => primary(r.tag)));
      const rest = offered.find((lang) => !named.has(lang));
      if (rest) return rest;
      continue;
    }
    const lang = primary(range.tag);
    if (isLang(lang) && offered.includes(lang) && !refused.has(lang)) return lang;
  }
  return undefined;
}

// Dari (prs) is written and read as Farsi; a browser set to Dari gets the Farsi pages.
const ALIASES: Record<string, string> = { prs: 'fa' };

const primary = (tag: string) => {
  const first = tag.split('-')[0] ?? '';
  return ALIASES[first] ?? first;
};
