import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Staff accounts, taken out of the admin function's `/admin/{proxy+}` and `/api/admin/{proxy+}`:
 * API Gateway (and the local router) picks the most specific route, so these reach this function
 * and every other admin path still reaches admin. The API admits signed-in callers at the
 * gateway, the app admits admins only; the pages carry a session cookie and are public at the
 * gateway (the app verifies the session).
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/admin/staff', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/admin/staff/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  // The admin area's start page is the staff page.
  { path: '/admin', methods: ['ANY'], authorizer: 'none' },
  { path: '/admin/staff', methods: ['ANY'], authorizer: 'none' },
  { path: '/admin/staff/{proxy+}', methods: ['ANY'], authorizer: 'none' },
];
