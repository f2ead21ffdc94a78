import { ConfirmInput, ResendCodeInput } from '../../../../shared/auth/schemas.ts';
import { formString } from '../../../../shared/web/form.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { allowedNext } from '../../../../shared/web/start-page.ts';
import { emptyForm } from '../account-form.tsx';
import { handleForm, type PageRenderer } from '../form-handler.tsx';
import type { PageRoutesDeps } from '../routes-deps.ts';
import { ConfirmPage, RESEND_CODE_PATH } from './view.tsx';

export const renderConfirmPage: PageRenderer = (page, form) => <ConfirmPage page={page} form={form} />;

/**
 * GET/POST /confirm: the code from the e-mail confirms the address, then the person signs in (with
 * the page they were headed for); POST /confirm/resend sends a new code. Both are throttled (codes
 * and mail) and answer alike whatever the address.
 */
export function registerConfirmPage({ app, services, flows }: PageRoutesDeps): void {
  app.get('/confirm', (c) =>
    c.html(
      renderConfirmPage(
        pageContext(c, services.config.localPlatform),
        emptyForm({ email: c.req.query('email') ?? '' }),
      ),
    ),
  );
  app.post('/confirm', (c) =>
    handleForm(
      c,
      services,
      { schema: ConfirmInput, keep: ['email', 'code', 'next'], render: renderConfirmPage },
      async (input, form) => {
        await flows.confirm(c, input.email, input.code);
        const next = allowedNext(formString(form, 'next'));
        const target = `/signin?confirmed=1&email=${encodeURIComponent(input.email)}`;
        return c.redirect(next ? `${target}&next=${encodeURIComponent(next)}` : target, 303);
      },
    ),
  );
  // The resend button posts the whole confirm form: only its address counts, and the typed code,
  // which the new one replaces, is not shown again.
  app.post(RESEND_CODE_PATH, (c) =>
    handleForm(
      c,
      services,
      { schema: ResendCodeInput, fields: ['email'], keep: ['email', 'next'], render: renderConfirmPage },
      async (input, form) => {
        await flows.resendCode(c, input.email);
        const page = pageContext(c, services.config.localPlatform);
        const values = { email: input.email, next: allowedNext(formString(form, 'next')) };
        return c.html(renderConfirmPage(page, { values, errors: {}, notice: page.t('confirmCodeResent') }));
      },
    ),
  );
}
