import { AccountForm, CodeField, EmailField, Hidden, type Props } from '../account-form.tsx';

/** The path of the "send the code again" button (it posts the confirm form's e-mail address there). */
export const RESEND_CODE_PATH = '/confirm/resend';

/**
 * The e-mail confirmation: the code from the e-mail, or a new one. Reached after sign-up, and
 * from the sign-in of an account that was never confirmed (then `next` rides along).
 */
export function ConfirmPage(props: Props) {
  const { t } = props.page;
  return (
    <AccountForm
      {...props}
      title="confirmTitle"
      intro="confirmIntro"
      outboxHint
      action="/confirm"
      submit="confirmSubmit"
      actions={
        <button type="submit" class="secondary" formaction={RESEND_CODE_PATH}>
          {t('confirmResend')}
        </button>
      }
      after={<p class="hint">{t('confirmResendHint')}</p>}
    >
      <Hidden form={props.form} names={['next']} />
      <EmailField {...props} />
      <CodeField {...props} />
    </AccountForm>
  );
}
