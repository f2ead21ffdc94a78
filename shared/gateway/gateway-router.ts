import { DEFAULT_ROUTE, type GatewayRoute } from './gateway-route.ts';

export interface RoutedTarget<T> {
  route: GatewayRoute;
  target: T;
}

/** `/api/volunteers/{proxy+}` → a pattern; `{name}` matches one segment, `{name+}` the rest. */
function pattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => {
      if (/^\{[^}]+\+\}$/.test(segment)) return '.+';
      if (/^\{[^}]+\}$/.test(segment)) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/** How API Gateway ranks a route that matches: without variables, with `{name}` only, greedy `{name+}` last. */
const rank = (path: string) => (path.includes('+}') ? 2 : path.includes('{') ? 1 : 0);

/**
 * Picks the function for a request the way API Gateway HTTP APIs do: an exact route first, then
 * one whose variables are single segments, then one with a greedy variable (so
 * `POST /api/needs/{needId}/me/{action}` wins over `ANY /api/needs/{proxy+}` whatever their
 * lengths), within each the longest path; then `$default`.
 */
export function createGatewayRouter<T>(routes: RoutedTarget<T>[]) {
  const compiled = routes
    .filter((entry) => entry.route.path !== DEFAULT_ROUTE)
    .map((entry) => ({ ...entry, regex: pattern(entry.route.path), rank: rank(entry.route.path) }))
    .sort((a, b) => a.rank - b.rank || b.route.path.length - a.route.path.length);
  const fallback = routes.find((entry) => entry.route.path === DEFAULT_ROUTE);
  return (method: string, path: string): RoutedTarget<T> | undefined => {
    const match = compiled.find(
      (entry) =>
        entry.regex.test(path) &&
        (entry.route.methods.includes('ANY') || entry.route.methods.includes(method as never)),
    );
    return match ?? fallback;
  };
}
