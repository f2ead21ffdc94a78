import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../../functions/docs/openapi.ts';
import { type TestPlatform, testPlatform } from '../support/app.ts';

type Document = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { security?: unknown[]; responses: Record<string, unknown>; requestBody?: unknown }>
  >;
  components: {
    schemas: Record<string, { additionalProperties?: boolean; required?: string[] }>;
    securitySchemes: Record<string, unknown>;
  };
};

describe('GET /api/openapi.json', () => {
  let platform: TestPlatform;
  let document: Document;
  beforeAll(async () => {
    platform = await testPlatform();
    const response = await platform.app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    document = (await response.json()) as Document;
  });

  it('is OpenAPI 3.1 with both security schemes', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearerAuth', 'sessionCookie']);
  });

  it('describes every route the functions serve, with its security and error responses', () => {
    for (const route of ALL_ROUTES) {
      const operation = document.paths[route.path]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      // Signed-in API routes sit behind the gateway's JWT authorizer: a Bearer token, not the cookie.
      expect(operation?.security).toEqual(route.security === 'public' ? [] : [{ bearerAuth: [] }]);
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['400', '500']));
      if (route.security === 'signed-in') expect(Object.keys(operation?.responses ?? {})).toContain('401');
    }
  });

  it('documents the 401 the gateway answers, and who may call each route', () => {
    for (const route of ALL_ROUTES.filter((r) => r.security === 'signed-in')) {
      const operation = document.paths[route.path]?.[route.method] as Record<string, unknown> & {
        responses: Record<string, { description: string; headers?: Record<string, unknown>; content: unknown }>;
      };
      const unauthorized = operation.responses['401'];
      expect(unauthorized?.description, route.path).toContain('{"message":"Unauthorized"}');
      expect(unauthorized?.headers, route.path).toHaveProperty('www-authenticate');
      expect(JSON.stringify(unauthorized?.content)).toContain('#/components/schemas/GatewayUnauthorized');
      expect(JSON.stringify(unauthorized?.content)).toContain('#/components/schemas/Error');
      expect(operation['x-roles'], route.path).toEqual(route.roles);
      expect(operation.responses, route.path).toHaveProperty('403');
    }
    expect(document.components.schemas.GatewayUnauthorized).toMatchObject({ additionalProperties: false });
  });

  it('generates request schemas from the same strict zod schemas that validate', () => {
    const profileInput = document.components.schemas.ProfileInput;
    expect(profileInput?.additionalProperties).toBe(false);
    expect(profileInput?.required).toEqual(
      expect.arrayContaining(['firstName', 'languages', 'weeklySlots', 'consent']),
    );
    expect(document.paths['/api/volunteers/me']?.put?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ProfileInput' } } },
    });
  });

  it('every route it documents is really served (no 404 from the router)', async () => {
    // The calendar feed answers 404 for a token that is no feed (this one): served, and covered by
    // test/integration/calendar-feeds.test.ts.
    const OWN_404 = new Set(['/calendar/{file}']);
    for (const route of ALL_ROUTES.filter((r) => !OWN_404.has(r.path))) {
      const path = route.path.replace('{volunteerId}', 'abc');
      const response = await platform.app.request(path, { method: route.method.toUpperCase() });
      expect(response.status, `${route.method} ${path}`).not.toBe(404);
    }
  });
});
