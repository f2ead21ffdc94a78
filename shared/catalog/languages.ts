/**
 * Languages volunteers can offer, by ISO 639 code (639-1 where it exists, 639-3 otherwise:
 * Dari `prs`, Sorani `ckb`). Static: the list changes with a release, not at run time.
 */
export const LANGUAGES = [
  { code: 'de', de: 'Deutsch', en: 'German' },
  { code: 'en', de: 'Englisch', en: 'English' },
  { code: 'ar', de: 'Arabisch', en: 'Arabic' },
  { code: 'fa', de: 'Persisch (Farsi)', en: 'Persian (Farsi)' },
  { code: 'prs', de: 'Dari', en: 'Dari' },
  { code: 'ps', de: 'Paschtu', en: 'Pashto' },
  { code: 'ku', de: 'Kurdisch (Kurmandschi)', en: 'Kurdish (Kurmanji)' },
  { code: 'ckb', de: 'Kurdisch (Sorani)', en: 'Kurdish (Sorani)' },
  { code: 'ti', de: 'Tigrinya', en: 'Tigrinya' },
  { code: 'tr', de: 'Türkisch', en: 'Turkish' },
  { code: 'fr', de: 'Französisch', en: 'French' },
  { code: 'ru', de: 'Russisch', en: 'Russian' },
  { code: 'uk', de: 'Ukrainisch', en: 'Ukrainian' },
  { code: 'so', de: 'Somali', en: 'Somali' },
  { code: 'sq', de: 'Albanisch', en: 'Albanian' },
  { code: 'ro', de: 'Rumänisch', en: 'Romanian' },
  { code: 'pl', de: 'Polnisch', en: 'Polish' },
  { code: 'es', de: 'Spanisch', en: 'Spanish' },
] as const;

type LanguageCodeValue = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as [LanguageCodeValue, ...LanguageCodeValue[]];

/** Common European Framework levels, plus native speakers; ordered from weakest to strongest. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
