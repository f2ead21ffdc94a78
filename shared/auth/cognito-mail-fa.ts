// Translation of the texts of cognito-mail-de.ts into Persian (Farsi, worded to be understood by
// Dari speakers too). Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).
import type { CognitoMailTexts } from './cognito-mail-de.ts';

/** The messages Cognito sends, in Farsi (keys and placeholders as cognito-mail-de.ts). */
export const cognitoMailFa: CognitoMailTexts = {
  codeSubject: 'Quartiershilfe: کد تأیید شما',
  signUpCode: 'کد تأیید شما برای Quartiershilfe این است: {code}',
  passwordSubject: 'Quartiershilfe: کد بازنشانی رمز عبور',
  passwordCode: 'کد بازنشانی رمز عبور شما در Quartiershilfe این است: {code}',
  addressSubject: 'Quartiershilfe: آدرس ایمیل خود را تأیید کنید',
  addressCode: 'کد تأیید این آدرس ایمیل در Quartiershilfe این است: {code}',
  signInSubject: 'Quartiershilfe: کد ورود شما',
  signInCode: 'کد ورود شما به Quartiershilfe این است: {code}',
  notYou: 'اگر این درخواست از طرف شما نبوده، می‌توانید این پیام را نادیده بگیرید.',
  inviteSubject: 'دعوت به Quartiershilfe',
  invite: 'شما به Quartiershilfe دعوت شده‌اید. نام کاربری: {username}، رمز عبور موقت: {code} (به مدت 3 روز معتبر).',
  inviteSignIn: 'لطفاً با آدرس ایمیل خود ({email}) وارد شوید و یک رمز عبور برای خودتان انتخاب کنید.',
  closing: 'با احترام، Quartiershilfe',
};
