import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { PlatformConfig } from '../config/env.ts';
import { SESSION_COOKIE } from './authenticate.ts';

/**
 * The session cookie of the pages. Shared: the accounts function sets and clears it (sign-in,
 * sign-out), the privacy function clears it once the account is erased.
 */
export function setSessionCookie(c: Context, token: string, config: PlatformConfig): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'Lax',
    path: '/',
    maxAge: config.sessionTtlSeconds,
  });
}

export function clearSessionCookie(c: Context, config: PlatformConfig): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: config.cookieSecure, httpOnly: true, sameSite: 'Lax' });
}
