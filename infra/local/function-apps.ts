import { pathToFileURL } from 'node:url';
import type { Hono } from 'hono';
import { AccountLocales } from '../../shared/auth/account-locales.ts';
import { createCognitoClient, type IdentityProvider } from '../../shared/auth/identity-provider.ts';
import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';
import { discoverHttpFunctions, FUNCTIONS_DIR } from '../../shared/gateway/http-functions.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import type { Services } from '../../shared/platform/services.ts';

/**
 * What the local platform hands every HTTP function's `createFunctionApp` (in its app.ts(x)); each
 * takes what it needs (accounts all of it, the others the services), as its handler.ts would.
 */
export interface FunctionPlatform {
  services: Services;
  identity: IdentityProvider;
  locales: AccountLocales;
}

/** One HTTP function as the local platform runs it: its gateway routes and its app. */
export interface LocalFunction {
  name: string;
  routes: GatewayRoute[];
  app: Hono<AppEnv>;
}

/** Loads `createFunctionApp` from an HTTP function's app module; a folder without one fails loudly. */
export async function loadFunctionAppFactory(
  name: string,
  appFile: string,
): Promise<(platform: FunctionPlatform) => Hono<AppEnv>> {
  const module = (await import(pathToFileURL(appFile).href)) as { createFunctionApp?: unknown };
  if (typeof module.createFunctionApp !== 'function') {
    throw new Error(
      `functions/${name}: ${appFile} must export createFunctionApp(platform: { services, identity, locales }), ` +
        'the app the local platform runs',
    );
  }
  return module.createFunctionApp as (platform: FunctionPlatform) => Hono<AppEnv>;
}

/**
 * Every HTTP function's app, built as API Gateway would reach them: the functions CDK deploys
 * (shared/gateway/http-functions.ts), so a new function folder needs no edit here. Also read by
 * the route × role matrix.
 */
export async function createFunctionApps(
  services: Services,
  identity: IdentityProvider,
  locales = new AccountLocales(createCognitoClient(services.config), services.config.cognito.userPoolId),
  functionsDir = FUNCTIONS_DIR,
): Promise<LocalFunction[]> {
  const platform: FunctionPlatform = { services, identity, locales };
  return Promise.all(
    (await discoverHttpFunctions(functionsDir)).map(async (spec) => ({
      name: spec.name,
      routes: spec.routes,
      app: (await loadFunctionAppFactory(spec.name, spec.app))(platform),
    })),
  );
}
