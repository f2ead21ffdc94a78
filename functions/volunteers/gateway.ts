import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts). The /profile pages are
 * public at the gateway (a browser sends a cookie; the app verifies the session); the JSON API
 * requires a Cognito JWT at the gateway and the app checks it again. The consent text is public.
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/profile', methods: ['ANY'], authorizer: 'none' },
  { path: '/profile/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: '/api/volunteers', methods: ['GET'], authorizer: 'jwt' },
  { path: '/api/volunteers/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/consent', methods: ['GET'], authorizer: 'none' },
];
