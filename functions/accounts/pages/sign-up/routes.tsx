import { SignUpInput } from '../../../../shared/auth/schemas.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { emptyForm } from '../account-form.tsx';
import { handleForm, type PageRenderer } from '../form-handler.tsx';
import type { PageRoutesDeps } from '../routes-deps.ts';
import { SignUpPage } from './view.tsx';

/** GET/POST /signup: a new volunteer account; the same next step whether or not the address has one. */
export function registerSignUpPage({ app, services, flows }: PageRoutesDeps): void {
  const render: PageRenderer = (page, form) => <SignUpPage page={page} form={form} />;
  app.get('/signup', (c) => c.html(render(pageContext(c, services.config.localPlatform), emptyForm())));
  app.post('/signup', (c) =>
    handleForm(c, services, { schema: SignUpInput, keep: ['email'], render }, async (input) => {
      await flows.signUp(c, { email: input.email, password: input.password, locale: c.get('lang') });
      return c.redirect(`/confirm?email=${encodeURIComponent(input.email)}`, 303);
    }),
  );
}
