import type { MiddlewareHandler } from 'hono';

/**
 * `Cache-Control: no-store` on every answer unless its handler deliberately made a successful
 * one public (the stylesheet, the public catalogue). Pages and API answers behind sign-in carry
 * names and phone numbers: neither the browser (the back button after sign-out) nor a shared
 * cache may keep them. Errors and redirects are never cached either.
 */
export function noStoreByDefault(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const chosen = c.res.headers.get('cache-control') ?? '';
    if (!(c.res.ok && /^public\b/i.test(chosen))) c.header('cache-control', 'no-store');
  };
}
