// Translation of the texts of account-exists-mail.ts into Arabic (Modern Standard Arabic). Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).

/** The account-exists notice in Arabic: the same keys as TEXTS.de in account-exists-mail.ts. */
export const accountExistsAr = {
  subject: 'Quartiershilfe: حاول شخص ما إنشاء حساب بعنوان بريدكم الإلكتروني',
  greeting: 'مرحبًا،',
  what:
    'حاول شخص ما للتو إنشاء حساب جديد في Quartiershilfe بعنوان بريدكم الإلكتروني. ' +
    'لديكم بالفعل حساب هناك؛ ولم يتغيّر فيه شيء.',
  signIn: 'هل كنتم أنتم؟ إذن يكفي أن تسجّلوا الدخول:',
  reset: 'هل نسيتم كلمة المرور؟ يمكنكم تعيين كلمة مرور جديدة هنا:',
  ignore: 'إذا لم تكونوا أنتم، يمكنكم تجاهل هذه الرسالة.',
  closing: 'مع تحيات Quartiershilfe',
};
