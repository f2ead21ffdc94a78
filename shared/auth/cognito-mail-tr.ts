// Translation of the texts of cognito-mail-de.ts into Turkish. Machine-assisted:
// NEEDS REVIEW BY A NATIVE SPEAKER before real use (see README, Languages).
import type { CognitoMailTexts } from './cognito-mail-de.ts';

/** The messages Cognito sends, in Turkish (keys and placeholders as cognito-mail-de.ts). */
export const cognitoMailTr: CognitoMailTexts = {
  codeSubject: 'Quartiershilfe: Doğrulama kodunuz',
  signUpCode: 'Quartiershilfe doğrulama kodunuz: {code}',
  passwordSubject: 'Quartiershilfe: Şifre sıfırlama kodunuz',
  passwordCode: 'Quartiershilfe şifrenizi sıfırlamak için kodunuz: {code}',
  addressSubject: 'Quartiershilfe: E-posta adresinizi doğrulayın',
  addressCode: 'Bu e-posta adresini Quartiershilfe için doğrulama kodunuz: {code}',
  signInSubject: 'Quartiershilfe: Giriş kodunuz',
  signInCode: 'Quartiershilfe giriş kodunuz: {code}',
  notYou: 'Bunu siz istemediyseniz bu mesajı dikkate almayabilirsiniz.',
  inviteSubject: "Quartiershilfe'ye davet",
  invite: "Quartiershilfe'ye davet edildiniz. Kullanıcı adı: {username}, geçici şifre: {code} (3 gün geçerlidir).",
  inviteSignIn: 'Lütfen {email} e-posta adresinizle giriş yapın ve kendi şifrenizi belirleyin.',
  closing: 'Quartiershilfe ekibi',
};
