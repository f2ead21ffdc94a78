import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { FieldIssue } from '../errors/index.ts';
import { de, type MessageKey } from './messages-de.ts';
import { en } from './messages-en.ts';

export type Lang = 'de' | 'en';
export const LANG_COOKIE = 'qh_lang';
const MESSAGES = { de, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

/** German unless the visitor chose English (a cookie set by /lang/en). */
export function language(): MiddlewareHandler<{ Variables: { lang: Lang } }> {
  return async (c, next) => {
    const chosen = getCookie(c, LANG_COOKIE);
    c.set('lang', isLang(chosen) ? chosen : 'de');
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
