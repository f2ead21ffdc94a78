import type { Context } from 'hono';
import { routePath } from 'hono/route';
import type { Via } from './schemas.ts';

/**
 * The route a request came through, for the audit trail: the method and the pattern the handler
 * was registered with (`/api/volunteers/:volunteerId`), so neither query strings, bodies nor the
 * ids in the path end up in it. Call it in the handler, not in middleware.
 */
export function viaOf(c: Context): Via {
  return { method: c.req.method, route: routePath(c) };
}
