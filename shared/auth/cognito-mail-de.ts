/**
 * The messages Cognito itself sends (sign-up and resent codes, password reset, address
 * confirmation, sign-in codes, staff invitations), in German (the first language): written by the
 * CustomMessage trigger (functions/cognito-custom-message/). `{code}` and `{username}` stand for
 * Cognito's own placeholders, which it fills after the trigger; `{email}` is the account's address.
 */
export const cognitoMailDe = {
  codeSubject: 'Quartiershilfe: Ihr Bestätigungscode',
  signUpCode: 'Ihr Bestätigungscode für die Quartiershilfe lautet {code}.',
  passwordSubject: 'Quartiershilfe: Code zum Zurücksetzen Ihres Passworts',
  passwordCode: 'Ihr Code zum Zurücksetzen Ihres Passworts bei der Quartiershilfe lautet {code}.',
  addressSubject: 'Quartiershilfe: Bestätigen Sie Ihre E-Mail-Adresse',
  addressCode: 'Ihr Code zur Bestätigung dieser E-Mail-Adresse bei der Quartiershilfe lautet {code}.',
  signInSubject: 'Quartiershilfe: Ihr Anmeldecode',
  signInCode: 'Ihr Anmeldecode für die Quartiershilfe lautet {code}.',
  notYou: 'Wenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.',
  inviteSubject: 'Einladung zur Quartiershilfe',
  invite:
    'Sie wurden zur Quartiershilfe eingeladen. Benutzername: {username}, vorläufiges Passwort: {code} (3 Tage gültig).',
  inviteSignIn: 'Bitte melden Sie sich mit Ihrer E-Mail-Adresse {email} an und vergeben Sie ein eigenes Passwort.',
  closing: 'Ihre Quartiershilfe',
};

export type CognitoMailTexts = Record<keyof typeof cognitoMailDe, string>;
