import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GatewayMethod, GatewayRoute } from './gateway-route.ts';

/**
 * The HTTP function registry: every folder `functions/<name>/` with a `gateway.ts` is an HTTP
 * function, and nothing else is. CDK (infra/stack.ts), the local platform (infra/local/) and the
 * docs function (functions/docs/) all find the functions here, so adding a folder needs no list
 * to be kept anywhere. Here in shared/ because functions/ must not import infra/.
 *
 * Each HTTP function folder holds:
 * - `gateway.ts`: `export const gatewayRoutes: GatewayRoute[]` (its API Gateway routes);
 * - `handler.ts`: the Lambda entry (`export const handler`);
 * - `app.ts` or `app.tsx`: `export const createFunctionApp = (platform) => app`, the function's
 *   Hono app from the local platform's `{ services, identity, locales }` (each takes what it needs);
 * - `contract.ts`: `export const apiRoutes: ApiRoute[]` (its JSON API for the OpenAPI document;
 *   `[]` for a function without one).
 */

/** The repository's functions/ folder: one folder per Lambda. */
export const FUNCTIONS_DIR = fileURLToPath(new URL('../../functions/', import.meta.url));

/** An HTTP function: a folder in functions/ with a `gateway.ts` route descriptor. */
export interface HttpFunctionSpec {
  /** The folder name, e.g. `volunteers`. */
  name: string;
  /** Absolute path of its `handler.ts`. */
  entry: string;
  /** Absolute path of its `app.ts` or `app.tsx` (exports `createFunctionApp`). */
  app: string;
  /** Absolute path of its `contract.ts` (exports `apiRoutes`). */
  contract: string;
  routes: GatewayRoute[];
}

const METHODS: readonly GatewayMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'ANY'];

/** Throws unless `value` is a valid, non-empty `gatewayRoutes` list (`file` names where it came from). */
export function assertGatewayRoutes(file: string, value: unknown): asserts value is GatewayRoute[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new Error(`${file} must export a non-empty array \`gatewayRoutes\``);
  }
  for (const route of value as Partial<GatewayRoute>[]) {
    const where = `${file}: route ${JSON.stringify(route)}`;
    if (typeof route.path !== 'string' || !(route.path.startsWith('/') || route.path === '$default')) {
      throw new Error(`${where}: path must start with / or be $default`);
    }
    if (
      !Array.isArray(route.methods) ||
      route.methods.length === 0 ||
      !route.methods.every((m) => METHODS.includes(m))
    ) {
      throw new Error(`${where}: methods must be a non-empty list of ${METHODS.join(', ')}`);
    }
    if (route.authorizer !== 'jwt' && route.authorizer !== 'none') {
      throw new Error(`${where}: authorizer must be 'jwt' or 'none'`);
    }
  }
}

/** The names of the HTTP function folders (those with a `gateway.ts`), sorted. */
export function httpFunctionNames(functionsDir: string = FUNCTIONS_DIR): string[] {
  return readdirSync(functionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(functionsDir, entry.name, 'gateway.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** The files an HTTP function folder must have besides `gateway.ts`; a missing one fails loudly. */
function functionFiles(functionsDir: string, name: string): Pick<HttpFunctionSpec, 'entry' | 'app' | 'contract'> {
  const folder = join(functionsDir, name);
  const missing = (file: string, what: string) =>
    new Error(`functions/${name} has a gateway.ts but no ${file}: every HTTP function folder needs ${what}`);
  const entry = join(folder, 'handler.ts');
  if (!existsSync(entry)) throw missing('handler.ts', 'its Lambda entry (export const handler)');
  const app = ['app.ts', 'app.tsx'].map((file) => join(folder, file)).find((file) => existsSync(file));
  if (!app) {
    throw missing('app.ts(x)', 'an app module exporting createFunctionApp(platform), which the local platform runs');
  }
  const contract = join(folder, 'contract.ts');
  if (!existsSync(contract)) {
    throw missing(
      'contract.ts',
      'a contract exporting apiRoutes (its JSON API routes, [] if none) for the OpenAPI document',
    );
  }
  return { entry, app, contract };
}

/**
 * Lists `functions/<name>/gateway.ts`, checks each folder has the files an HTTP function needs and
 * loads each descriptor. Sorted by name so the template does not depend on directory order.
 */
export async function discoverHttpFunctions(functionsDir: string = FUNCTIONS_DIR): Promise<HttpFunctionSpec[]> {
  const specs: HttpFunctionSpec[] = [];
  const seen = new Map<string, string>();
  for (const name of httpFunctionNames(functionsDir)) {
    const files = functionFiles(functionsDir, name);
    const file = join(functionsDir, name, 'gateway.ts');
    const module = (await import(pathToFileURL(file).href)) as { gatewayRoutes?: unknown };
    assertGatewayRoutes(file, module.gatewayRoutes);
    for (const route of module.gatewayRoutes) {
      for (const method of route.methods) {
        const key = `${method} ${route.path}`;
        const owner = seen.get(key);
        if (owner) throw new Error(`Route ${key} is declared by both ${owner} and ${name}`);
        seen.set(key, name);
      }
    }
    specs.push({ name, ...files, routes: module.gatewayRoutes });
  }
  return specs;
}
