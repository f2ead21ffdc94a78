import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts): the export of one's own data
 * and the erasure of one's own account, as API and as pages. Their paths lie under /profile and
 * /api/volunteers, whose other paths are the volunteers function's: API Gateway takes the more
 * specific route (an exact path before `{proxy+}`), and the local router does the same
 * (shared/gateway/gateway-router.ts). Only the methods served here: any other still reaches the
 * volunteers function and gets its answer, as before the split.
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/volunteers/me/export', methods: ['GET'], authorizer: 'jwt' },
  { path: '/api/volunteers/me/account', methods: ['DELETE'], authorizer: 'jwt' },
  // Pages carry a session cookie, not a bearer token: the app verifies the session itself.
  { path: '/profile/export', methods: ['GET'], authorizer: 'none' },
  { path: '/profile/account/delete', methods: ['GET', 'POST'], authorizer: 'none' },
  // Reached without a session: the account is gone.
  { path: '/profile/account/deleted', methods: ['GET'], authorizer: 'none' },
];
