import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { volunteerCaller } from '../../../../shared/http/page-callers.ts';
import { clearSessionCookie } from '../../../../shared/http/session-cookie.ts';
import { EXPORT_FILENAME } from '../../../../shared/privacy/export.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { PrivacyServices } from '../../services.ts';
import { AccountDeletedPage, DeleteAccountPage } from './view.tsx';

/**
 * The volunteer's data-protection pages: the export download and the erasure of the account
 * (with a confirmation step). The profile page (volunteers function) links to them.
 */
export function registerOwnDataPages(app: Hono<AppEnv>, services: PrivacyServices): void {
  const page = (c: Context<AppEnv>) => {
    c.header('cache-control', 'no-store');
    return pageContext(c, services.config.localPlatform);
  };

  app.get('/profile/export', async (c) => {
    const data = await services.privacy.export(volunteerCaller(c), services.clock());
    c.header('content-disposition', `attachment; filename="${EXPORT_FILENAME}"`);
    c.header('cache-control', 'no-store');
    return c.body(`${JSON.stringify(data, null, 2)}\n`, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  app.get('/profile/account/delete', (c) => {
    volunteerCaller(c);
    return c.html(<DeleteAccountPage page={page(c)} />);
  });
  app.post('/profile/account/delete', async (c) => {
    await services.privacy.eraseOwn(volunteerCaller(c), services.clock());
    clearSessionCookie(c, services.config);
    return c.redirect('/profile/account/deleted', 303);
  });
  // Reached without a session: the account is gone.
  app.get('/profile/account/deleted', (c) => c.html(<AccountDeletedPage page={page(c)} />));
}
