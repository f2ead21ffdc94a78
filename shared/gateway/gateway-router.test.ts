import { describe, expect, it } from 'vitest';
import { gatewayRoutes as accounts } from '../../functions/accounts/gateway.ts';
import { gatewayRoutes as catalog } from '../../functions/catalog/gateway.ts';
import { gatewayRoutes as docs } from '../../functions/docs/gateway.ts';
import { gatewayRoutes as volunteers } from '../../functions/volunteers/gateway.ts';
import { createGatewayRouter } from './gateway-router.ts';

const router = createGatewayRouter(
  Object.entries({ accounts, catalog, docs, volunteers }).flatMap(([name, routes]) =>
    routes.map((route) => ({ route, target: name })),
  ),
);
const target = (method: string, path: string) => router(method, path)?.target;

describe('local gateway routing (as API Gateway routes)', () => {
  it('sends each path to the function that declares it', () => {
    expect(target('GET', '/')).toBe('accounts');
    expect(target('POST', '/api/auth/signin')).toBe('accounts');
    expect(target('GET', '/password/reset')).toBe('accounts');
    expect(target('GET', '/profile')).toBe('volunteers');
    expect(target('POST', '/profile/edit')).toBe('volunteers');
    expect(target('PUT', '/api/volunteers/me')).toBe('volunteers');
    expect(target('GET', '/api/quarters')).toBe('catalog');
    expect(target('GET', '/api/openapi.json')).toBe('docs');
  });

  it('falls back to $default for unknown paths and methods a route does not allow', () => {
    expect(target('GET', '/unknown')).toBe('accounts');
    expect(target('POST', '/api/quarters')).toBe('accounts');
    expect(target('GET', '/api/volunteers/')).toBe('accounts');
  });
});
