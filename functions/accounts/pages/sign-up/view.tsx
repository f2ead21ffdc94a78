import { AccountForm, EmailField, NewPasswordField, type Props } from '../account-form.tsx';

export function SignUpPage(props: Props) {
  const { t } = props.page;
  return (
    <AccountForm
      {...props}
      title="signUpTitle"
      intro="signUpIntro"
      action="/signup"
      submit="signUpSubmit"
      after={
        <p>
          {t('haveAccount')} <a href="/signin">{t('navSignIn')}</a>
        </p>
      }
    >
      <EmailField {...props} />
      <NewPasswordField {...props} label="password" />
    </AccountForm>
  );
}
