// Translation of the texts in account-exists-mail.ts (TEXTS.de / TEXTS.en) into Turkish. Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).

/** The account-exists notice in Turkish: the same keys as `TEXTS.de` in account-exists-mail.ts. */
export const accountExistsTr = {
  subject: 'Quartiershilfe: Biri e-posta adresinizle bir hesap oluşturmak istedi',
  greeting: 'Merhaba,',
  what:
    "Az önce biri e-posta adresinizle Quartiershilfe'de yeni bir hesap oluşturmaya çalıştı. " +
    'Orada zaten bir hesabınız var; hesabınızda hiçbir şey değiştirilmedi.',
  signIn: 'Bu siz miydiniz? O zaman sadece giriş yapın:',
  reset: 'Şifrenizi mi unuttunuz? Buradan yeni bir şifre belirleyebilirsiniz:',
  ignore: 'Bu siz değilseniz bu mesajı dikkate almayabilirsiniz.',
  closing: 'Quartiershilfe ekibi',
};
