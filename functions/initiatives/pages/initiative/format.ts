import type { Translate } from '../../../../shared/web/i18n.ts';

/** "Arabisch (Muttersprache), Deutsch (B1)". */
export function languagesText(
  t: Translate,
  language: (code: string) => string,
  languages: { code: string; level: string }[],
): string {
  if (languages.length === 0) return t('none');
  return languages
    .map((entry) => `${language(entry.code)} (${entry.level === 'native' ? t('level_native') : entry.level})`)
    .join(', ');
}
