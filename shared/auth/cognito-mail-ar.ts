// Translation of the texts of cognito-mail-de.ts into Arabic (Modern Standard Arabic). Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).
import type { CognitoMailTexts } from './cognito-mail-de.ts';

/** The messages Cognito sends, in Arabic (keys and placeholders as cognito-mail-de.ts). */
export const cognitoMailAr: CognitoMailTexts = {
  codeSubject: 'Quartiershilfe: رمز التأكيد الخاص بكم',
  signUpCode: 'رمز التأكيد الخاص بكم في Quartiershilfe هو {code}.',
  passwordSubject: 'Quartiershilfe: رمز إعادة تعيين كلمة المرور',
  passwordCode: 'رمز إعادة تعيين كلمة المرور الخاصة بكم في Quartiershilfe هو {code}.',
  addressSubject: 'Quartiershilfe: تأكيد عنوان بريدكم الإلكتروني',
  addressCode: 'رمز تأكيد عنوان البريد الإلكتروني هذا في Quartiershilfe هو {code}.',
  signInSubject: 'Quartiershilfe: رمز تسجيل الدخول الخاص بكم',
  signInCode: 'رمز تسجيل الدخول الخاص بكم في Quartiershilfe هو {code}.',
  notYou: 'إذا لم تطلبوا ذلك، يمكنكم تجاهل هذه الرسالة.',
  inviteSubject: 'دعوة إلى Quartiershilfe',
  invite:
    'لقد تمت دعوتكم إلى Quartiershilfe. اسم المستخدم: {username}، كلمة المرور المؤقتة: {code} (صالحة لمدة 3 أيام).',
  inviteSignIn: 'يُرجى تسجيل الدخول بعنوان بريدكم الإلكتروني {email} واختيار كلمة مرور خاصة بكم.',
  closing: 'مع تحيات Quartiershilfe',
};
