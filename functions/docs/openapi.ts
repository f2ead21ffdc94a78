import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import type { ApiRoute } from '../../shared/http/api-route.ts';
import { accountRoutes } from '../accounts/contract.ts';
import { adminRoutes } from '../admin/contract.ts';
import { catalogRoutes } from '../catalog/contract.ts';
import { initiativeRoutes } from '../initiatives/contract.ts';
import { needRoutes } from '../needs/contract.ts';
import { volunteerRoutes } from '../volunteers/contract.ts';

const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable error code, e.g. VALIDATION_FAILED, VERSION_CONFLICT' }),
      message: z.string(),
      issues: z
        .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
        .optional()
        .meta({ description: 'For 400: each offending field by its dotted path' }),
      currentVersion: z.number().int().optional().meta({ description: 'For 409: the version now stored' }),
    }),
  })
  .meta({ id: 'Error' });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: every offending field path and why',
  401: 'No valid session or token',
  403: 'Wrong role, or someone else’s object',
  404: 'No such object',
  409: 'Stale version or conflicting state; nothing was changed',
  413: 'Body larger than 64 KiB',
  415: 'Body is not application/json',
  429: 'Too many attempts: wait the seconds in the Retry-After header',
  500: 'Unexpected error; no details are disclosed',
};

/** Every API route of every function: the contracts that also validate the requests. */
export const ALL_ROUTES: ApiRoute[] = [
  ...accountRoutes,
  ...volunteerRoutes,
  ...catalogRoutes,
  ...needRoutes,
  ...adminRoutes,
  ...initiativeRoutes,
];

function toRouteConfig(route: ApiRoute): RouteConfig {
  const errors = [400, ...(route.errors ?? []), 500];
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
  return {
    method: route.method,
    path: route.path,
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: route.security === 'signed-in' ? [{ bearerAuth: [] }, { sessionCookie: [] }] : [],
    request: {
      ...(route.params && { params: route.params as never }),
      ...(route.query && { query: route.query as never }),
      ...(route.body && { body: { required: true, content: { 'application/json': { schema: route.body } } } }),
    },
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the route contracts. */
export function openApiDocument(serverUrl = '/') {
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
  for (const route of ALL_ROUTES) registry.registerPath(toRouteConfig(route));
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
