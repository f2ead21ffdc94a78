import { SignInInput } from '../../../../shared/auth/schemas.ts';
import { Input } from '../../../../shared/web/form.tsx';
import { maxLengthOf } from '../../../../shared/web/max-length.ts';
import { AccountForm, EmailField, Hidden, NewPasswordField, type Props } from '../account-form.tsx';

export function SignInPage(props: Props) {
  const { t } = props.page;
  return (
    <AccountForm
      {...props}
      title="signInTitle"
      action="/signin"
      submit="signInSubmit"
      after={
        <>
          <p>
            <a href="/password/forgot">{t('forgotLink')}</a>
          </p>
          <p>
            {t('noAccount')} <a href="/signup">{t('navSignUp')}</a>
          </p>
        </>
      }
    >
      <Hidden form={props.form} names={['next']} />
      <EmailField {...props} autocomplete="username" />
      <Input
        name="password"
        type="password"
        label={t('password')}
        errors={props.form.errors}
        autocomplete="current-password"
        maxlength={maxLengthOf(SignInInput.shape.password)}
        required
      />
    </AccountForm>
  );
}

/** The first sign-in of an invited account: the temporary password is replaced. */
export function NewPasswordPage(props: Props) {
  return (
    <AccountForm
      {...props}
      title="newPasswordTitle"
      intro="newPasswordIntro"
      action="/signin/new-password"
      submit="resetSubmit"
    >
      <Hidden form={props.form} names={['email', 'session', 'next']} />
      <NewPasswordField {...props} label="newPassword" />
    </AccountForm>
  );
}
