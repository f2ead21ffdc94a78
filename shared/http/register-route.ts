import type { Context, Env, Hono } from 'hono';
import type * as z from 'zod';
import { UnsupportedMediaTypeError, ValidationError } from '../errors/index.ts';
import { type ApiRoute, honoPath } from './api-route.ts';
import { toFieldIssues } from './issues.ts';

export interface RouteInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

/**
 * Mounts a route on a Hono app, validating path, query and JSON body against the route's
 * schemas before the handler runs. Every problem in every part is reported at once, as a
 * {@link ValidationError} with full field paths: `languages.0.level` for the body,
 * `params.volunteerId` and `query.x` for the rest.
 */
export function registerApiRoute<E extends Env, P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  app: Hono<E>,
  route: ApiRoute<P, Q, B>,
  handler: (c: Context<E>, input: RouteInput<P, Q, B>) => Promise<Response>,
): void {
  app.on(route.method.toUpperCase(), honoPath(route.path), async (c) => {
    const issues = [];
    const params = route.params?.safeParse(c.req.param());
    if (params && !params.success) issues.push(...toFieldIssues(params.error.issues, ['params']));
    const query = route.query?.safeParse(c.req.query());
    if (query && !query.success) issues.push(...toFieldIssues(query.error.issues, ['query']));
    let body: z.ZodSafeParseResult<unknown> | undefined;
    if (route.body) {
      const raw = await readJson(c);
      body = route.body.safeParse(raw);
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
