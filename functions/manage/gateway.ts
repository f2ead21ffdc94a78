import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts): the managers' desk under
 * /manage (session cookie, so the app verifies the session itself) and the calendar feed URL API
 * (Cognito JWT at the gateway, checked again by the app). A need's own pages
 * (/manage/needs/{proxy+}) are the needs function's; the need form's two paths are exact or
 * single-variable routes here, which API Gateway prefers to that greedy one.
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/manage', methods: ['ANY'], authorizer: 'none' },
  { path: '/manage/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: '/manage/needs/new', methods: ['ANY'], authorizer: 'none' },
  { path: '/manage/needs/{needId}/edit', methods: ['ANY'], authorizer: 'none' },
  { path: '/api/calendar/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
];
