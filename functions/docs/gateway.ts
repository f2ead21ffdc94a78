import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/** Routes API Gateway sends to this function (read by infra/stack.ts): the public API description. */
export const gatewayRoutes: GatewayRoute[] = [{ path: '/api/openapi.json', methods: ['GET'], authorizer: 'none' }];
