import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GatewayMethod, GatewayRoute } from '../shared/gateway/gateway-route.ts';

/** The repository's functions/ folder: one folder per Lambda. */
export const FUNCTIONS_DIR = fileURLToPath(new URL('../functions/', import.meta.url));

/** An HTTP function: a folder in functions/ with a `gateway.ts` route descriptor. */
export interface HttpFunctionSpec {
  /** The folder name, e.g. `volunteers`. */
  name: string;
  /** Absolute path of its `handler.ts`. */
  entry: string;
  routes: GatewayRoute[];
}

const METHODS: readonly GatewayMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'ANY'];

function assertRoutes(file: string, value: unknown): asserts value is GatewayRoute[] {
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

/**
 * Lists `functions/<name>/gateway.ts` and loads each descriptor. Sorted by name so the template
 * does not depend on directory order.
 */
export async function discoverHttpFunctions(functionsDir: string = FUNCTIONS_DIR): Promise<HttpFunctionSpec[]> {
  const names = readdirSync(functionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(functionsDir, entry.name, 'gateway.ts')))
    .map((entry) => entry.name)
    .sort();
  const specs: HttpFunctionSpec[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = join(functionsDir, name, 'gateway.ts');
    const module = (await import(pathToFileURL(file).href)) as { gatewayRoutes?: unknown };
    assertRoutes(file, module.gatewayRoutes);
    for (const route of module.gatewayRoutes) {
      for (const method of route.methods) {
        const key = `${method} ${route.path}`;
        const owner = seen.get(key);
        if (owner) throw new Error(`Route ${key} is declared by both ${owner} and ${name}`);
        seen.set(key, name);
      }
    }
    specs.push({ name, entry: join(functionsDir, name, 'handler.ts'), routes: module.gatewayRoutes });
  }
  return specs;
}
