import type { Params, Result, Router } from 'hono/router';

const NO_PARAMS: Params = Object.create(null);

/**
 * Hono's PatternRouter (`hono/tiny`: one regular expression per route, tried in the order added),
 * except that a path matches a route only exactly, as with Hono's default router: `/manage/` is
 * not `/manage`. About 6 KB less per bundle than the default (RegExpRouter and TrieRouter behind
 * SmartRouter), and no matcher to build on the first request, which runs after the boosted init.
 * Routes: static segments, `:name` (one segment) and `:name{regex}` parameters, a trailing `/*`
 * or `*` (a prefix, as in Hono: `/api/*` is also `/api`) and `*` for every path; optional
 * parameters (`:name?`) are refused, as nothing here uses them. Proven to answer every function's
 * routes as the default router does (test/integration/router-equivalence.test.ts).
 */
export class StrictRouter<T> implements Router<T> {
  name = 'StrictRouter';
  readonly #routes: [RegExp, string, T][] = [];

  add(method: string, path: string, handler: T): void {
    if (/:\w+\?/.test(path)) throw new Error(`Optional parameters are not supported: ${path}`);
    const prefix = path.endsWith('*');
    const body = path.replace(/\*$/, '');
    const parts = (body.match(/\/?(:\w+(?:{(?:(?:{[\d,]+})|[^}])+})?)|\/?[^/?]+/g) ?? []).map((part) => {
      const param = part.match(/^\/:([^{]+)(?:{(.*)})?/);
      if (param) return `/(?<${param[1]}>${param[2] || '[^/]+'})`;
      return part === '/*' ? '/[^/]+' : part.replace(/[.\\+*[^\]$()]/g, '\\$&');
    });
    // A trailing slash the segments above drop (`/` itself, `/manage/`) must be there exactly.
    const end = prefix ? (body.endsWith('/') ? '(?:$|/)' : '') : body.endsWith('/') ? '/$' : '$';
    this.#routes.push([new RegExp(`^${parts.join('')}${end}`), method, handler]);
  }

  match(method: string, path: string): Result<T> {
    const handlers: [T, Params][] = [];
    for (const [pattern, routeMethod, handler] of this.#routes) {
      if (routeMethod !== method && routeMethod !== 'ALL') continue;
      const found = pattern.exec(path);
      if (found) handlers.push([handler, (found.groups as Params | undefined) ?? NO_PARAMS]);
    }
    return [handlers];
  }
}
