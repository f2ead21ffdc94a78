import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts). The JSON API needs a Cognito
 * JWT at the gateway and the app checks again; a need's pages (/manage/needs/{needId}…) carry a
 * session cookie, not a bearer token, so the app verifies the session itself. They are more
 * specific than the manage function's /manage/{proxy+}; the need form (/manage/needs/new,
 * /manage/needs/{needId}/edit) has finer routes there. The volunteer's steps under
 * /api/needs have routes of their own in the dashboard function, which API Gateway prefers to
 * /api/needs/{proxy+} (no greedy variable).
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/needs', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/needs/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/manage/needs/{proxy+}', methods: ['ANY'], authorizer: 'none' },
];
