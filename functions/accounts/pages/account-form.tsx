import type { Child } from 'hono/jsx';
import { Email, NewPassword } from '../../../shared/auth/schemas.ts';
import { ErrorSummary, type FieldErrors, Input, Notice } from '../../../shared/web/form.tsx';
import { Layout, type PageContext } from '../../../shared/web/layout.tsx';
import { maxLengthOf } from '../../../shared/web/max-length.ts';
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

/** The id of an account page's form: its language switch submits it (language-switch.ts). */
const ACCOUNT_FORM = 'account-form';
/** Cognito's confirmation and reset codes have six digits (ConfirmationCode). */
const CODE_LENGTH = 6;

export type Props = { page: PageContext; form: FormState };

/** The frame every account form shares: title, intro, outbox hint, notice, errors, the submit button. */
export function AccountForm(
  props: Props & {
    title: MessageKey;
    intro?: MessageKey;
    /** On the local platform codes arrive in the outbox, not by e-mail. */
    outboxHint?: boolean;
    action: string;
    submit: MessageKey;
    children: Child;
    /** Further buttons beside the submit button (e.g. one posting the form elsewhere). */
    actions?: Child;
    after?: Child;
  },
) {
  const { t, localPlatform } = props.page;
  return (
    <Layout page={props.page} title={t(props.title)} langForm={{ id: ACCOUNT_FORM }}>
      {props.intro && <p>{t(props.intro)}</p>}
      {props.outboxHint && localPlatform && (
        <p class="hint">
          {t('confirmOutboxHint')} <a href="/dev/outbox">{t('navOutbox')}</a>
        </p>
      )}
      {props.form.notice && <Notice>{props.form.notice}</Notice>}
      <ErrorSummary t={t} errors={props.form.errors} message={props.form.message} />
      <form method="post" action={props.action} id={ACCOUNT_FORM} novalidate>
        {props.children}
        <div class="actions">
          <button type="submit">{t(props.submit)}</button>
          {props.actions}
        </div>
      </form>
      {props.after}
    </Layout>
  );
}

export const EmailField = ({ page, form, autocomplete = 'email' }: Props & { autocomplete?: string }) => (
  <Input
    name="email"
    type="email"
    label={page.t('email')}
    value={form.values.email}
    errors={form.errors}
    autocomplete={autocomplete}
    maxlength={maxLengthOf(Email)}
    required
  />
);

export const CodeField = ({ page, form }: Props) => (
  <Input
    name="code"
    label={page.t('code')}
    value={form.values.code}
    errors={form.errors}
    autocomplete="one-time-code"
    inputmode="numeric"
    maxlength={CODE_LENGTH}
    required
  />
);

/** A new password: never echoed back, with the rules as a hint. */
export const NewPasswordField = ({ page, form, label }: Props & { label: MessageKey }) => (
  <Input
    name="password"
    type="password"
    label={page.t(label)}
    hint={page.t('passwordHint')}
    errors={form.errors}
    autocomplete="new-password"
    maxlength={maxLengthOf(NewPassword)}
    required
  />
);

export const Hidden = ({ form, names }: { form: FormState; names: string[] }) => (
  <>
    {names.map((name) => (
      <input type="hidden" name={name} value={form.values[name] ?? ''} />
    ))}
  </>
);
