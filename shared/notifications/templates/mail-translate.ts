import { loadCatalogue } from '../../i18n/load.ts';
import type { MailLanguage } from '../kinds.ts';
import type { MailMessageKey, MailMessages } from './mail-messages-de.ts';

/** The mail texts of one language (read on first use, see shared/i18n/load.ts). */
export const mailMessagesOf = (lang: MailLanguage): MailMessages => loadCatalogue('mail', lang) as MailMessages;

export type MailTranslate = (key: MailMessageKey, params?: Record<string, string | number>) => string;

/** The mail texts of one language; `{name}` is replaced by `params.name` (a missing one stays visible). */
export function mailTranslator(lang: MailLanguage): MailTranslate {
  const messages = mailMessagesOf(lang);
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

/** The placeholder names a text uses, sorted (for the parity test of the two languages). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}
