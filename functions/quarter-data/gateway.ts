import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts): a quarter's statistics,
 * spreadsheet exports and imports, as API and as pages. The pages sit under /manage, whose other
 * paths are the needs function's: API Gateway takes the more specific route.
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/statistics', methods: ['GET'], authorizer: 'jwt' },
  { path: '/manage/statistics', methods: ['GET'], authorizer: 'none' },
  // The admins' statistics page: the same view as /manage/statistics.
  { path: '/admin/statistics', methods: ['GET'], authorizer: 'none' },
  { path: '/api/exports/{proxy+}', methods: ['GET'], authorizer: 'jwt' },
  { path: '/manage/export/{proxy+}', methods: ['GET'], authorizer: 'none' },
  // Uploads of up to 2 MiB (the app's one exception to 64 KiB): within API Gateway's 10 MB and,
  // base64-encoded, Lambda's 6 MB request payload. GET: an import's status while its job runs.
  { path: '/api/imports/{proxy+}', methods: ['GET', 'POST'], authorizer: 'jwt' },
  { path: '/manage/import', methods: ['GET', 'POST'], authorizer: 'none' },
  { path: '/manage/import/{proxy+}', methods: ['GET', 'POST'], authorizer: 'none' },
];
