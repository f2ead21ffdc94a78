import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverHttpFunctions } from '../../infra/functions.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A functions/ folder with the given `gateway.ts` sources (and folders without one). */
function functionsDir(gateways: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'qh-functions-'));
  dirs.push(dir);
  for (const [name, source] of Object.entries(gateways)) {
    mkdirSync(join(dir, name));
    if (source !== null) writeFileSync(join(dir, name, 'gateway.ts'), source);
  }
  return dir;
}

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
        routes: [{ path: '/api/a/{proxy+}', methods: ['ANY'], authorizer: 'jwt' }],
      },
      {
        name: 'zeta',
        entry: join(dir, 'zeta', 'handler.ts'),
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
});
