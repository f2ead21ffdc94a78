import { GATEWAY_UNAUTHORIZED_BODY } from '../../shared/gateway/gateway-route.ts';
import { createGatewayRouter } from '../../shared/gateway/gateway-router.ts';
import type { ApiRoute } from '../../shared/http/api-route.ts';
import { gatewayRoutes as accounts } from '../accounts/gateway.ts';
import { gatewayRoutes as admin } from '../admin/gateway.ts';
import { gatewayRoutes as catalog } from '../catalog/gateway.ts';
import { gatewayRoutes as docs } from '../docs/gateway.ts';
import { gatewayRoutes as initiatives } from '../initiatives/gateway.ts';
import { gatewayRoutes as needs } from '../needs/gateway.ts';
import { gatewayRoutes as volunteers } from '../volunteers/gateway.ts';

export { GATEWAY_UNAUTHORIZED_BODY };

/** Every function's gateway.ts routes: what API Gateway does before a function runs. */
const route = createGatewayRouter(
  [accounts, admin, catalog, docs, initiatives, needs, volunteers].flat().map((r) => ({ route: r, target: r })),
);

/**
 * Whether API Gateway's JWT authorizer guards this API route (then a request without a valid
 * Bearer token gets the gateway's own 401, and a session cookie alone does not get through).
 */
export function gatewayAuthorizer(api: Pick<ApiRoute, 'method' | 'path'>): 'jwt' | 'none' {
  const concrete = api.path.replace(/\{[^}]+\}/g, 'x');
  return route(api.method.toUpperCase(), concrete)?.route.authorizer ?? 'none';
}
