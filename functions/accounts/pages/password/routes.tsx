import { ForgotPasswordInput, ResetPasswordInput } from '../../../../shared/auth/schemas.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { emptyForm } from '../account-form.tsx';
import { handleForm, type PageRenderer } from '../form-handler.tsx';
import type { PageRoutesDeps } from '../routes-deps.ts';
import { ForgotPasswordPage, ResetPasswordPage } from './view.tsx';

/** The password reset: GET/POST /password/forgot sends a code, GET/POST /password/reset uses it. */
export function registerPasswordPages({ app, services, flows }: PageRoutesDeps): void {
  const local = services.config.localPlatform;
  const renderForgot: PageRenderer = (page, form) => <ForgotPasswordPage page={page} form={form} />;
  app.get('/password/forgot', (c) => c.html(renderForgot(pageContext(c, local), emptyForm())));
  app.post('/password/forgot', (c) =>
    handleForm(c, services, { schema: ForgotPasswordInput, keep: ['email'], render: renderForgot }, async (input) => {
      await flows.forgotPassword(c, input.email);
      return c.redirect(`/password/reset?email=${encodeURIComponent(input.email)}`, 303);
    }),
  );

  const renderReset: PageRenderer = (page, form) => <ResetPasswordPage page={page} form={form} />;
  app.get('/password/reset', (c) =>
    c.html(renderReset(pageContext(c, local), emptyForm({ email: c.req.query('email') ?? '' }))),
  );
  app.post('/password/reset', (c) =>
    handleForm(
      c,
      services,
      { schema: ResetPasswordInput, keep: ['email', 'code'], render: renderReset },
      async (input) => {
        await flows.resetPassword(c, input.email, input.code, input.password);
        return c.redirect(`/signin?reset=1&email=${encodeURIComponent(input.email)}`, 303);
      },
    ),
  );
}
