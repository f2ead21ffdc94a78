import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverHttpFunctions } from '../../shared/gateway/http-functions.ts';
import type { ApiRoute } from '../../shared/http/api-route.ts';
import { ALL_ROUTES, openApiDocument } from './openapi.ts';

/** Every operation of the document as `METHOD path`, in OpenAPI's `{param}` form. */
function operationsOf(document: ReturnType<typeof openApiDocument>): string[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('the OpenAPI document, from every HTTP function folder', () => {
  it("has each folder's contract routes, read here from the folders on their own, and nothing else", async () => {
    const expected: ApiRoute[] = [];
    for (const fn of await discoverHttpFunctions()) {
      const { apiRoutes } = (await import(/* @vite-ignore */ pathToFileURL(fn.contract).href)) as {
        apiRoutes: ApiRoute[];
      };
      expected.push(...apiRoutes);
    }
    expect(expected.length).toBeGreaterThan(50);
    expect(new Set(ALL_ROUTES)).toEqual(new Set(expected));
    const document = openApiDocument();
    expect(operationsOf(document)).toHaveLength(expected.length);
  });

  it('has one operation per contract route', () => {
    const document = openApiDocument();
    expect(operationsOf(document)).toHaveLength(ALL_ROUTES.length);
    expect(new Set(ALL_ROUTES.map((route) => route.operationId)).size).toBe(ALL_ROUTES.length);
  });

  // The schemas may change how they are built (zod/mini, lazily) but never what they document.
  // On a deliberate change of a contract: `npx vitest run functions/docs/openapi.test.ts -u`, and
  // review the snapshot's diff.
  it('is byte for byte the committed document', async () => {
    await expect(`${JSON.stringify(openApiDocument(), null, 2)}\n`).toMatchFileSnapshot('./openapi.document.json.snap');
  });
});
