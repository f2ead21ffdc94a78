import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { isLang, LANG_COOKIE, type Lang } from './i18n.ts';

/**
 * The field a form page's language switch posts: on a page with a form the switch is a submit
 * button of that form (the `form` attribute, no JavaScript), so what was typed comes along and the
 * page is drawn again in the other language with it, instead of a link that would lose it.
 */
export const LANG_SWITCH_FIELD = 'switchLang';

/** The language a posted form asked to switch to, when its language switch was pressed. */
export function switchedLanguage(form: Record<string, string | string[]>): Lang | undefined {
  const value = form[LANG_SWITCH_FIELD];
  const chosen = Array.isArray(value) ? value[0] : value;
  return isLang(chosen) ? chosen : undefined;
}

/** Remembers the chosen language (a year) and uses it for the rest of this request. */
export function chooseLanguage(c: Context, lang: Lang, secure: boolean): void {
  setCookie(c, LANG_COOKIE, lang, { path: '/', sameSite: 'Lax', secure, maxAge: 365 * 86400 });
  c.set('lang', lang);
}
