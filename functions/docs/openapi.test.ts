import { describe, expect, it } from 'vitest';
import { httpFunctionNames } from '../../shared/gateway/http-functions.ts';
import { apiRoutes as accountRoutes } from '../accounts/contract.ts';
import { apiRoutes as adminRoutes } from '../admin/contract.ts';
import { apiRoutes as catalogRoutes } from '../catalog/contract.ts';
import { apiRoutes as initiativeRoutes } from '../initiatives/contract.ts';
import { apiRoutes as needRoutes } from '../needs/contract.ts';
import { apiRoutes as volunteerRoutes } from '../volunteers/contract.ts';
import { ALL_ROUTES, openApiDocument } from './openapi.ts';

/** The functions whose contracts the document was built from by hand until the folders were read. */
const HAND_KEPT = ['accounts', 'admin', 'catalog', 'docs', 'initiatives', 'needs', 'volunteers'];

describe('the OpenAPI document, from every HTTP function folder', () => {
  it('is the document the hand-kept list of contracts gave (a function folder added since belongs in HAND_KEPT)', () => {
    expect(httpFunctionNames()).toEqual(HAND_KEPT);
    // The list and its order as they were; the folder order changes only the order of keys.
    const before = [
      ...accountRoutes,
      ...volunteerRoutes,
      ...catalogRoutes,
      ...needRoutes,
      ...adminRoutes,
      ...initiativeRoutes,
    ];
    expect(ALL_ROUTES).toHaveLength(before.length);
    expect(openApiDocument()).toEqual(openApiDocument('/', before));
  });

  it('has one operation per contract route', () => {
    const document = openApiDocument();
    const operations = Object.values(document.paths ?? {}).flatMap((item) => Object.keys(item ?? {}));
    expect(operations).toHaveLength(ALL_ROUTES.length);
    expect(new Set(ALL_ROUTES.map((route) => route.operationId)).size).toBe(ALL_ROUTES.length);
  });
});
