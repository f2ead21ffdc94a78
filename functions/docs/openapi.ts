import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import { ROLES } from '../../shared/auth/caller.ts';
import type { ApiRoute } from '../../shared/http/api-route.ts';
import { httpFunctionsToDescribe, loadHttpFunctions } from './function-modules.ts';
import { createGatewayAuthorizer, GATEWAY_UNAUTHORIZED_BODY } from './gateway-auth.ts';
import { describeLikeClassic } from './zod-mini-compat.ts';

const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable error code, e.g. VALIDATION_FAILED, VERSION_CONFLICT' }),
      message: z.string(),
      issues: z
        .array(
          z.object({
            path: z.string(),
            code: z.string(),
            message: z.string(),
            params: z
              .record(z.string(), z.string())
              .optional()
              .meta({ description: 'What the issue names, e.g. `max` (characters) for a text that is too long' }),
          }),
        )
        .optional()
        .meta({ description: 'For 400: each offending field by its dotted path' }),
      currentVersion: z.number().int().optional().meta({ description: 'For 409: the version now stored' }),
    }),
  })
  .meta({ id: 'Error' });

const GatewayUnauthorized = z
  .object({ message: z.literal(GATEWAY_UNAUTHORIZED_BODY.message) })
  .strict()
  .meta({
    id: 'GatewayUnauthorized',
    description: "API Gateway's own answer when its JWT authorizer refuses a request; the function never ran",
  });

const GATEWAY_401 =
  'No valid token. Without a valid Bearer token (missing, malformed, expired, signed by another key, or ' +
  "issued to another client; a session cookie is not enough) API Gateway's JWT authorizer answers before the " +
  'function runs: `{"message":"Unauthorized"}` with a `www-authenticate: Bearer …` header. A token the ' +
  'gateway accepts but the function does not (e.g. a refresh token) gets the function’s error body.';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: every offending field path and why',
  401: 'No valid session or token',
  403: 'Wrong role, or someone else’s object (code NOT_YOUR_QUARTER: outside the quarters the manager manages)',
  404: 'No such object',
  409: 'Stale version or conflicting state; nothing was changed',
  413: 'Body larger than 64 KiB',
  415: 'Body is not application/json',
  429: 'Too many attempts: wait the seconds in the Retry-After header',
  500: 'Unexpected error; no details are disclosed',
};

// Loaded once, at import (as the static imports of the contracts were): every HTTP function folder.
const FUNCTIONS = await loadHttpFunctions(httpFunctionsToDescribe());

/** Every API route of every HTTP function (by folder name): the contracts that also validate the requests. */
export const ALL_ROUTES: ApiRoute[] = FUNCTIONS.flatMap((fn) => fn.apiRoutes);

const gatewayAuthorizer = createGatewayAuthorizer(FUNCTIONS.flatMap((fn) => fn.gatewayRoutes));

/** Who may call a route, in words (OpenAPI has no standard field for roles). */
function rolesText(route: ApiRoute): string | undefined {
  if (route.security !== 'signed-in' || !route.roles) return undefined;
  const every = ROLES.every((role) => route.roles?.includes(role));
  return every ? 'Roles: any signed-in user.' : `Roles: ${route.roles.join(', ')} (others get 403).`;
}

function toRouteConfig(route: ApiRoute): RouteConfig {
  // The contracts are built with zod/mini; zod-to-openapi reads schemas as classic zod's.
  for (const schema of [route.params, route.query, route.body, ...Object.values(route.responses).map((r) => r.schema)])
    describeLikeClassic(schema);
  const signedIn = route.security === 'signed-in';
  const jwt = gatewayAuthorizer(route) === 'jwt';
  const errors = [...new Set([400, ...(signedIn ? [401, 403] : []), ...(route.errors ?? []), 500])].sort(
    (a, b) => a - b,
  );
  const responses: RouteConfig['responses'] = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = response.schema
      ? { description: response.description, content: { 'application/json': { schema: response.schema } } }
      : { description: response.description };
  }
  for (const status of errors) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? 'Error',
      content: { 'application/json': { schema: ErrorBody } },
    };
  }
  if (jwt) {
    responses[401] = {
      description: GATEWAY_401,
      headers: {
        'www-authenticate': {
          description: 'From API Gateway: `Bearer`, or `Bearer scope="" error="invalid_token" error_description="…"`',
          schema: { type: 'string' },
        },
      },
      content: { 'application/json': { schema: z.union([GatewayUnauthorized, ErrorBody]) } },
    };
  }
  const roles = rolesText(route);
  return {
    method: route.method,
    path: route.path,
    operationId: route.operationId,
    summary: route.summary,
    ...(roles && { description: roles, 'x-roles': [...(route.roles ?? [])] }),
    tags: [route.tag],
    // Behind the JWT authorizer only a Bearer token gets through; the session cookie is for pages.
    security: signedIn ? (jwt ? [{ bearerAuth: [] }] : [{ bearerAuth: [] }, { sessionCookie: [] }]) : [],
    request: {
      ...(route.params && { params: route.params as never }),
      ...(route.query && { query: route.query as never }),
      ...(route.body && { body: { required: true, content: { 'application/json': { schema: route.body } } } }),
    },
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the route contracts (every function's, unless `routes` says otherwise). */
export function openApiDocument(serverUrl = '/', routes: readonly ApiRoute[] = ALL_ROUTES) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A Cognito ID or access token of this app client (from POST /api/auth/signin)',
  });
  registry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'qh_session',
    description: 'The web session cookie set by the sign-in page',
  });
  for (const route of routes) registry.registerPath(toRouteConfig(route));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Quartiershilfe API',
      version: '1.0.0',
      description: 'Volunteer coordination for neighbourhood work with refugees in Wuppertal.',
    },
    servers: [{ url: serverUrl }],
  });
}
