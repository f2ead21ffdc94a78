import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFunctionApps } from '../../infra/local/function-apps.ts';
import { discoverHttpFunctions } from '../../shared/gateway/http-functions.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

const APP = `export const createFunctionApp = () => ({ routes: [] });`;
const CONTRACT = 'export const apiRoutes = [];';

/**
 * A functions/ folder with the given `gateway.ts` sources (and folders without one); each HTTP
 * function folder also gets a handler, an app and a contract unless `files` says otherwise.
 */
function functionsDir(
  gateways: Record<string, string | null>,
  files: Record<string, string | null> = {
    'handler.ts': 'export const handler = () => {};',
    'app.ts': APP,
    'contract.ts': CONTRACT,
  },
): string {
  const dir = mkdtempSync(join(tmpdir(), 'qh-functions-'));
  dirs.push(dir);
  for (const [name, source] of Object.entries(gateways)) {
    mkdirSync(join(dir, name));
    if (source === null) continue;
    writeFileSync(join(dir, name, 'gateway.ts'), source);
    for (const [file, content] of Object.entries(files)) {
      if (content !== null) writeFileSync(join(dir, name, file), content);
    }
  }
  return dir;
}

const ROUTE = `export const gatewayRoutes = [{ path: '/x', methods: ['GET'], authorizer: 'none' }];`;

describe('discoverHttpFunctions', () => {
  it('finds the folders with a gateway.ts, sorted, with their handler entry', async () => {
    const dir = functionsDir({
      zeta: `export const gatewayRoutes = [{ path: '/z', methods: ['GET'], authorizer: 'none' }];`,
      alpha: `export const gatewayRoutes = [{ path: '/api/a/{proxy+}', methods: ['ANY'], authorizer: 'jwt' }];`,
      'stream-consumer': null,
    });
    const specs = await discoverHttpFunctions(dir);
    expect(specs).toEqual([
      {
        name: 'alpha',
        entry: join(dir, 'alpha', 'handler.ts'),
        app: join(dir, 'alpha', 'app.ts'),
        contract: join(dir, 'alpha', 'contract.ts'),
        routes: [{ path: '/api/a/{proxy+}', methods: ['ANY'], authorizer: 'jwt' }],
      },
      {
        name: 'zeta',
        entry: join(dir, 'zeta', 'handler.ts'),
        app: join(dir, 'zeta', 'app.ts'),
        contract: join(dir, 'zeta', 'contract.ts'),
        routes: [{ path: '/z', methods: ['GET'], authorizer: 'none' }],
      },
    ]);
  });

  it('rejects a route two functions declare', async () => {
    const route = `export const gatewayRoutes = [{ path: '/same', methods: ['GET'], authorizer: 'none' }];`;
    await expect(discoverHttpFunctions(functionsDir({ a: route, b: route }))).rejects.toThrow(
      'Route GET /same is declared by both a and b',
    );
  });

  it.each([
    ['no export', 'export const routes = [];', /must export a non-empty array/],
    ['a relative path', `export const gatewayRoutes = [{ path: 'x', methods: ['GET'], authorizer: 'none' }];`, /path/],
    [
      'an unknown method',
      `export const gatewayRoutes = [{ path: '/x', methods: ['HEAD'], authorizer: 'none' }];`,
      /methods/,
    ],
    ['no authorizer', `export const gatewayRoutes = [{ path: '/x', methods: ['GET'] }];`, /authorizer/],
  ])('rejects a descriptor with %s', async (_, source, message) => {
    await expect(discoverHttpFunctions(functionsDir({ broken: source }))).rejects.toThrow(message);
  });

  it('finds an app.tsx as the app module', async () => {
    const dir = functionsDir({ pages: ROUTE }, { 'handler.ts': '', 'app.tsx': APP, 'contract.ts': CONTRACT });
    expect((await discoverHttpFunctions(dir))[0]?.app).toBe(join(dir, 'pages', 'app.tsx'));
  });

  it.each([
    ['handler.ts', /functions\/lonely has a gateway\.ts but no handler\.ts/],
    ['app.ts', /functions\/lonely has a gateway\.ts but no app\.ts\(x\): .*createFunctionApp/],
    ['contract.ts', /functions\/lonely has a gateway\.ts but no contract\.ts: .*apiRoutes/],
  ])('rejects an HTTP function folder without its %s', async (file, message) => {
    const files = { 'handler.ts': '', 'app.ts': APP, 'contract.ts': CONTRACT, [file]: null };
    await expect(discoverHttpFunctions(functionsDir({ lonely: ROUTE }, files))).rejects.toThrow(message);
  });
});

describe('createFunctionApps (the local platform)', () => {
  const services = { config: { region: 'eu-central-1', cognito: { userPoolId: 'p' } } } as never;
  const identity = {} as never;
  const locales = {} as never;

  it("builds every discovered function's app with the platform", async () => {
    const dir = functionsDir(
      { alpha: ROUTE },
      {
        'handler.ts': '',
        'app.ts': 'export const createFunctionApp = (platform) => ({ routes: [], platform });',
        'contract.ts': CONTRACT,
      },
    );
    expect(await createFunctionApps(services, identity, locales, dir)).toEqual([
      {
        name: 'alpha',
        routes: [{ path: '/x', methods: ['GET'], authorizer: 'none' }],
        app: { routes: [], platform: { services, identity, locales } },
      },
    ]);
  });

  it('rejects an app module without createFunctionApp, naming the folder', async () => {
    const dir = functionsDir(
      { lonely: ROUTE },
      { 'handler.ts': '', 'app.ts': 'export const createLonelyApp = () => ({});', 'contract.ts': CONTRACT },
    );
    await expect(createFunctionApps(services, identity, locales, dir)).rejects.toThrow(
      /functions\/lonely: .*app\.ts must export createFunctionApp\(platform/,
    );
  });
});
