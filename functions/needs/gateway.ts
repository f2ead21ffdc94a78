import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts). The JSON API needs a Cognito
 * JWT at the gateway and the app checks again; the managers' pages (/manage) carry a session
 * cookie, not a bearer token, so the app verifies the session itself. The volunteer's steps under
 * /api/needs have routes of their own in the dashboard function, which API Gateway prefers to
 * /api/needs/{proxy+} (no greedy variable).
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/needs', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/needs/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/manage', methods: ['ANY'], authorizer: 'none' },
  { path: '/manage/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: '/api/calendar/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
];
