import type { Child } from 'hono/jsx';
import { ErrorSummary, type FieldErrors, Input, Notice } from '../../../shared/web/form.tsx';
import { Layout, type PageContext } from '../../../shared/web/layout.tsx';
import type { MessageKey } from '../../../shared/web/messages-de.ts';

export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
  /** A message for the whole form (e.g. wrong password), shown above it. */
  message?: string | undefined;
  /** A success notice (e.g. "confirmed, please sign in"). */
  notice?: string | undefined;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

type Props = { page: PageContext; form: FormState };

/** The frame every account form shares: title, intro, outbox hint, notice, errors, one submit button. */
function AccountForm(
  props: Props & {
    title: MessageKey;
    intro?: MessageKey;
    /** On the local platform codes arrive in the outbox, not by e-mail. */
    outboxHint?: boolean;
    action: string;
    submit: MessageKey;
    children: Child;
    after?: Child;
  },
) {
  const { t, localPlatform } = props.page;
  return (
    <Layout page={props.page} title={t(props.title)}>
      {props.intro && <p>{t(props.intro)}</p>}
      {props.outboxHint && localPlatform && (
        <p class="hint">
          {t('confirmOutboxHint')} <a href="/dev/outbox">{t('navOutbox')}</a>
        </p>
      )}
      {props.form.notice && <Notice>{props.form.notice}</Notice>}
      <ErrorSummary t={t} errors={props.form.errors} message={props.form.message} />
      <form method="post" action={props.action} novalidate>
        {props.children}
        <div class="actions">
          <button type="submit">{t(props.submit)}</button>
        </div>
      </form>
      {props.after}
    </Layout>
  );
}

const EmailField = ({ page, form, autocomplete = 'email' }: Props & { autocomplete?: string }) => (
  <Input
    name="email"
    type="email"
    label={page.t('email')}
    value={form.values.email}
    errors={form.errors}
    autocomplete={autocomplete}
    required
  />
);

const CodeField = ({ page, form }: Props) => (
  <Input
    name="code"
    label={page.t('code')}
    value={form.values.code}
    errors={form.errors}
    autocomplete="one-time-code"
    inputmode="numeric"
    required
  />
);

/** A new password: never echoed back, with the rules as a hint. */
const NewPasswordField = ({ page, form, label }: Props & { label: MessageKey }) => (
  <Input
    name="password"
    type="password"
    label={page.t(label)}
    hint={page.t('passwordHint')}
    errors={form.errors}
    autocomplete="new-password"
    required
  />
);

const Hidden = ({ form, names }: { form: FormState; names: string[] }) => (
  <>
    {names.map((name) => (
      <input type="hidden" name={name} value={form.values[name] ?? ''} />
    ))}
  </>
);

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

export function ConfirmPage(props: Props) {
  return (
    <AccountForm
      {...props}
      title="confirmTitle"
      intro="confirmIntro"
      outboxHint
      action="/confirm"
      submit="confirmSubmit"
    >
      <EmailField {...props} />
      <CodeField {...props} />
    </AccountForm>
  );
}

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
        required
      />
    </AccountForm>
  );
}

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
