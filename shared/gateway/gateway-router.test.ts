import { describe, expect, it } from 'vitest';
import { gatewayRoutes as accounts } from '../../functions/accounts/gateway.ts';
import { gatewayRoutes as admin } from '../../functions/admin/gateway.ts';
import { gatewayRoutes as catalog } from '../../functions/catalog/gateway.ts';
import { gatewayRoutes as dashboard } from '../../functions/dashboard/gateway.ts';
import { gatewayRoutes as docs } from '../../functions/docs/gateway.ts';
import { gatewayRoutes as needs } from '../../functions/needs/gateway.ts';
import { gatewayRoutes as privacy } from '../../functions/privacy/gateway.ts';
import { gatewayRoutes as quarterData } from '../../functions/quarter-data/gateway.ts';
import { gatewayRoutes as staff } from '../../functions/staff/gateway.ts';
import { gatewayRoutes as volunteers } from '../../functions/volunteers/gateway.ts';
import { createGatewayRouter } from './gateway-router.ts';

const router = createGatewayRouter(
  Object.entries({
    accounts,
    admin,
    catalog,
    dashboard,
    docs,
    needs,
    privacy,
    'quarter-data': quarterData,
    staff,
    volunteers,
  }).flatMap(([name, routes]) => routes.map((route) => ({ route, target: name }))),
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

  it('takes the more specific route where two functions share a prefix, as API Gateway does', () => {
    // An exact route before a greedy one.
    expect(target('GET', '/manage/statistics')).toBe('quarter-data');
    expect(target('GET', '/manage/week')).toBe('needs');
    // Single-segment variables before a greedy one: the volunteer's steps under /api/needs.
    expect(target('POST', '/api/needs/0b7c/me/accept')).toBe('dashboard');
    expect(target('POST', '/api/needs/0b7c/absences')).toBe('dashboard');
    expect(target('POST', '/api/needs/0b7c/dates/2026-12-08/me/offer')).toBe('dashboard');
    expect(target('GET', '/api/matches/me')).toBe('dashboard');
    expect(target('GET', '/dashboard/needs/0b7c')).toBe('dashboard');
    // The rest of /api/needs, and other methods on the volunteer's paths, stay with needs.
    expect(target('GET', '/api/needs/0b7c')).toBe('needs');
    expect(target('POST', '/api/needs/0b7c/status')).toBe('needs');
    expect(target('POST', '/api/needs/0b7c/dates/2026-12-08/matches/v-1/cancel')).toBe('needs');
    expect(target('GET', '/api/needs/0b7c/me/accept')).toBe('needs');
  });

  it('ranks a route with single-segment variables above a greedy one of the same length', () => {
    // AWS's own example: GET /pets/dog/{id} before GET /pets/{proxy+} (both 14 characters).
    const pets = createGatewayRouter([
      { route: { path: '/pets/{proxy+}', methods: ['GET'], authorizer: 'none' }, target: 'greedy' },
      { route: { path: '/pets/dog/{id}', methods: ['GET'], authorizer: 'none' }, target: 'dog' },
    ]);
    expect(pets('GET', '/pets/dog/2')?.target).toBe('dog');
    expect(pets('GET', '/pets/cat/1')?.target).toBe('greedy');
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
