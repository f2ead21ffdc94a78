/**
 * Requests built from the route contracts (functions/<fn>/contract.ts), for tests that must cover
 * every API route without listing them by hand.
 */
import { ALL_ROUTES } from '../../functions/docs/openapi.ts';
import type { ApiRoute } from '../../shared/http/api-route.ts';

export { ALL_ROUTES };

export const SIGNED_IN_ROUTES = ALL_ROUTES.filter((route) => route.security === 'signed-in');

export const label = (route: ApiRoute) => `${route.method.toUpperCase()} ${route.path}`;

/** The route's path with every parameter replaced (by the same value, or a function of its name). */
export function concretePath(route: ApiRoute, value: string | ((name: string) => string)): string {
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(typeof value === 'string' ? value : value(name)),
  );
}

/** A request that breaks every part of the route's input it has: path, query and body. */
export function malformedRequest(route: ApiRoute, headers: Record<string, string> = {}): Request {
  const query = route.query ? '?notAField=1' : '';
  const body = route.method === 'get' ? undefined : JSON.stringify({ notAField: 1 });
  return new Request(`http://localhost${concretePath(route, 'bad~id')}${query}`, {
    method: route.method.toUpperCase(),
    headers: { ...(body && { 'content-type': 'application/json' }), ...headers },
    body,
  });
}

/** Whether the route takes any input that malformedRequest can break. */
export const hasInput = (route: ApiRoute) => Boolean(route.params || route.query || route.body);
