import { setCookie } from 'hono/cookie';
import { isLang, LANG_COOKIE } from '../../../../shared/web/i18n.ts';
import { safeNext } from '../../../../shared/web/safe-next.ts';
import { STYLESHEET } from '../../../../shared/web/stylesheet.ts';
import type { PageRoutesDeps } from '../routes-deps.ts';

/** What every page uses: the stylesheet and the language switch (back to any page of this site). */
export function registerSiteRoutes({ app, services }: Pick<PageRoutesDeps, 'app' | 'services'>): void {
  app.get('/assets/app.css', (c) => {
    c.header('cache-control', 'public, max-age=86400');
    return c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8' });
  });

  app.get('/lang/:lang', (c) => {
    const lang = c.req.param('lang');
    if (isLang(lang)) {
      setCookie(c, LANG_COOKIE, lang, {
        path: '/',
        sameSite: 'Lax',
        secure: services.config.cookieSecure,
        maxAge: 365 * 86400,
      });
    }
    return c.redirect(safeNext(c.req.query('next')), 303);
  });
}
