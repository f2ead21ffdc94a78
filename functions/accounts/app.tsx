import type { AccountLocales } from '../../shared/auth/account-locales.ts';
import type { IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerAccountsApi } from './api.ts';
import { createAccountFlows } from './flows.ts';
import { registerConfirmPage } from './pages/confirm/routes.tsx';
import { registerLandingPage } from './pages/landing/routes.tsx';
import { registerNotificationSettingsPage } from './pages/notification-settings/routes.tsx';
import { registerPasswordPages } from './pages/password/routes.tsx';
import { registerSignInPages } from './pages/sign-in/routes.tsx';
import { registerSignUpPage } from './pages/sign-up/routes.tsx';
import { registerSiteRoutes } from './pages/site/routes.ts';
import { ONE_CLICK_UNSUBSCRIBE_PATH, registerUnsubscribePage } from './pages/unsubscribe/routes.tsx';
import type { AccountsServices } from './services.ts';

/**
 * The accounts function: landing, sign-up, confirmation, sign-in and sign-out, password reset,
 * e-mail preferences and the one-click unsubscribe (one folder per page under pages/), and the
 * JSON API of the same steps (api.ts).
 */
export function createAccountsApp(services: AccountsServices, identity: IdentityProvider, locales: AccountLocales) {
  const app = createBaseApp(services, { crossSitePostPaths: [ONE_CLICK_UNSUBSCRIBE_PATH] });
  const deps = { app, services, flows: createAccountFlows(services, identity, locales) };
  registerSiteRoutes(deps);
  registerLandingPage(deps);
  registerSignUpPage(deps);
  registerConfirmPage(deps);
  registerSignInPages(deps);
  registerPasswordPages(deps);
  registerAccountsApi(app, services, deps.flows);
  registerNotificationSettingsPage(deps);
  registerUnsubscribePage(deps);
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = (platform: {
  services: AccountsServices;
  identity: IdentityProvider;
  locales: AccountLocales;
}) => createAccountsApp(platform.services, platform.identity, platform.locales);
