import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts): the volunteer's side of
 * needs. The JSON API needs a Cognito JWT at the gateway and the app checks again; the pages carry
 * a session cookie, so the app verifies the session itself. The volunteer's steps sit under
 * /api/needs, whose other paths are the needs function's: API Gateway takes the route without a
 * greedy variable before /api/needs/{proxy+} (shared/gateway/gateway-router.ts does the same).
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/dashboard', methods: ['ANY'], authorizer: 'none' },
  { path: '/dashboard/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: '/api/needs/{needId}/me/{action}', methods: ['POST'], authorizer: 'jwt' },
  { path: '/api/needs/{needId}/absences', methods: ['POST'], authorizer: 'jwt' },
  { path: '/api/needs/{needId}/dates/{date}/me/{action}', methods: ['POST'], authorizer: 'jwt' },
  { path: '/api/matches/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
];
