import { isLang, type Lang } from '../../shared/i18n/languages.ts';

// Dari (prs) is written and read as Farsi, as on the pages.
const ALIASES: Record<string, Lang> = { prs: 'fa' };

/**
 * The languages of an account's Cognito message, from its `locale` attribute (set at sign-up to
 * the language of the pages): that language, by a single tag's primary subtag (`ar`, `ar-SY`,
 * `de_DE`; Dari `prs` as Farsi); German then English, as the pool's own templates are, when it is
 * missing or not one of ours.
 */
export function mailLanguages(locale: string | undefined): Lang[] {
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(locale?.trim() ?? '');
  const primary = tag?.[1]?.toLowerCase() ?? '';
  const lang = ALIASES[primary] ?? (isLang(primary) ? primary : undefined);
  return lang ? [lang] : ['de', 'en'];
}
