import type { CognitoMailTexts } from './cognito-mail-de.ts';

/** The messages Cognito sends, in English (keys and placeholders as cognito-mail-de.ts). */
export const cognitoMailEn: CognitoMailTexts = {
  codeSubject: 'Quartiershilfe: your verification code',
  signUpCode: 'Your Quartiershilfe verification code is {code}.',
  passwordSubject: 'Quartiershilfe: code to reset your password',
  passwordCode: 'Your code to reset your Quartiershilfe password is {code}.',
  addressSubject: 'Quartiershilfe: confirm your e-mail address',
  addressCode: 'Your code to confirm this e-mail address for Quartiershilfe is {code}.',
  signInSubject: 'Quartiershilfe: your sign-in code',
  signInCode: 'Your Quartiershilfe sign-in code is {code}.',
  notYou: 'If you did not ask for this, you can ignore this message.',
  inviteSubject: 'Invitation to Quartiershilfe',
  invite:
    'You have been invited to Quartiershilfe. User name: {username}, temporary password: {code} (valid for 3 days).',
  inviteSignIn: 'Please sign in with your e-mail address {email} and choose your own password.',
  closing: 'Your Quartiershilfe',
};
