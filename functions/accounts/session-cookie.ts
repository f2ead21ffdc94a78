import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { SESSION_COOKIE } from '../../shared/http/authenticate.ts';

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
