import { DEFAULT_ROUTE, type GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts). Public at the gateway but for
 * the notification-settings API: pages carry a session cookie, not a bearer token, /api/auth is
 * the sign-in itself, and /unsubscribe carries its own secret. The
 * `$default` route makes this function answer every unmatched path (the 404 page).
 */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/', methods: ['GET'], authorizer: 'none' },
  { path: '/signup', methods: ['ANY'], authorizer: 'none' },
  { path: '/confirm', methods: ['ANY'], authorizer: 'none' },
  { path: '/confirm/resend', methods: ['POST'], authorizer: 'none' },
  { path: '/signin', methods: ['ANY'], authorizer: 'none' },
  { path: '/signout', methods: ['POST'], authorizer: 'none' },
  { path: '/password/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  { path: '/lang/{proxy+}', methods: ['GET'], authorizer: 'none' },
  { path: '/assets/{proxy+}', methods: ['GET'], authorizer: 'none' },
  { path: '/api/auth/{proxy+}', methods: ['ANY'], authorizer: 'none' },
  // E-mail preferences (page and API) and the one-click unsubscribe of e-mail links (no sign-in).
  { path: '/settings/notifications', methods: ['GET', 'POST'], authorizer: 'none' },
  { path: '/api/me/notification-settings', methods: ['GET', 'PUT'], authorizer: 'jwt' },
  { path: '/unsubscribe', methods: ['GET', 'POST'], authorizer: 'none' },
  { path: DEFAULT_ROUTE, methods: ['ANY'], authorizer: 'none' },
];
