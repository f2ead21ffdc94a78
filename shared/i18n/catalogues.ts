import type { Lang } from './languages.ts';

/**
 * The message files: per catalogue and language one TypeScript module (the typed source of truth,
 * path from the repository root) and the name it exports. Functions never import them: they are
 * read per language on first use (load.ts), as JSON beside the Lambda bundle.
 */
export const CATALOGUES = {
  /** Every page's texts: `export const ar: Messages`. */
  web: { path: (lang: Lang) => `shared/web/messages-${lang}.ts`, exportName: (lang: Lang) => lang },
  /** The notification e-mails: `export const mailAr: MailMessages`. */
  mail: {
    path: (lang: Lang) => `shared/notifications/templates/mail-messages-${lang}.ts`,
    exportName: (lang: Lang) => `mail${capital(lang)}`,
  },
  /** The notice of a sign-up with a known address: `export const accountExistsAr`. */
  accountExists: {
    path: (lang: Lang) => `shared/auth/account-exists-mail-${lang}.ts`,
    exportName: (lang: Lang) => `accountExists${capital(lang)}`,
  },
  /** The spreadsheets' column headers, sheet names and cell words: `export const columnsAr: ColumnTexts`. */
  columns: {
    path: (lang: Lang) => `shared/exports/columns-${lang}.ts`,
    exportName: (lang: Lang) => `columns${capital(lang)}`,
  },
  /** The messages Cognito sends (codes, invitations), written by its CustomMessage trigger: `export const cognitoMailAr`. */
  cognitoMail: {
    path: (lang: Lang) => `shared/auth/cognito-mail-${lang}.ts`,
    exportName: (lang: Lang) => `cognitoMail${capital(lang)}`,
  },
} as const;

export type CatalogueName = keyof typeof CATALOGUES;

/** The folder beside the bundle (`index.mjs`) that holds the catalogues as `<catalogue>-<lang>.json`. */
export const MESSAGE_FOLDER = 'messages';

export const messageFileName = (catalogue: CatalogueName, lang: Lang) => `${catalogue}-${lang}.json`;

function capital(lang: Lang): string {
  return lang.charAt(0).toUpperCase() + lang.slice(1);
}
