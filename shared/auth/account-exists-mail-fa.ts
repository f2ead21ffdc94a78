// Translation of the TEXTS in account-exists-mail.ts into Persian (Farsi, worded to be understood
// by Dari speakers too). Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).

export const accountExistsFa = {
  subject: 'Quartiershilfe: کسی خواست با آدرس ایمیل شما حساب کاربری بسازد',
  greeting: 'سلام،',
  what:
    'کسی همین حالا تلاش کرد با آدرس ایمیل شما یک حساب کاربری جدید در Quartiershilfe بسازد. ' +
    'شما آنجا از قبل حساب کاربری دارید؛ هیچ تغییری در آن داده نشد.',
  signIn: 'خودتان بودید؟ پس کافی است وارد شوید:',
  reset: 'رمز عبور را فراموش کرده‌اید؟ اینجا رمز عبور جدیدی انتخاب کنید:',
  ignore: 'اگر شما نبودید، می‌توانید این پیام را نادیده بگیرید.',
  closing: 'با احترام، Quartiershilfe',
};
