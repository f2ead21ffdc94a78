// Translation of the texts of cognito-mail-de.ts into Ukrainian. Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).
import type { CognitoMailTexts } from './cognito-mail-de.ts';

/** The messages Cognito sends, in Ukrainian (keys and placeholders as cognito-mail-de.ts). */
export const cognitoMailUk: CognitoMailTexts = {
  codeSubject: 'Quartiershilfe: Ваш код підтвердження',
  signUpCode: 'Ваш код підтвердження для Quartiershilfe: {code}.',
  passwordSubject: 'Quartiershilfe: код для скидання пароля',
  passwordCode: 'Ваш код для скидання пароля в Quartiershilfe: {code}.',
  addressSubject: 'Quartiershilfe: підтвердьте свою адресу електронної пошти',
  addressCode: 'Ваш код для підтвердження цієї адреси електронної пошти в Quartiershilfe: {code}.',
  signInSubject: 'Quartiershilfe: Ваш код для входу',
  signInCode: 'Ваш код для входу в Quartiershilfe: {code}.',
  notYou: 'Якщо Ви цього не запитували, можете не зважати на цей лист.',
  inviteSubject: 'Запрошення до Quartiershilfe',
  invite: "Вас запрошено до Quartiershilfe. Ім'я користувача: {username}, тимчасовий пароль: {code} (дійсний 3 дні).",
  inviteSignIn: 'Будь ласка, увійдіть зі своєю адресою електронної пошти {email} і встановіть власний пароль.',
  closing: 'Ваша Quartiershilfe',
};
