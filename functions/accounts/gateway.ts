import { DEFAULT_ROUTE, type GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts). All public at the gateway:
 * pages carry a session cookie, not a bearer token, and /api/auth is the sign-in itself. The
 * `$default` route makes this function answer every unmatched path (the 404 page).
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/', methods: ['GET'], authorizer: 'none' },
  { path: '/signup', methods: ['ANY'], authorizer: 'none' },
  { path: '/confirm', methods: ['ANY'], authorizer: 'none' },
  { path: '/signin', methods: ['ANY'], authorizer: 'none' },
  { path: '/signout', methods: ['POST'], authorizer: 'none' },
  { path: '/password/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: '/lang/{proxy+}', methods: ['GET'], authorizer: 'none' },
  { path: '/assets/{proxy+}', methods: ['GET'], authorizer: 'none' },
  { path: '/api/auth/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: DEFAULT_ROUTE, methods: ['ANY'], authorizer: 'none' },
];
