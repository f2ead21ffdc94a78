/**
 * The languages of the pages and e-mails. German is the first language (and the fallback);
 * Arabic and Farsi are written right to left.
 */
export const LANGS = ['de', 'en', 'ar', 'fa', 'tr', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

const RIGHT_TO_LEFT: ReadonlySet<Lang> = new Set(['ar', 'fa']);

/** The writing direction, for `dir` on `<html>` and on mails. */
export const directionOf = (lang: Lang): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr');

/** Each language's name in itself: the language menu's labels, which must be readable by whoever needs them. */
export const AUTONYMS: Record<Lang, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  tr: 'Türkçe',
  uk: 'Українська',
};

/**
 * The `Intl` locale of each language. Arabic and Farsi with Latin digits, as the times and counts
 * written into the texts are; Farsi with the Gregorian calendar (the Persian one is its default),
 * because the dates are the ones of German appointments and letters.
 */
export const INTL_LOCALES: Record<Lang, string> = {
  de: 'de-DE',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  fa: 'fa-u-ca-gregory-nu-latn',
  tr: 'tr-TR',
  uk: 'uk-UA',
};
