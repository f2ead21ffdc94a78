import { describe, expect, it } from 'vitest';
import { gatewayRoutes as accounts } from '../../functions/accounts/gateway.ts';
import { gatewayRoutes as admin } from '../../functions/admin/gateway.ts';
import { gatewayRoutes as catalog } from '../../functions/catalog/gateway.ts';
import { gatewayRoutes as docs } from '../../functions/docs/gateway.ts';
import { gatewayRoutes as privacy } from '../../functions/privacy/gateway.ts';
import { gatewayRoutes as staff } from '../../functions/staff/gateway.ts';
import { gatewayRoutes as volunteers } from '../../functions/volunteers/gateway.ts';
import { createGatewayRouter } from './gateway-router.ts';

const router = createGatewayRouter(
  Object.entries({ accounts, admin, catalog, docs, privacy, staff, volunteers }).flatMap(([name, routes]) =>
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

  it('takes an exact route before {proxy+}, and only for the methods it names (as API Gateway does)', () => {
    expect(target('GET', '/api/volunteers/me/export')).toBe('privacy');
    expect(target('DELETE', '/api/volunteers/me/account')).toBe('privacy');
    expect(target('GET', '/profile/export')).toBe('privacy');
    expect(target('POST', '/profile/account/delete')).toBe('privacy');
    expect(target('GET', '/profile/account/deleted')).toBe('privacy');
    // Other methods on the same paths still reach the function of the wider route.
    expect(target('POST', '/api/volunteers/me/export')).toBe('volunteers');
    expect(target('POST', '/profile/account/deleted')).toBe('volunteers');
    // Paths that merely start like an exact route are the wider route's.
    expect(target('GET', '/profile/export/x')).toBe('volunteers');
    expect(target('DELETE', '/api/volunteers/me')).toBe('volunteers');
  });

  it('falls back to $default for unknown paths and methods a route does not allow', () => {
    expect(target('GET', '/unknown')).toBe('accounts');
    expect(target('POST', '/api/quarters')).toBe('accounts');
    expect(target('GET', '/api/volunteers/')).toBe('accounts');
  });

  it('takes the most specific of overlapping routes, as API Gateway does (staff within admin)', () => {
    expect(target('GET', '/admin')).toBe('staff');
    expect(target('POST', '/admin/staff')).toBe('staff');
    expect(target('POST', '/admin/staff/abc-123/role')).toBe('staff');
    expect(target('GET', '/api/admin/staff')).toBe('staff');
    expect(target('PUT', '/api/admin/staff/abc-123/active')).toBe('staff');
    expect(target('GET', '/admin/catalog')).toBe('admin');
    expect(target('POST', '/admin/initiatives/x/links')).toBe('admin');
    expect(target('GET', '/admin/staffing')).toBe('admin');
    expect(target('GET', '/api/admin/initiatives')).toBe('admin');
    expect(target('GET', '/api/admin/staffs')).toBe('admin');
  });
});
