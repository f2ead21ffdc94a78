import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type * as z from 'zod';
import type { AccountLocales } from '../../shared/auth/account-locales.ts';
import { type IdentityProvider, NewPasswordRequiredError, type Tokens } from '../../shared/auth/identity-provider.ts';
import {
  ConfirmInput,
  ForgotPasswordInput,
  NewPasswordInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
} from '../../shared/auth/schemas.ts';
import { IdentityError, RateLimitedError, ServiceUnavailableError } from '../../shared/errors/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { clientAddress } from '../../shared/http/client-address.ts';
import { retryAfterOf, statusOf } from '../../shared/http/error-handler.ts';
import { toFieldIssues } from '../../shared/http/issues.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import type { Services } from '../../shared/platform/services.ts';
import type { GuardOptions } from '../../shared/throttle/attempt-guard.ts';
import type { ThrottledAction } from '../../shared/throttle/rules.ts';
import { fieldErrors, formString, readForm } from '../../shared/web/form.tsx';
import { isLang, LANG_COOKIE } from '../../shared/web/i18n.ts';
import { pageContext } from '../../shared/web/page-context.ts';
import { safeNext } from '../../shared/web/safe-next.ts';
import { STYLESHEET } from '../../shared/web/stylesheet.ts';
import {
  completeNewPassword,
  confirmSignUp,
  forgotPassword,
  resetPassword,
  signIn,
  signOut,
  signUp,
} from './contract.ts';
import { ONE_CLICK_UNSUBSCRIBE_PATH, registerNotificationRoutes } from './notification-routes.tsx';
import {
  ConfirmPage,
  emptyForm,
  ForgotPasswordPage,
  type FormState,
  NewPasswordPage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
} from './pages/auth-forms.tsx';
import { LandingPage } from './pages/landing.tsx';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { openSession, recordSignIn } from './sign-in.ts';
import { signUpOrNotifyOwner } from './sign-up.ts';

type PageRenderer = (page: ReturnType<typeof pageContext>, form: FormState) => JSX.Element;
type Form = Awaited<ReturnType<typeof readForm>>;

/**
 * Handles a posted account form: validates it with the API's schema, runs the action, and on
 * a mistake re-renders the form with the errors and the values typed (never the password).
 */
async function handleForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  services: Services,
  schema: S,
  keep: string[],
  render: PageRenderer,
  action: (input: z.output<S>, form: Form) => Promise<Response>,
): Promise<Response> {
  const form = await readForm(c.req.raw);
  // A redirect target is kept only when it is safe, so a hostile one is not carried on.
  const values = Object.fromEntries(
    keep.map((name) => [name, name === 'next' ? safeNext(formString(form, name), '') : formString(form, name)]),
  );
  const page = pageContext(c, services.config.localPlatform);
  // Fields the schema knows are validated; passwords are taken verbatim (spaces count).
  const fields = Object.fromEntries(
    Object.keys(form)
      .filter((name) => name !== 'next')
      .map((name) => [name, name === 'password' ? String(form[name]) : formString(form, name)]),
  );
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    return c.html(render(page, { values, errors: fieldErrors(page.t, toFieldIssues(parsed.error.issues)) }), 400);
  }
  try {
    return await action(parsed.data, form);
  } catch (error) {
    if (error instanceof RateLimitedError) {
      // In the visitor's language, on the form they used, with the wait as the API gives it.
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      c.header('Retry-After', String(retryAfterOf(error)));
      return c.html(render(page, { values, errors: {}, message: page.t('err_RATE_LIMITED', { minutes }) }), 429);
    }
    if (!(error instanceof IdentityError)) throw error;
    return c.html(render(page, { values, errors: {}, message: page.t(`err_${error.code}`) }), statusOf(error));
  }
}

/** Password guesses (sign-in, the new-password step): a right password ends the account's count. */
const PASSWORD_GUESS: GuardOptions = {
  isFailure: (error) =>
    error instanceof IdentityError && (error.code === 'INVALID_CREDENTIALS' || error.code === 'INVALID_SESSION'),
  onSuccess: 'reset',
};
/** Code guesses (confirmation and reset codes: 6 digits). */
const CODE_GUESS: GuardOptions = {
  isFailure: (error) => error instanceof IdentityError && error.code === 'INVALID_CODE',
  onSuccess: 'reset',
};
/** Mail sent on request (sign-up, forgot password): every one counts, unless nothing could be sent. */
const MAIL_SENDING: GuardOptions = {
  isFailure: (error) => !(error instanceof ServiceUnavailableError),
  onSuccess: 'keep',
};

