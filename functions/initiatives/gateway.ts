import type { GatewayRoute } from '../../infra/gateway-route.ts';

/** The initiative members' API (pages come with /initiative). */
export const gatewayRoutes: GatewayRoute[] = [
  { path: '/api/initiative/{proxy+}', methods: ['ANY'], authorizer: 'jwt' },
];
