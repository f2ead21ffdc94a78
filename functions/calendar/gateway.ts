import type { GatewayRoute } from '../../shared/gateway/gateway-route.ts';

/**
 * Routes API Gateway sends to this function (read by infra/stack.ts): the iCalendar feeds, which
 * calendar programs fetch without signing in (the secret token in the path is the key).
 */
export const gatewayRoutes: GatewayRoute[] = [{ path: '/calendar/{proxy+}', methods: ['GET'], authorizer: 'none' }];
