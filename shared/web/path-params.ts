import type { Context } from 'hono';
import { NotFoundError } from '../errors/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import { IsoDate } from '../volunteers/schemas.ts';

// The path parameters of the need pages, read alike by the managers' (needs) and the volunteers'
// (dashboard) functions: a malformed one is a page that does not exist (404), never a 400.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VOLUNTEER_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The need id of the path; anything that is no need id is a page that does not exist. */
export function needIdOf(c: Context<AppEnv>): string {
  const needId = c.req.param('needId') ?? '';
  if (!UUID.test(needId)) throw new NotFoundError('Page');
  return needId;
}

export function volunteerIdOf(c: Context<AppEnv>): string {
  const volunteerId = c.req.param('volunteerId') ?? '';
  if (!VOLUNTEER_ID.test(volunteerId)) throw new NotFoundError('Page');
  return volunteerId;
}

/** The action of a path segment, when it is one of the allowed ones. */
export function actionOf<T extends string>(c: Context<AppEnv>, allowed: readonly T[]): T {
  const action = c.req.param('action') ?? '';
  if (!(allowed as readonly string[]).includes(action)) throw new NotFoundError('Page');
  return action as T;
}

/** The date of a cover path (YYYY-MM-DD, a real date); anything else is a page that does not exist. */
export function dateOf(c: Context<AppEnv>): string {
  const date = c.req.param('date') ?? '';
  if (!IsoDate.safeParse(date).success) throw new NotFoundError('Page');
  return date;
}
