import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/** Routes API Gateway sends to this function (read by infra/stack.ts): the public catalogue. */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/quarters', methods: ['GET'], authorizer: 'none' },
  { path: '/api/skills', methods: ['GET'], authorizer: 'none' },
  { path: '/api/languages', methods: ['GET'], authorizer: 'none' },
];
