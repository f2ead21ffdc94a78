import type { GatewayRoute } from '../../infra/gateway-route.ts';

/** The admin API; the JWT authorizer admits signed-in callers, the app admits admins only. */
export const gatewayRoutes: GatewayRoute[] = [{ path: '/api/admin/{proxy+}', methods: ['ANY'], authorizer: 'jwt' }];
