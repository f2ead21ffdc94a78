import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { FieldIssue } from '../errors/index.ts';
import { negotiateLanguage } from '../i18n/accept-language.ts';
import { isLang, LANGS, type Lang } from '../i18n/languages.ts';
import { loadCatalogue } from '../i18n/load.ts';
import { pluralKey } from '../i18n/plural.ts';
import type { MessageKey, Messages } from './messages-de.ts';

export { isLang, LANGS, type Lang } from '../i18n/languages.ts';
export const LANG_COOKIE = 'qh_lang';

export interface Translate {
  (key: MessageKey, params?: Record<string, string | number>): string;
  /**
   * A counted text: the singular key for exactly one, else the general key (or the language's
   * refinement of it for the count's plural category, see shared/i18n/plural.ts).
   */
  count(count: number, singular: MessageKey, general: MessageKey, params?: Record<string, string | number>): string;
}

/** The page texts of one language (read on first use, see shared/i18n/load.ts). */
export const messagesOf = (lang: Lang): Messages => loadCatalogue('web', lang) as Messages;

export function translator(lang: Lang): Translate {
  const messages = messagesOf(lang);
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
  return Object.assign(t, {
    count: (count: number, singular: MessageKey, general: MessageKey, params?: Record<string, string | number>) =>
      t(pluralKey(lang, messages, count, singular, general), params),
  });
}

/**
 * The language of a request: the one chosen in this browser (the language menu, or the person's
 * own setting, which sign-in and the settings page put into the same cookie), else the best of
 * the browser's Accept-Language, else German.
 */
export function requestLanguage(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(cookie)) return cookie;
  return negotiateLanguage(acceptLanguage, LANGS) ?? 'de';
}

export function language(): MiddlewareHandler<{ Variables: { lang: Lang } }> {
  return async (c, next) => {
    c.set('lang', requestLanguage(getCookie(c, LANG_COOKIE), c.req.header('accept-language')));
    // The same address answers in different languages: caches must keep them apart.
    c.header('Vary', 'Accept-Language', { append: true });
    await next();
  };
}

const ISSUE_MESSAGES: Record<string, MessageKey> = {
  required: 'err_required',
  invalid_email: 'err_invalid_email',
  invalid_date: 'err_invalid_date',
  invalid_phone: 'err_invalid_phone',
  invalid_regex: 'err_invalid',
  end_before_start: 'err_end_before_start',
  until_before_from: 'err_until_before_from',
  overlapping_slot: 'err_overlapping_slot',
  duplicate_language: 'err_duplicate',
  duplicate_skill: 'err_duplicate',
  duplicate_quarter: 'err_duplicate',
  unknown_skill: 'err_unknown_skill',
  unknown_quarter: 'err_unknown_quarter',
  consent_required: 'err_consent_required',
  outdated_consent: 'err_outdated_consent',
  password_length: 'err_password_length',
  password_lowercase: 'err_password_lowercase',
  password_uppercase: 'err_password_uppercase',
  password_digit: 'err_password_digit',
  password_symbol: 'err_password_symbol',
  too_small: 'err_too_small',
  too_big: 'err_too_big',
};

/** A field issue in the visitor's language, by its stable code. */
export function issueText(t: Translate, issue: FieldIssue): string {
  if (/(^|\.)code$/.test(issue.path)) return t('err_code');
  if (/(start|end)$/.test(issue.path) && issue.code === 'invalid_regex') return t('err_invalid_time');
  if (issue.path === 'maxHoursPerMonth') return t('err_number');
  if (issue.path === 'quarters' && issue.code === 'too_big') return t('err_too_many_quarters');
  if (issue.path === 'phone' && issue.code === 'invalid_regex') return t('err_invalid_phone');
  if (issue.code === 'too_big' && issue.params?.max) return t('err_too_long', { max: issue.params.max });
  const key = ISSUE_MESSAGES[issue.code];
  return key ? t(key) : t('err_invalid');
}
