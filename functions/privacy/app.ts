import { requireCaller } from '../../shared/http/authenticate.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { EXPORT_FILENAME } from '../../shared/privacy/export.ts';
import { eraseOwnAccount, exportOwnData } from './contract.ts';
import { registerOwnDataPages } from './pages/own-data/routes.tsx';
import type { PrivacyServices } from './services.ts';

/**
 * One's own personal data: its export (GDPR Art. 15, 20) and the erasure of one's account (Art. 17),
 * as API and pages. Apart from the volunteers function so that the user pool's admin client, and
 * the right to read and delete users in it, come only with these rarely used routes.
 */
export function createPrivacyApp(services: PrivacyServices) {
  const app = createBaseApp(services);
  const { clock } = services;

  registerOwnDataPages(app, services);

  registerApiRoute(app, exportOwnData, async (c) => {
    const data = await services.privacy.export(requireCaller(c), clock());
    c.header('content-disposition', `attachment; filename="${EXPORT_FILENAME}"`);
    c.header('cache-control', 'no-store');
    return c.json(data);
  });
  registerApiRoute(app, eraseOwnAccount, async (c) => {
    await services.privacy.eraseOwn(requireCaller(c), clock());
    return c.body(null, 204);
  });

  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: PrivacyServices }) => createPrivacyApp(services);
