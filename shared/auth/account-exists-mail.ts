import type { MailMessage } from '../mail/mailer.ts';

export type MailLocale = 'de' | 'en';

interface Links {
  signIn: string;
  reset: string;
}

const TEXTS = {
  de: {
    subject: 'Quartiershilfe: Jemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen',
    greeting: 'Guten Tag,',
    what:
      'jemand hat gerade versucht, mit Ihrer E-Mail-Adresse ein neues Konto bei der Quartiershilfe anzulegen. ' +
      'Sie haben dort bereits ein Konto; es wurde nichts daran geändert.',
    signIn: 'Waren Sie das? Dann melden Sie sich einfach an:',
    reset: 'Passwort vergessen? Hier vergeben Sie ein neues:',
    ignore: 'Wenn Sie das nicht waren, können Sie diese Nachricht ignorieren.',
    closing: 'Ihre Quartiershilfe',
  },
  en: {
    subject: 'Quartiershilfe: someone tried to sign up with your e-mail address',
    greeting: 'Hello,',
    what:
      'someone has just tried to create a new Quartiershilfe account with your e-mail address. ' +
      'You already have an account there; nothing about it was changed.',
    signIn: 'Was it you? Then simply sign in:',
    reset: 'Forgot your password? Choose a new one here:',
    ignore: 'If it was not you, you can ignore this message.',
    closing: 'Your Quartiershilfe',
  },
} as const;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function textPart(lang: MailLocale, links: Links): string {
  const t = TEXTS[lang];
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
  const t = TEXTS[lang];
  const link = (href: string) => `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
  return [
    `<div lang="${lang}">`,
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
    subject: langs.map((lang) => TEXTS[lang].subject).join(' / '),
    text: langs.map((lang) => textPart(lang, links)).join('\n\n----------\n\n'),
    html: `<!doctype html>\n<html><body>\n${langs.map((lang) => htmlPart(lang, links)).join('\n<hr>\n')}\n</body></html>`,
  };
}
