import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * The admin API: the JWT authorizer admits signed-in callers, the app admits admins only. The
 * pages under /admin carry a session cookie, not a bearer token, so they are public at the
 * gateway and the app verifies the session (admins; /admin/safeguarding also managers). Staff
 * accounts (/admin itself, /admin/staff…, /api/admin/staff…) are the staff function's: its more
 * specific routes win.
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/admin/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/admin/{proxy+}', methods: ['ANY'], authorizer: 'none' },
];
