import { INTL_LOCALES, type Lang } from './languages.ts';

/** A language's name in the page's language by `Intl.DisplayNames`; undefined when Intl has none. */
export function displayLanguageName(pageLang: Lang, code: string): string | undefined {
  try {
    return new Intl.DisplayNames([INTL_LOCALES[pageLang]], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    // Not a well-formed language code.
    return undefined;
  }
}