export function createAccountsApp(services: Services, identity: IdentityProvider, locales: AccountLocales) {
  const app = createBaseApp(services, { crossSitePostPaths: [ONE_CLICK_UNSUBSCRIBE_PATH] });
  const local = services.config.localPlatform;
  const page = (c: Context<AppEnv>) => pageContext(c, local);
  /** Runs an attempt under the throttle for this account (e-mail) and this client's address. */
  const guarded = <T,>(
    c: Context<AppEnv>,
    action: ThrottledAction,
    email: string,
    options: GuardOptions,
    attempt: () => Promise<T>,
  ) => services.attempts.run(action, { account: email, address: clientAddress(c) }, services.clock(), attempt, options);
  // An invited account's first sign-in: only a challenge this app issued, for that address, may
  // be completed (shared/auth/challenge-repository.ts: cognito-local does not check the session).
  const signInRemembering = async (email: string, password: string) => {
    try {
      return await identity.signIn(email, password);
    } catch (error) {
      if (error instanceof NewPasswordRequiredError)
        await services.challenges.remember(email, error.session, services.clock());
      throw error;
    }
  };
  const completeIssuedChallenge = async (email: string, session: string, password: string) => {
    if (!(await services.challenges.redeem(email, session, services.clock()))) {
      throw new IdentityError('INVALID_SESSION', 'Sign in again to continue');
    }
    return identity.completeNewPassword(email, session, password);
  };
  // Links in e-mails: the configured public URL (AWS); locally the request's own loopback origin.
  const baseUrl = (c: Context<AppEnv>) => services.config.publicUrl ?? new URL(c.req.url).origin;
  const signUpAccount = (c: Context<AppEnv>, input: { email: string; password: string; locale: string }) =>
    guarded(c, 'send', input.email, MAIL_SENDING, () =>
      signUpOrNotifyOwner({ identity, locales, mailer: services.mailer }, input, baseUrl(c)),
    );

  app.get('/assets/app.css', (c) => {
    c.header('cache-control', 'public, max-age=86400');
    return c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8' });
  });

  app.get('/lang/:lang', (c) => {
    const lang = c.req.param('lang');
    if (isLang(lang)) {
      setCookie(c, LANG_COOKIE, lang, {
        path: '/',
        sameSite: 'Lax',
        secure: services.config.cookieSecure,
        maxAge: 365 * 86400,
      });
    }
    return c.redirect(safeNext(c.req.query('next')), 303);
  });

  app.get('/', async (c) => {
    const catalog = await services.catalog.get(services.clock().getTime());
    return c.html(<LandingPage page={page(c)} quarters={catalog.quarters} />);
  });

  // Sign-up and confirmation
  const signUpPage: PageRenderer = (p, form) => <SignUpPage page={p} form={form} />;
  app.get('/signup', (c) => c.html(signUpPage(page(c), emptyForm())));
  app.post('/signup', (c) =>
    handleForm(c, services, SignUpInput, ['email'], signUpPage, async (input) => {
      await signUpAccount(c, { email: input.email, password: input.password, locale: c.get('lang') });
      return c.redirect(`/confirm?email=${encodeURIComponent(input.email)}`, 303);
    }),
  );

  const confirmPage: PageRenderer = (p, form) => <ConfirmPage page={p} form={form} />;
  app.get('/confirm', (c) => c.html(confirmPage(page(c), emptyForm({ email: c.req.query('email') ?? '' }))));
  app.post('/confirm', (c) =>
    handleForm(c, services, ConfirmInput, ['email', 'code'], confirmPage, async (input) => {
      await guarded(c, 'code', input.email, CODE_GUESS, () => identity.confirmSignUp(input.email, input.code));
      return c.redirect(`/signin?confirmed=1&email=${encodeURIComponent(input.email)}`, 303);
    }),
  );

  // Sign-in and sign-out
  const signInPage: PageRenderer = (p, form) => <SignInPage page={p} form={form} />;
  app.get('/signin', (c) => {
    const p = page(c);
    const q = c.req.query();
    const notice = q.confirmed
      ? p.t('confirmed')
      : q.signedout
        ? p.t('signedOut')
        : q.reset
          ? p.t('passwordChanged')
          : undefined;
    // Only a safe target goes into the form, so a hostile one cannot ride along through sign-in.
    const next = safeNext(q.next, '');
    return c.html(signInPage(p, { values: { email: q.email ?? '', next }, errors: {}, notice }));
  });
  const startSession = async (c: Context<AppEnv>, tokens: Tokens, next: string) => {
    const { token, caller, consentOutdated } = await openSession(services, tokens);
    // A new session on every sign-in (no fixation); the one this browser had is ended.
    const previous = c.get('sessionToken');
    if (previous) await services.sessions.delete(previous);
    setSessionCookie(c, token, services.config);
    if (consentOutdated) return c.redirect('/profile/consent', 303);
    return c.redirect(safeNext(next, caller.roles.includes('volunteer') ? '/profile' : '/'), 303);
  };
  app.post('/signin', (c) =>
    handleForm(c, services, SignInInput, ['email', 'next'], signInPage, async (input, form) => {
      try {
        const tokens = await guarded(c, 'password', input.email, PASSWORD_GUESS, () =>
          signInRemembering(input.email, input.password),
        );
        return await startSession(c, tokens, formString(form, 'next'));
      } catch (error) {
        if (!(error instanceof NewPasswordRequiredError)) throw error;
        const values = { email: input.email, session: error.session, next: safeNext(formString(form, 'next'), '') };
        return c.html(<NewPasswordPage page={page(c)} form={{ values, errors: {} }} />);
      }
    }),
  );
  const newPasswordPage: PageRenderer = (p, form) => <NewPasswordPage page={p} form={form} />;
  app.post('/signin/new-password', (c) =>
    handleForm(c, services, NewPasswordInput, ['email', 'session', 'next'], newPasswordPage, async (input, form) =>
      startSession(
        c,
        await guarded(c, 'password', input.email, PASSWORD_GUESS, () =>
          completeIssuedChallenge(input.email, input.session, input.password),
        ),
        formString(form, 'next'),
      ),
    ),
  );
  app.post('/signout', async (c) => {
    const token = c.get('sessionToken');
    if (token) await services.sessions.delete(token);
    clearSessionCookie(c, services.config);
    return c.redirect('/signin?signedout=1', 303);
  });

  // Password reset
  const forgotPage: PageRenderer = (p, form) => <ForgotPasswordPage page={p} form={form} />;
  app.get('/password/forgot', (c) => c.html(forgotPage(page(c), emptyForm())));
  app.post('/password/forgot', (c) =>
    handleForm(c, services, ForgotPasswordInput, ['email'], forgotPage, async (input) => {
      await guarded(c, 'send', input.email, MAIL_SENDING, () => identity.forgotPassword(input.email));
      return c.redirect(`/password/reset?email=${encodeURIComponent(input.email)}`, 303);
    }),
  );
  const resetPage: PageRenderer = (p, form) => <ResetPasswordPage page={p} form={form} />;
  app.get('/password/reset', (c) => c.html(resetPage(page(c), emptyForm({ email: c.req.query('email') ?? '' }))));
  app.post('/password/reset', (c) =>
    handleForm(c, services, ResetPasswordInput, ['email', 'code'], resetPage, async (input) => {
      await guarded(c, 'code', input.email, CODE_GUESS, () =>
        identity.confirmForgotPassword(input.email, input.code, input.password),
      );
      return c.redirect(`/signin?reset=1&email=${encodeURIComponent(input.email)}`, 303);
    }),
  );

  // JSON API: the same identity operations
  registerApiRoute(app, signUp, async (c, { body }) => {
    await signUpAccount(c, body);
    return c.json({ status: 'accepted' as const }, 202);
  });
  registerApiRoute(app, confirmSignUp, async (c, { body }) => {
    await guarded(c, 'code', body.email, CODE_GUESS, () => identity.confirmSignUp(body.email, body.code));
    return c.json({ status: 'confirmed' as const });
  });
  registerApiRoute(app, signIn, async (c, { body }) => {
    const tokens = await guarded(c, 'password', body.email, PASSWORD_GUESS, () =>
      signInRemembering(body.email, body.password),
    );
    await recordSignIn(services, tokens);
    return c.json(tokens);
  });
  registerApiRoute(app, completeNewPassword, async (c, { body }) => {
    const tokens = await guarded(c, 'password', body.email, PASSWORD_GUESS, () =>
      completeIssuedChallenge(body.email, body.session, body.password),
    );
    await recordSignIn(services, tokens);
    return c.json(tokens);
  });
  registerApiRoute(app, signOut, async (c, { body }) => {
    await identity.revoke(body.refreshToken);
    return c.body(null, 204);
  });
  registerApiRoute(app, forgotPassword, async (c, { body }) => {
    await guarded(c, 'send', body.email, MAIL_SENDING, () => identity.forgotPassword(body.email));
    return c.json({ status: 'accepted' as const }, 202);
  });
  registerApiRoute(app, resetPassword, async (c, { body }) => {
    await guarded(c, 'code', body.email, CODE_GUESS, () =>
      identity.confirmForgotPassword(body.email, body.code, body.password),
    );
    return c.json({ status: 'changed' as const });
  });

  registerNotificationRoutes(app, services);
  return app;
}
