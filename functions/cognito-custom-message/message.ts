import type { CognitoMailTexts } from '../../shared/auth/cognito-mail-de.ts';
import { directionOf, type Lang } from '../../shared/i18n/languages.ts';
import { loadCatalogue } from '../../shared/i18n/load.ts';

/** Why Cognito sends a message: the trigger sources of the CustomMessage trigger. */
export const CUSTOM_MESSAGE_SOURCES = [
  'CustomMessage_SignUp',
  'CustomMessage_ResendCode',
  'CustomMessage_ForgotPassword',
  'CustomMessage_AdminCreateUser',
  'CustomMessage_UpdateUserAttribute',
  'CustomMessage_VerifyUserAttribute',
  'CustomMessage_Authentication',
] as const;
export type CustomMessageSource = (typeof CUSTOM_MESSAGE_SOURCES)[number];

export interface CognitoMail {
  subject: string;
  /** HTML (Cognito sends the body as given; HTML tags are allowed). */
  html: string;
}

export interface CognitoMailInput {
  source: CustomMessageSource;
  /** One language, or several one after another (German and English when the account's is unknown). */
  langs: readonly Lang[];
  /** Cognito's placeholder for the code or temporary password (`request.codeParameter`). */
  codeParameter: string;
  /** Cognito's placeholder for the user name (`request.usernameParameter`; AdminCreateUser only). */
  usernameParameter?: string | null | undefined;
  /** The account's address (from its attributes: untrusted text, escaped here). */
  email?: string | undefined;
}

type TextKey = keyof CognitoMailTexts;

/** Per source: the subject and the paragraphs of the body (before the closing). */
const LAYOUT: Record<CustomMessageSource, { subject: TextKey; paragraphs: TextKey[] }> = {
  CustomMessage_SignUp: { subject: 'codeSubject', paragraphs: ['signUpCode', 'notYou'] },
  CustomMessage_ResendCode: { subject: 'codeSubject', paragraphs: ['signUpCode', 'notYou'] },
  CustomMessage_ForgotPassword: { subject: 'passwordSubject', paragraphs: ['passwordCode', 'notYou'] },
  CustomMessage_AdminCreateUser: { subject: 'inviteSubject', paragraphs: ['invite', 'inviteSignIn'] },
  CustomMessage_UpdateUserAttribute: { subject: 'addressSubject', paragraphs: ['addressCode', 'notYou'] },
  CustomMessage_VerifyUserAttribute: { subject: 'addressSubject', paragraphs: ['addressCode', 'notYou'] },
  CustomMessage_Authentication: { subject: 'signInSubject', paragraphs: ['signInCode', 'notYou'] },
};

export const isCustomMessageSource = (value: unknown): value is CustomMessageSource =>
  typeof value === 'string' && (CUSTOM_MESSAGE_SOURCES as readonly string[]).includes(value);

const textsOf = (lang: Lang) => loadCatalogue('cognitoMail', lang) as CognitoMailTexts;

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * Escapes a text, then fills its `{name}` placeholders in one pass (a filled value is never read
 * again as a placeholder). Values are HTML already.
 */
function fill(text: string, values: Record<string, string>): string {
  return escapeHtml(text).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The message Cognito sends for `source`, in the given languages. Cognito's placeholders stay in
 * it (it fills them afterwards and refuses a message without them); the code sits in a
 * left-to-right span, so a temporary password reads the same inside Arabic or Farsi text. The
 * address is escaped; everything else is the platform's own text.
 */
export function cognitoMail(input: CognitoMailInput): CognitoMail {
  const layout = LAYOUT[input.source];
  const code = `<strong dir="ltr">${escapeHtml(input.codeParameter)}</strong>`;
  const username = input.usernameParameter ? `<span dir="ltr">${escapeHtml(input.usernameParameter)}</span>` : '';
  // The address the person signs in with; Cognito's user name where the attributes lack it.
  const email = `<span dir="ltr">${input.email ? escapeHtml(input.email) : username}</span>`;
  const values = { code, username, email };
  const parts = input.langs.map((lang) => {
    const t = textsOf(lang);
    const paragraphs = [...layout.paragraphs, 'closing' as const].map((key) => `<p>${fill(t[key], values)}</p>`);
    return [`<div lang="${lang}" dir="${directionOf(lang)}">`, ...paragraphs, '</div>'].join('\n');
  });
  return {
    subject: input.langs.map((lang) => textsOf(lang)[layout.subject]).join(' / '),
    html: parts.join('\n<hr>\n'),
  };
}
