/**
 * An API Gateway route owned by one HTTP function. Each HTTP function folder declares its routes in
 * `functions/<name>/gateway.ts` (`export const gatewayRoutes: GatewayRoute[]`); the CDK stack
 * discovers those files and wires the routes to that function, so the folder is the one place
 * that says which paths reach which Lambda. No CDK imports here: the local platform may read the
 * same descriptors.
 */
export type GatewayMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'ANY';

export interface GatewayRoute {
  /** An API Gateway path (`/api/x/{proxy+}`), or {@link DEFAULT_ROUTE} for the catch-all route. */
  path: string;
  methods: GatewayMethod[];
  /**
   * `jwt`: the gateway rejects requests without a valid Cognito token (Bearer) before the Lambda
   * runs; the app checks again. `none`: public at the gateway — web pages (the app verifies the
   * session cookie), sign-in/sign-up themselves and public reference data.
   */
  authorizer: 'jwt' | 'none';
}

/** The HTTP API's `$default` route: every request no other route matches (the 404 page). */
export const DEFAULT_ROUTE = '$default';

/** The body API Gateway answers with when its JWT authorizer refuses a request (status 401). */
export const GATEWAY_UNAUTHORIZED_BODY = { message: 'Unauthorized' } as const;
