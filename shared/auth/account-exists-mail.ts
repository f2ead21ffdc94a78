import type { Lang } from '../i18n/languages.ts';
import { directionOf } from '../i18n/languages.ts';
import { loadCatalogue } from '../i18n/load.ts';
import type { MailMessage } from '../mail/mailer.ts';
import type { AccountExistsTexts } from './account-exists-mail-de.ts';

/** The language of an account's own e-mails: any language of the pages. */
export type MailLocale = Lang;

interface Links {
  signIn: string;
  reset: string;
}

const textsOf = (lang: MailLocale) => loadCatalogue('accountExists', lang) as AccountExistsTexts;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function textPart(lang: MailLocale, links: Links): string {
  const t = textsOf(lang);
  return [
    t.greeting,
    '',
    t.what,
    '',
    t.signIn,
    links.signIn,
    '',
    t.reset,
    links.reset,
    '',
    t.ignore,
    '',
    t.closing,
  ].join('\n');
}

function htmlPart(lang: MailLocale, links: Links): string {
  const t = textsOf(lang);
  const link = (href: string) => `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
  return [
    `<div lang="${lang}" dir="${directionOf(lang)}">`,
    `<p>${escapeHtml(t.greeting)}</p>`,
    `<p>${escapeHtml(t.what)}</p>`,
    `<p>${escapeHtml(t.signIn)}<br>${link(links.signIn)}</p>`,
    `<p>${escapeHtml(t.reset)}<br>${link(links.reset)}</p>`,
    `<p>${escapeHtml(t.ignore)}</p>`,
    `<p>${escapeHtml(t.closing)}</p>`,
    '</div>',
  ].join('\n');
}

/**
 * The notice to the owner of an address someone tried to sign up with (sign-up answers alike for
 * known and new addresses; only the owner learns of the attempt). In the owner's stored language,
 * or German and English when it is unknown. Holds nothing the requester typed: only fixed text and
 * links built from the platform's own base URL.
 */
export function accountExistsMail(to: string, locale: MailLocale | undefined, baseUrl: string): MailMessage {
  const base = baseUrl.replace(/\/+$/, '');
  const links: Links = { signIn: `${base}/signin`, reset: `${base}/password/forgot` };
  const langs: MailLocale[] = locale ? [locale] : ['de', 'en'];
  return {
    to,
    kind: 'AccountExists',
    subject: langs.map((lang) => textsOf(lang).subject).join(' / '),
    text: langs.map((lang) => textPart(lang, links)).join('\n\n----------\n\n'),
    html: `<!doctype html>\n<html><body>\n${langs.map((lang) => htmlPart(lang, links)).join('\n<hr>\n')}\n</body></html>`,
  };
}
