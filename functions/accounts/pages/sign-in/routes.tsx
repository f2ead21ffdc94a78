import type { Context } from 'hono';
import { NewPasswordRequiredError, type Tokens } from '../../../../shared/auth/identity-provider.ts';
import { NewPasswordInput, SignInInput } from '../../../../shared/auth/schemas.ts';
import { IdentityError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { clearSessionCookie, setSessionCookie } from '../../../../shared/http/session-cookie.ts';
import { formString } from '../../../../shared/web/form.tsx';
import { chooseLanguage } from '../../../../shared/web/language-switch.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { afterSignIn, allowedNext } from '../../../../shared/web/start-page.ts';
import { openSession } from '../../sign-in.ts';
import { renderConfirmPage } from '../confirm/routes.tsx';
import { handleForm, type PageRenderer } from '../form-handler.tsx';
import type { PageRoutesDeps } from '../routes-deps.ts';
import { NewPasswordPage, SignInPage } from './view.tsx';

const renderSignIn: PageRenderer = (page, form) => <SignInPage page={page} form={form} />;
const renderNewPassword: PageRenderer = (page, form) => <NewPasswordPage page={page} form={form} />;

/**
 * GET/POST /signin, the first sign-in of invited staff (POST /signin/new-password) and POST
 * /signout. A sign-in lands on the person's start page, or on the allowed page it was asked from;
 * an account never confirmed gets the confirmation form instead.
 */
export function registerSignInPages({ app, services, flows }: PageRoutesDeps): void {
  const page = (c: Context<AppEnv>) => pageContext(c, services.config.localPlatform);

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
    // Only an allowed target goes into the form, so a hostile one cannot ride along through sign-in.
    return c.html(renderSignIn(p, { values: { email: q.email ?? '', next: allowedNext(q.next) }, errors: {}, notice }));
  });

  const startSession = async (c: Context<AppEnv>, tokens: Tokens, next: string) => {
    const { token, caller, consentOutdated } = await openSession(services, tokens);
    // A new session on every sign-in (no fixation); the one this browser had is ended.
    const previous = c.get('sessionToken');
    if (previous) await services.sessions.delete(previous);
    setSessionCookie(c, token, services.config);
    // The person's own language, where they set one (or signed up in one), is this browser's from now on.
    const own =
      (await services.notificationSettings.get(caller.userId)).language ??
      (caller.email ? await flows.accountLanguage(caller.email) : undefined);
    if (own) chooseLanguage(c, own, services.config.cookieSecure);
    if (consentOutdated) return c.redirect('/profile/consent', 303);
    return c.redirect(afterSignIn(next, caller.roles), 303);
  };

  app.post('/signin', (c) =>
    handleForm(
      c,
      services,
      { schema: SignInInput, keep: ['email', 'next'], render: renderSignIn },
      async (input, form) => {
        const next = allowedNext(formString(form, 'next'));
        try {
          return await startSession(c, await flows.signIn(c, input.email, input.password), next);
        } catch (error) {
          if (error instanceof NewPasswordRequiredError) {
            const values = { email: input.email, session: error.session, next };
            return c.html(renderNewPassword(page(c), { values, errors: {} }));
          }
          // Cognito says so only after the right password: the form for this address, in the page
          // (never an address in a redirect), with the code or a new one.
          if (error instanceof IdentityError && error.code === 'NOT_CONFIRMED') {
            const p = page(c);
            const values = { email: input.email, code: '', next };
            return c.html(renderConfirmPage(p, { values, errors: {}, notice: p.t('confirmFromSignIn') }));
          }
          throw error;
        }
      },
    ),
  );

  app.post('/signin/new-password', (c) =>
    handleForm(
      c,
      services,
      { schema: NewPasswordInput, keep: ['email', 'session', 'next'], render: renderNewPassword },
      async (input, form) =>
        startSession(
          c,
          await flows.completeNewPassword(c, input.email, input.session, input.password),
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
}
