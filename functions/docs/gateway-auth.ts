import { GATEWAY_UNAUTHORIZED_BODY, type GatewayRoute } from '../../shared/gateway/gateway-route.ts';
import { createGatewayRouter } from '../../shared/gateway/gateway-router.ts';
import type { ApiRoute } from '../../shared/http/api-route.ts';

export { GATEWAY_UNAUTHORIZED_BODY };

/**
 * From every function's gateway.ts routes (what API Gateway does before a function runs): whether
 * API Gateway's JWT authorizer guards an API route (then a request without a valid Bearer token
 * gets the gateway's own 401, and a session cookie alone does not get through).
 */
export function createGatewayAuthorizer(
  gatewayRoutes: readonly GatewayRoute[],
): (api: Pick<ApiRoute, 'method' | 'path'>) => 'jwt' | 'none' {
  const route = createGatewayRouter(gatewayRoutes.map((r) => ({ route: r, target: r })));
  return (api) => {
    const concrete = api.path.replace(/\{[^}]+\}/g, 'x');
    return route(api.method.toUpperCase(), concrete)?.route.authorizer ?? 'none';
  };
}
