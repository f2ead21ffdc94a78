import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { ForbiddenError, UnsupportedMediaTypeError, ValidationError } from '../errors/index.ts';
import { type ApiRoute, honoPath, type Schema } from './api-route.ts';
import type { AppEnv } from './app-env.ts';
import { requireCaller } from './authenticate.ts';
import { toFieldIssues } from './issues.ts';

export interface RouteInput<P extends Schema, Q extends Schema, B extends Schema> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

/**
 * Mounts a route on a Hono app. A signed-in route first needs a caller (401) of one of its roles
 * (403): nobody learns what a route expects before they may call it. Then path, query and JSON
 * body are validated against the route's schemas before the handler runs. Every problem in
 * every part is reported at once, as a {@link ValidationError} with full field paths:
 * `languages.0.level` for the body, `params.volunteerId` and `query.x` for the rest.
 */
export function registerApiRoute<P extends Schema, Q extends Schema, B extends Schema>(
  app: Hono<AppEnv>,
  route: ApiRoute<P, Q, B>,
  handler: (c: Context<AppEnv>, input: RouteInput<P, Q, B>) => Promise<Response>,
): void {
  app.on(route.method.toUpperCase(), honoPath(route.path), async (c) => {
    if (route.security === 'signed-in') {
      const caller = requireCaller(c);
      if (route.roles && !route.roles.some((role) => caller.roles.includes(role))) {
        throw new ForbiddenError(`Only for ${route.roles.join(', ')}`);
      }
    }
    const issues = [];
    const params = route.params && z.safeParse(route.params, c.req.param());
    if (params && !params.success) issues.push(...toFieldIssues(params.error.issues, ['params']));
    const query = route.query && z.safeParse(route.query, c.req.query());
    if (query && !query.success) issues.push(...toFieldIssues(query.error.issues, ['query']));
    let body: z.core.util.SafeParseResult<unknown> | undefined;
    if (route.body) {
      const raw = await readJson(c);
      body = z.safeParse(route.body, raw);
      if (!body.success) issues.push(...toFieldIssues(body.error.issues));
    }
    if (issues.length > 0) throw new ValidationError(issues);
    return handler(c, {
      params: params?.data as z.output<P>,
      query: query?.data as z.output<Q>,
      body: body?.data as z.output<B>,
    });
  });
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new UnsupportedMediaTypeError();
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: '', code: 'invalid_json', message: 'Body is not valid JSON' }]);
  }
}
