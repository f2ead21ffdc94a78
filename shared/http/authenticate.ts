import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Caller } from '../auth/caller.ts';
import { UnauthenticatedError } from '../errors/index.ts';
import type { Services } from '../platform/services.ts';
import type { AppEnv } from './app-env.ts';

export const SESSION_COOKIE = 'qh_session';

/**
 * Establishes the caller: a Bearer token (API clients) is verified against the pool's JWKS and
 * must be valid; otherwise a session cookie (web pages) is looked up. Anonymous requests pass
 * with no caller; routes that need one call {@link requireCaller}.
 */
export function authenticate(services: Pick<Services, 'verifier' | 'sessions' | 'clock'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('caller', undefined);
    c.set('sessionToken', undefined);
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match?.[1]) throw new UnauthenticatedError('Use Authorization: Bearer <token>');
      c.set('caller', await services.verifier.verify(match[1]));
    } else {
      const token = getCookie(c, SESSION_COOKIE);
      if (token && token.length <= 100) {
        const session = await services.sessions.get(token, services.clock());
        if (session) {
          c.set('caller', session.caller);
          c.set('sessionToken', token);
        }
      }
    }
    await next();
  };
}

export function requireCaller(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw new UnauthenticatedError();
  return caller;
}
