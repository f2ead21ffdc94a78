import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts). The JSON API needs a Cognito
 * JWT at the gateway and the app checks again; the pages (/manage for managers, /dashboard for
 * volunteers) carry a session cookie, not a bearer token, so the app verifies the session itself.
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/needs', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/needs/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/matches/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/manage', methods: ['ANY'], authorizer: 'none' },
  { path: '/manage/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: '/dashboard', methods: ['ANY'], authorizer: 'none' },
  { path: '/dashboard/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: '/api/statistics', methods: ['GET'], authorizer: 'jwt' },
  // The admins' statistics page is this function's one page: the same view as /manage/statistics.
  { path: '/admin/statistics', methods: ['GET'], authorizer: 'none' },
  { path: '/api/calendar/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/exports/{proxy+}', methods: ['GET'], authorizer: 'jwt' },
  // Uploads of up to 2 MiB (the app's one exception to 64 KiB): within API Gateway's 10 MB and,
  // base64-encoded, Lambda's 6 MB request payload. GET: an import's status while its job runs.
  { path: '/api/imports/{proxy+}', methods: ['GET', 'POST'], authorizer: 'jwt' },
  // Calendar programs fetch the feed without signing in: the secret token in the path is the key.
  { path: '/calendar/{proxy+}', methods: ['GET'], authorizer: 'none' },
];
