import type { AccountExistsTexts } from './account-exists-mail-de.ts';

/** The notice of a sign-up with a known address, in English. */
export const accountExistsEn: AccountExistsTexts = {
  subject: 'Quartiershilfe: someone tried to sign up with your e-mail address',
  greeting: 'Hello,',
  what:
    'someone has just tried to create a new Quartiershilfe account with your e-mail address. ' +
    'You already have an account there; nothing about it was changed.',
  signIn: 'Was it you? Then simply sign in:',
  reset: 'Forgot your password? Choose a new one here:',
  ignore: 'If it was not you, you can ignore this message.',
  closing: 'Your Quartiershilfe',
};
