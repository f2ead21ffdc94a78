/**
 * No answer of any function may be kept by a browser or a shared cache, except the deliberately
 * public ones: every registered route of every function app, called anonymously and by each role
 * (pages with a session cookie, the API with a Bearer token), errors and redirects included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFunctionApps, type LocalFunction } from '../../infra/local/function-apps.ts';
import { localServiceExtras } from '../../infra/local/service-extras.ts';
import { ROLES } from '../../shared/auth/caller.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createAccount, ORIGIN, type TestAccount, type TestPlatform, testPlatform } from '../support/app.ts';

/** Answers without personal data that may be cached (when they succeed). */
const PUBLIC = new Set(['/assets/app.css', '/assets/print.css', '/api/quarters', '/api/skills', '/api/languages']);

const PARAMS: Record<string, string> = {
  needId: '00000000-0000-4000-8000-000000000000',
  volunteerId: 'someone-else',
  userId: 'someone-else',
  initiativeId: '00000000-0000-4000-8000-000000000001',
  lang: 'en',
};

interface Caller {
  name: string;
  headers: (path: string) => Record<string, string>;
}

describe('Cache-Control on every answer', () => {
  let platform: TestPlatform;
  let functions: LocalFunction[];
  const callers: Caller[] = [{ name: 'anonymous', headers: () => ({}) }];

  beforeAll(async () => {
    platform = await testPlatform({ ownUserPool: true });
    functions = await createFunctionApps(
      createServices(
        platform.config,
        undefined,
        localServiceExtras(platform.config, platform.outboxFile, () => new Date()),
      ),
      new IdentityProvider(createCognitoClient(platform.config), platform.config.cognito.clientId),
    );
    const accounts = functions.find((fn) => fn.name === 'accounts') as LocalFunction;
    for (const role of ROLES) {
      const account: TestAccount = await createAccount(platform.config, role);
      const signIn = await accounts.app.fetch(
        new Request(`${ORIGIN}/signin`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
          body: new URLSearchParams({ email: account.email, password: account.password }),
        }),
      );
      const cookie = signIn.headers
        .getSetCookie()
        .find((c) => c.startsWith('qh_session='))
        ?.split(';')[0];
      expect(cookie, role).toBeDefined();
      callers.push({
        name: role,
        headers: (path): Record<string, string> =>
          path.startsWith('/api/') ? { authorization: `Bearer ${account.idToken}` } : { cookie: cookie as string },
      });
    }
  });

  it('is no-store everywhere but on the deliberately public answers', async () => {
    const seen: string[] = [];
    for (const fn of functions) {
      const routes = fn.app.routes
        .filter((route) => route.method !== 'ALL')
        .map((route) => ({
          method: route.method,
          path: route.path.replace(/:(\w+)/g, (_, n: string) => PARAMS[n] ?? 'x'),
        }))
        // Signing out ends the session the other requests use: last.
        .sort((a, b) => Number(a.path === '/signout') - Number(b.path === '/signout'));
      routes.push({ method: 'GET', path: '/no-such-page' }, { method: 'GET', path: '/api/no-such-route' });
      for (const { method, path } of routes) {
        for (const caller of callers) {
          const isApi = path.startsWith('/api/');
          const body = method === 'GET' ? undefined : isApi ? '{}' : '';
          const response = await fn.app.fetch(
            new Request(`${ORIGIN}${path}`, {
              method,
              headers: {
                ...caller.headers(path),
                ...(body !== undefined && {
                  'content-type': isApi ? 'application/json' : 'application/x-www-form-urlencoded',
                  origin: ORIGIN,
                }),
              },
              body,
            }),
          );
          const where = `${fn.name} ${method} ${path} as ${caller.name} → ${response.status}`;
          seen.push(where);
          expect(response.status, where).toBeLessThan(500);
          const cacheControl = response.headers.get('cache-control');
          if (PUBLIC.has(path) && response.status === 200) expect(cacheControl, where).toMatch(/^public\b/);
          else expect(cacheControl, where).toBe('no-store');
        }
      }
    }
    // Pages, API routes and errors of every kind were among them.
    expect(seen.length).toBeGreaterThan(300);
    for (const status of [200, 303, 400, 401, 403, 404]) {
      expect(
        seen.some((where) => where.endsWith(`→ ${status}`)),
        String(status),
      ).toBe(true);
    }
  });
});
