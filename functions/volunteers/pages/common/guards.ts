import type { Context } from 'hono';
import { type Caller, hasRole } from '../../../../shared/auth/caller.ts';
import { ForbiddenError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';

/** Pages are for volunteers; staff have their own dashboards. 401 (to sign-in) first, then 403. */
export function volunteerCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'volunteer')) throw new ForbiddenError('Volunteer pages');
  return caller;
}
