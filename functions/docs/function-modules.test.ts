import { describe, expect, it } from 'vitest';
import { httpFunctionNames } from '../../shared/gateway/http-functions.ts';
import { type FunctionModuleLoader, httpFunctionsToDescribe, loadHttpFunctions } from './function-modules.ts';

const gatewayRoutes = [{ path: '/x', methods: ['GET'], authorizer: 'none' }];
const apiRoutes = [{ method: 'get', path: '/api/x' }];

/** Serves the given modules by `name/file`; anything else is missing, as an import would say. */
function loader(modules: Record<string, unknown>): FunctionModuleLoader {
  return async (name, file) => {
    const module = modules[`${name}/${file}`];
    if (module === undefined) throw new Error(`Cannot find module '../${name}/${file}'`);
    return module;
  };
}

describe('the docs function finds the HTTP functions', () => {
  it('by listing functions/ when no build wrote the names in', () => {
    expect(httpFunctionsToDescribe()).toEqual(httpFunctionNames());
  });

  it("loads each one's gateway routes and contract, in the given order", async () => {
    const modules = loader({
      'b/gateway.ts': { gatewayRoutes },
      'b/contract.ts': { apiRoutes },
      'a/gateway.ts': { gatewayRoutes },
      'a/contract.ts': { apiRoutes: [] },
    });
    expect(await loadHttpFunctions(['b', 'a'], modules)).toEqual([
      { name: 'b', gatewayRoutes, apiRoutes },
      { name: 'a', gatewayRoutes, apiRoutes: [] },
    ]);
  });

  it('fails loudly for a folder without a contract.ts', async () => {
    const modules = loader({ lonely: {}, 'lonely/gateway.ts': { gatewayRoutes } });
    await expect(loadHttpFunctions(['lonely'], modules)).rejects.toThrow(
      "functions/lonely/contract.ts could not be loaded: Cannot find module '../lonely/contract.ts'",
    );
  });

  it('fails loudly for a contract without apiRoutes', async () => {
    const modules = loader({ odd: {}, 'odd/gateway.ts': { gatewayRoutes }, 'odd/contract.ts': { oddRoutes: [] } });
    await expect(loadHttpFunctions(['odd'], modules)).rejects.toThrow(
      'functions/odd/contract.ts must export an array `apiRoutes`',
    );
  });

  it('fails loudly for a bad gateway descriptor', async () => {
    const modules = loader({ 'bad/gateway.ts': { gatewayRoutes: [] }, 'bad/contract.ts': { apiRoutes } });
    await expect(loadHttpFunctions(['bad'], modules)).rejects.toThrow(
      'functions/bad/gateway.ts must export a non-empty array `gatewayRoutes`',
    );
  });
});
