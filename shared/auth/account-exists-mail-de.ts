/**
 * The notice to the owner of an address someone tried to sign up with, in German (the first
 * language): account-exists-mail.ts writes it; every language has these keys (a unit test checks).
 */
export const accountExistsDe = {
  subject: 'Quartiershilfe: Jemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen',
  greeting: 'Guten Tag,',
  what:
    'jemand hat gerade versucht, mit Ihrer E-Mail-Adresse ein neues Konto bei der Quartiershilfe anzulegen. ' +
    'Sie haben dort bereits ein Konto; es wurde nichts daran geändert.',
  signIn: 'Waren Sie das? Dann melden Sie sich einfach an:',
  reset: 'Passwort vergessen? Hier vergeben Sie ein neues:',
  ignore: 'Wenn Sie das nicht waren, können Sie diese Nachricht ignorieren.',
  closing: 'Ihre Quartiershilfe',
};

export type AccountExistsTexts = Record<keyof typeof accountExistsDe, string>;
