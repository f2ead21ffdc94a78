import type { Context, Hono } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import type { Services } from '../../../../shared/platform/services.ts';
import { EXPORT_FILENAME } from '../../../../shared/privacy/export.ts';
import { ConsentAgreement } from '../../../../shared/volunteers/schemas.ts';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { clearSessionCookie } from '../../../accounts/session-cookie.ts';
import { AccountDeletedPage, ConsentPage, DeleteAccountPage } from './view.tsx';

/**
 * The volunteer's data-protection pages: the export download, the erasure of the account (with
 * a confirmation step) and the agreement to a new consent text.
 */
export function registerPrivacyPages(
  app: Hono<AppEnv>,
  services: Services,
  volunteer: (c: Context<AppEnv>) => Caller,
): void {
  const page = (c: Context<AppEnv>) => {
    c.header('cache-control', 'no-store');
    return pageContext(c, services.config.localPlatform);
  };

  app.get('/profile/export', async (c) => {
    const data = await services.privacy.export(volunteer(c), services.clock());
    c.header('content-disposition', `attachment; filename="${EXPORT_FILENAME}"`);
    c.header('cache-control', 'no-store');
    return c.body(`${JSON.stringify(data, null, 2)}\n`, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  app.get('/profile/account/delete', (c) => {
    volunteer(c);
    return c.html(<DeleteAccountPage page={page(c)} />);
  });
  app.post('/profile/account/delete', async (c) => {
    await services.privacy.eraseOwn(volunteer(c), services.clock());
    clearSessionCookie(c, services.config);
    return c.redirect('/profile/account/deleted', 303);
  });
  // Reached without a session: the account is gone.
  app.get('/profile/account/deleted', (c) => c.html(<AccountDeletedPage page={page(c)} />));

  app.get('/profile/consent', (c) => {
    volunteer(c);
    return c.html(<ConsentPage page={page(c)} />);
  });
  app.post('/profile/consent', async (c) => {
    const caller = volunteer(c);
    const form = await readForm(c.req.raw);
    const parsed = ConsentAgreement.safeParse({
      version: formString(form, 'version'),
      accepted: formString(form, 'accepted') === 'yes',
    });
    if (!parsed.success) {
      const p = page(c);
      return c.html(<ConsentPage page={p} error={p.t('err_outdated_consent')} />, 400);
    }
    await services.profiles.agreeToConsent(caller, parsed.data.version, services.clock());
    return c.redirect('/profile?consented=1', 303);
  });
}
