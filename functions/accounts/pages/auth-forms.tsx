import { ErrorSummary, type FieldErrors, Input, Notice } from '../../../shared/web/form.tsx';
import { Layout, type PageContext } from '../../../shared/web/layout.tsx';

export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
  /** A message for the whole form (e.g. wrong password), shown above it. */
  message?: string | undefined;
  /** A success notice (e.g. "confirmed, please sign in"). */
  notice?: string | undefined;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

export function SignUpPage(props: { page: PageContext; form: FormState }) {
  const { t } = props.page;
  const { values, errors } = props.form;
  return (
    <Layout page={props.page} title={t('signUpTitle')}>
      <p>{t('signUpIntro')}</p>
      <ErrorSummary t={t} errors={errors} message={props.form.message} />
      <form method="post" action="/signup" novalidate>
        <Input
          name="email"
          type="email"
          label={t('email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
          required
        />
        <Input
          name="password"
          type="password"
          label={t('password')}
          hint={t('passwordHint')}
          errors={errors}
          autocomplete="new-password"
          required
        />
        <div class="actions">
          <button type="submit">{t('signUpSubmit')}</button>
        </div>
      </form>
      <p>
        {t('haveAccount')} <a href="/signin">{t('navSignIn')}</a>
      </p>
    </Layout>
  );
}

export function ConfirmPage(props: { page: PageContext; form: FormState }) {
  const { t, localPlatform } = props.page;
  const { values, errors } = props.form;
  return (
    <Layout page={props.page} title={t('confirmTitle')}>
      <p>{t('confirmIntro')}</p>
      {localPlatform && (
        <p class="hint">
          {t('confirmOutboxHint')} <a href="/dev/outbox">{t('navOutbox')}</a>
        </p>
      )}
      <ErrorSummary t={t} errors={errors} message={props.form.message} />
      <form method="post" action="/confirm" novalidate>
        <Input
          name="email"
          type="email"
          label={t('email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
          required
        />
        <Input
          name="code"
          label={t('code')}
          value={values.code}
          errors={errors}
          autocomplete="one-time-code"
          inputmode="numeric"
          required
        />
        <div class="actions">
          <button type="submit">{t('confirmSubmit')}</button>
        </div>
      </form>
    </Layout>
  );
}

export function SignInPage(props: { page: PageContext; form: FormState }) {
  const { t } = props.page;
  const { values, errors } = props.form;
  return (
    <Layout page={props.page} title={t('signInTitle')}>
      {props.form.notice && <Notice>{props.form.notice}</Notice>}
      <ErrorSummary t={t} errors={errors} message={props.form.message} />
      <form method="post" action="/signin" novalidate>
        <input type="hidden" name="next" value={values.next ?? ''} />
        <Input
          name="email"
          type="email"
          label={t('email')}
          value={values.email}
          errors={errors}
          autocomplete="username"
          required
        />
        <Input
          name="password"
          type="password"
          label={t('password')}
          errors={errors}
          autocomplete="current-password"
          required
        />
        <div class="actions">
          <button type="submit">{t('signInSubmit')}</button>
        </div>
      </form>
      <p>
        <a href="/password/forgot">{t('forgotLink')}</a>
      </p>
      <p>
        {t('noAccount')} <a href="/signup">{t('navSignUp')}</a>
      </p>
    </Layout>
  );
}

export function ForgotPasswordPage(props: { page: PageContext; form: FormState }) {
  const { t } = props.page;
  const { values, errors } = props.form;
  return (
    <Layout page={props.page} title={t('forgotTitle')}>
      <p>{t('forgotIntro')}</p>
      <ErrorSummary t={t} errors={errors} message={props.form.message} />
      <form method="post" action="/password/forgot" novalidate>
        <Input
          name="email"
          type="email"
          label={t('email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
          required
        />
        <div class="actions">
          <button type="submit">{t('forgotSubmit')}</button>
        </div>
      </form>
    </Layout>
  );
}

export function ResetPasswordPage(props: { page: PageContext; form: FormState }) {
  const { t, localPlatform } = props.page;
  const { values, errors } = props.form;
  return (
    <Layout page={props.page} title={t('resetTitle')}>
      <p>{t('resetIntro')}</p>
      {localPlatform && (
        <p class="hint">
          {t('confirmOutboxHint')} <a href="/dev/outbox">{t('navOutbox')}</a>
        </p>
      )}
      <ErrorSummary t={t} errors={errors} message={props.form.message} />
      <form method="post" action="/password/reset" novalidate>
        <Input
          name="email"
          type="email"
          label={t('email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
          required
        />
        <Input
          name="code"
          label={t('code')}
          value={values.code}
          errors={errors}
          autocomplete="one-time-code"
          inputmode="numeric"
          required
        />
        <Input
          name="password"
          type="password"
          label={t('newPassword')}
          hint={t('passwordHint')}
          errors={errors}
          autocomplete="new-password"
          required
        />
        <div class="actions">
          <button type="submit">{t('resetSubmit')}</button>
        </div>
      </form>
    </Layout>
  );
}

export function NewPasswordPage(props: { page: PageContext; form: FormState }) {
  const { t } = props.page;
  const { values, errors } = props.form;
  return (
    <Layout page={props.page} title={t('newPasswordTitle')}>
      <p>{t('newPasswordIntro')}</p>
      <ErrorSummary t={t} errors={errors} message={props.form.message} />
      <form method="post" action="/signin/new-password" novalidate>
        <input type="hidden" name="email" value={values.email ?? ''} />
        <input type="hidden" name="session" value={values.session ?? ''} />
        <input type="hidden" name="next" value={values.next ?? ''} />
        <Input
          name="password"
          type="password"
          label={t('newPassword')}
          hint={t('passwordHint')}
          errors={errors}
          autocomplete="new-password"
          required
        />
        <div class="actions">
          <button type="submit">{t('resetSubmit')}</button>
        </div>
      </form>
    </Layout>
  );
}
