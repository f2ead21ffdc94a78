/**
 * Authentication, then authorisation, then validation, for every signed-in route of every
 * contract: nobody learns what a route expects (400 with its field list) before they may call it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFunctionApps } from '../../infra/local/function-apps.ts';
import { localServiceExtras } from '../../infra/local/service-extras.ts';
import { ROLES, type Role } from '../../shared/auth/caller.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { createGatewayRouter } from '../../shared/gateway/gateway-router.ts';
import type { ErrorBody } from '../../shared/http/error-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createAccount, type TestPlatform, testPlatform } from '../support/app.ts';
import { hasInput, label, malformedRequest, SIGNED_IN_ROUTES } from '../support/contract-requests.ts';
import { signToken } from '../support/tokens.ts';

describe('401, then 403, then 400 on every signed-in route', () => {
  let platform: TestPlatform;
  const tokens = {} as Record<Role | 'none', string>;
  /** The function app a request reaches, called on its own as the Lambda runs it (no gateway). */
  let direct: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    platform = await testPlatform();
    const accounts = await Promise.all(ROLES.map((role) => createAccount(platform.config, role)));
    ROLES.forEach((role, index) => {
      tokens[role] = accounts[index]?.idToken as string;
    });
    // A valid token of this pool and client whose user is in no group (a failed sign-up trigger).
    tokens.none = await signToken(platform.config);
    const apps = await createFunctionApps(
      createServices(
        platform.config,
        undefined,
        localServiceExtras(platform.config, platform.outboxFile, () => new Date()),
      ),
      new IdentityProvider(createCognitoClient(platform.config), platform.config.cognito.clientId),
    );
    const route = createGatewayRouter(apps.flatMap((fn) => fn.routes.map((r) => ({ route: r, target: fn.app }))));
    direct = async (request) => {
      const target = route(request.method, new URL(request.url).pathname);
      if (!target) throw new Error(`No function for ${request.url}`);
      return target.target.fetch(request);
    };
  });

  it('every signed-in route says which roles may call it', () => {
    expect(SIGNED_IN_ROUTES.length).toBeGreaterThan(20);
    for (const route of SIGNED_IN_ROUTES) expect(route.roles?.length, label(route)).toBeGreaterThan(0);
  });

  it.each(SIGNED_IN_ROUTES.map((route) => [label(route), route] as const))(
    '%s: 401 for an anonymous caller with malformed input',
    async (_, route) => {
      const response = await platform.app.request(malformedRequest(route));
      expect(response.status).toBe(401);
    },
  );

  it.each(SIGNED_IN_ROUTES.map((route) => [label(route), route] as const))(
    '%s: the function itself answers 401 before it validates',
    async (_, route) => {
      // A token the gateway lets through but the function refuses (not an ID or access token).
      const refresh = await signToken(platform.config, { claims: { token_use: 'refresh' } });
      const viaGateway = await platform.app.request(malformedRequest(route, { authorization: `Bearer ${refresh}` }));
      expect(viaGateway.status).toBe(401);
      expect(((await viaGateway.json()) as ErrorBody).error.code).toBe('UNAUTHENTICATED');

      const anonymous = await direct(malformedRequest(route));
      expect(anonymous.status).toBe(401);
      const body = (await anonymous.json()) as ErrorBody;
      expect(body.error.code).toBe('UNAUTHENTICATED');
      expect(body.error.issues).toBeUndefined();
    },
  );

  it.each(SIGNED_IN_ROUTES.map((route) => [label(route), route] as const))(
    '%s: 403 for every role that may not call it, before validation',
    async (_, route) => {
      const refused = [...ROLES.filter((role) => !route.roles?.includes(role)), 'none' as const];
      for (const role of refused) {
        const response = await platform.app.request(
          malformedRequest(route, { authorization: `Bearer ${tokens[role]}` }),
        );
        expect(response.status, role).toBe(403);
        expect(((await response.json()) as ErrorBody).error.issues, role).toBeUndefined();
      }
    },
  );

  it.each(SIGNED_IN_ROUTES.filter(hasInput).map((route) => [label(route), route] as const))(
    '%s: 400 with the field list for a role that may call it',
    async (_, route) => {
      const role = route.roles?.[0] as Role;
      const response = await platform.app.request(malformedRequest(route, { authorization: `Bearer ${tokens[role]}` }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error.issues?.length).toBeGreaterThan(0);
    },
  );
});
