import type { Context } from 'hono';
import { type Caller, hasRole } from '../auth/caller.ts';
import { ForbiddenError } from '../errors/index.ts';
import type { AppEnv } from './app-env.ts';
import { requireCaller } from './authenticate.ts';

/** Manager pages: quarter managers and admins (the services check the quarter of each need). */
export function managerCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'manager') && !hasRole(caller, 'admin')) throw new ForbiddenError('Manager pages');
  return caller;
}

/** The volunteer dashboard: volunteers only. */
export function volunteerCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'volunteer')) throw new ForbiddenError('Volunteer pages');
  return caller;
}
