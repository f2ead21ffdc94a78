import type { Context } from 'hono';
import * as z from 'zod/mini';
import { type Caller, hasRole } from '../../auth/caller.ts';
import { ForbiddenError, NotFoundError } from '../../errors/index.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { requireCaller } from '../../http/authenticate.ts';

/** A Cognito user id as it may appear in a page path (redirects and anchors are built from checked ids only). */
export { USER_ID } from '../../auth/user-id.ts';

/** Admin pages are for admins only: 401 (to sign-in) first, then 403. */
export function adminCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admin pages');
  return caller;
}

/** A path parameter that must match `pattern`; anything else is a page that does not exist. */
export function pathParam(c: Context<AppEnv>, name: string, pattern: RegExp | z.ZodMiniType<string>): string {
  const value = c.req.param(name) ?? '';
  const ok = pattern instanceof RegExp ? pattern.test(value) : pattern.safeParse(value).success;
  if (!ok) throw new NotFoundError('Page');
  return value;
}

export const UUID = z.uuid();
