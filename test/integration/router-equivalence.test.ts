/**
 * The functions route with shared/http/strict-router.ts instead of Hono's default router
 * (SmartRouter over RegExpRouter and TrieRouter). Both must answer every request alike: the same
 * handlers (routes and middleware) in the same order with the same parameters. Every route of
 * every function, with sample values for its parameters, a trailing slash, one segment more and
 * one less, under every method, is put to both.
 */

import type { ParamIndexMap, Params, Result, Router } from 'hono/router';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';
import { describe, expect, it } from 'vitest';
import { createFunctionApps } from '../../infra/local/function-apps.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { StrictRouter } from '../../shared/http/strict-router.ts';
import { createServices } from '../../shared/platform/services.ts';

const SAMPLES = ['abc', '123e4567-e89b-12d3-a456-426614174000', '2026-12-01', 'accept', 'new', 'hours.csv', 'a%2Fb'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Handler indexes with their parameters by name, whichever of Hono's two result forms. */
function answer(result: Result<number>): [number, Record<string, string>][] {
  const [list, stash] = result as [[number, ParamIndexMap | Params][], string[] | undefined];
  return list.map(([handler, params]) => {
    const named = Object.entries(params ?? {}).map(([key, value]) => [key, stash ? stash[value as number] : value]);
    return [handler, Object.fromEntries(named.sort(([a], [b]) => String(a).localeCompare(String(b))))];
  });
}

function pathsFor(routes: readonly { path: string }[]): Set<string> {
  const paths = new Set(['/', '//', '/x', '/api', '/api/', '/api/x/', '/unknown/deep/path', '/manage//needs']);
  for (const { path } of routes) {
    if (path.includes('*')) {
      for (const tail of ['', 'q', 'q/r', 'q/']) paths.add(path.replace(/\*/g, tail));
      continue;
    }
    for (const sample of SAMPLES) {
      const concrete = path.replace(/:(\w+)/g, sample);
      paths.add(concrete);
      paths.add(`${concrete}/`);
      paths.add(`${concrete}/extra`);
      paths.add(concrete.replace(/\/[^/]*$/, '') || '/');
    }
  }
  return paths;
}

describe('the functions route with StrictRouter exactly as with Hono’s default router', () => {
  it('gives the same handlers and parameters for every route of every function', async () => {
    const config = configFromEnv({
      USER_POOL_ID: 'eu-central-1_router',
      USER_POOL_CLIENT_ID: 'router',
      TABLE_NAME: 'router',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
    });
    const functions = await createFunctionApps(
      createServices(config),
      new IdentityProvider(createCognitoClient(config), config.cognito.clientId),
    );
    let compared = 0;
    const differences: string[] = [];
    for (const { name, app } of functions) {
      const fill = (router: Router<number>) => {
        for (const [index, route] of app.routes.entries()) router.add(route.method, route.path, index);
        return router;
      };
      const reference = fill(new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] }));
      const strict = fill(new StrictRouter());
      for (const path of pathsFor(app.routes))
        for (const method of METHODS) {
          compared++;
          const expected = JSON.stringify(answer(reference.match(method, path)));
          const actual = JSON.stringify(answer(strict.match(method, path)));
          if (actual !== expected) differences.push(`${name} ${method} ${path}: ${actual} instead of ${expected}`);
        }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(10_000);
  });
});
