import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';
import { assertGatewayRoutes, httpFunctionNames } from '../../shared/gateway/http-functions.ts';
import type { ApiRoute } from '../../shared/http/api-route.ts';

/** Written in by the build (infra/constructs/bundling-options.ts `httpFunctionsDefine`): `accounts,admin,…`. */
declare const QH_HTTP_FUNCTIONS: string | undefined;

/** What the docs function reads of one HTTP function: its gateway routes and its API contract. */
export interface DescribedFunction {
  name: string;
  gatewayRoutes: GatewayRoute[];
  apiRoutes: ApiRoute[];
}

/**
 * The HTTP functions, by folder name. A Lambda bundle has no functions/ folder: there the build
 * has written in the names the stack discovered; locally and in tests the folder is listed, by
 * the same registry CDK uses (shared/gateway/http-functions.ts).
 */
export function httpFunctionsToDescribe(): string[] {
  return typeof QH_HTTP_FUNCTIONS === 'string' ? QH_HTTP_FUNCTIONS.split(',') : httpFunctionNames();
}

/** Loads one module of a function folder; the default imports it, relative to functions/docs/. */
export type FunctionModuleLoader = (name: string, file: 'gateway.ts' | 'contract.ts') => Promise<unknown>;

/**
 * Each template below is a static pattern to esbuild, which bundles every functions/<name>/ file
 * it matches (contracts and route descriptors only: the docs bundle never pulls in an app). Vite
 * (vitest) must leave them alone: its own glob keys this folder's files as `./…`, not `../docs/…`.
 */
const importModule: FunctionModuleLoader = (name, file) =>
  file === 'contract.ts'
    ? import(/* @vite-ignore */ `../${name}/contract.ts`)
    : import(/* @vite-ignore */ `../${name}/gateway.ts`);

async function load(name: string, file: 'gateway.ts' | 'contract.ts', loader: FunctionModuleLoader) {
  try {
    return (await loader(name, file)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`functions/${name}/${file} could not be loaded: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Every HTTP function's gateway routes and API contract, in the order of `names`. Fails loudly
 * when a folder lacks either or exports the wrong thing: a function missing from the API
 * document would otherwise go unnoticed.
 */
export async function loadHttpFunctions(
  names: readonly string[],
  loader: FunctionModuleLoader = importModule,
): Promise<DescribedFunction[]> {
  return Promise.all(
    names.map(async (name) => {
      const [gateway, contract] = await Promise.all([
        load(name, 'gateway.ts', loader),
        load(name, 'contract.ts', loader),
      ]);
      assertGatewayRoutes(`functions/${name}/gateway.ts`, gateway.gatewayRoutes);
      if (!Array.isArray(contract.apiRoutes)) {
        throw new Error(
          `functions/${name}/contract.ts must export an array \`apiRoutes\` (its JSON API routes, [] if none)`,
        );
      }
      return { name, gatewayRoutes: gateway.gatewayRoutes, apiRoutes: contract.apiRoutes as ApiRoute[] };
    }),
  );
}
