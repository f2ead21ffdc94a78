import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * The initiative members' API (a Cognito JWT at the gateway; the app checks again) and their page
 * /initiative, which carries a session cookie, not a bearer token: the app verifies the session.
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/initiative/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/initiative', methods: ['ANY'], authorizer: 'none' },
  { path: '/initiative/{proxy+}', methods: ['ANY'], authorizer: 'none' },
];
