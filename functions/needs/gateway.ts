import type { GatewayRoute } from '../../infra/gateway-route.ts';

/** The needs and matches API: every route needs a Cognito JWT at the gateway, and the app checks again. */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/needs', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/needs/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
  { path: '/api/matches/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
];
