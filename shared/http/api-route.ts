import type * as z from 'zod/mini';
import type { Role } from '../auth/caller.ts';

/** A schema of either zod flavour (classic or mini): validation and the OpenAPI document read both. */
export type Schema = z.core.$ZodType;

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route, as documented in OpenAPI: a Cognito JWT / session, or anyone. */
export type RouteSecurity = 'signed-in' | 'public';

export interface RouteResponse {
  description: string;
  schema?: Schema;
}

/**
 * A JSON API route's contract: the single source of truth for request validation (see
 * `registerApiRoute`) and for the OpenAPI document (see functions/docs). Paths use OpenAPI's
 * `{param}` syntax.
 */
export interface ApiRoute<P extends Schema = Schema, Q extends Schema = Schema, B extends Schema = Schema> {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  security: RouteSecurity;
  /**
   * For signed-in routes: the roles that may call it at all (any one of them suffices). Checked
   * right after authentication (403) and before the input is validated; whose object it is stays
   * the service's check.
   */
  roles?: readonly Role[];
  params?: P;
  query?: Q;
  body?: B;
  /** Success responses; the standard error responses are added by the document generator. */
  responses: Record<number, RouteResponse>;
  /** Error statuses this route can answer with, besides 400 and 500. */
  errors?: (401 | 403 | 404 | 409 | 413 | 415 | 429)[];
}

export function defineRoute<P extends Schema, Q extends Schema, B extends Schema>(
  route: ApiRoute<P, Q, B>,
): ApiRoute<P, Q, B> {
  return route;
}

/** `/api/volunteers/{volunteerId}` → `/api/volunteers/:volunteerId` */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{([^}]+)\}/g, ':$1');
}
