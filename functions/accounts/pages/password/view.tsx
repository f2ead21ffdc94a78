import { AccountForm, CodeField, EmailField, NewPasswordField, type Props } from '../account-form.tsx';

export function ForgotPasswordPage(props: Props) {
  return (
    <AccountForm {...props} title="forgotTitle" intro="forgotIntro" action="/password/forgot" submit="forgotSubmit">
      <EmailField {...props} />
    </AccountForm>
  );
}

export function ResetPasswordPage(props: Props) {
  return (
    <AccountForm
      {...props}
      title="resetTitle"
      intro="resetIntro"
      outboxHint
      action="/password/reset"
      submit="resetSubmit"
    >
      <EmailField {...props} />
      <CodeField {...props} />
      <NewPasswordField {...props} label="newPassword" />
    </AccountForm>
  );
}
