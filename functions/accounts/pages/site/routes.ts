import { isLang } from '../../../../shared/web/i18n.ts';
import { chooseLanguage } from '../../../../shared/web/language-switch.ts';
import { safeNext } from '../../../../shared/web/safe-next.ts';
import { PRINT_STYLESHEET, STYLESHEET } from '../../../../shared/web/stylesheet.ts';
import type { PageRoutesDeps } from '../routes-deps.ts';

/** What every page uses: the stylesheet and the language switch (back to any page of this site). */
export function registerSiteRoutes({ app, services }: Pick<PageRoutesDeps, 'app' | 'services'>): void {
  app.get('/assets/app.css', (c) => {
    c.header('cache-control', 'public, max-age=86400');
    return c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8' });
  });
  // A page's print preview links this for every medium; app.css carries the same rules for print.
  app.get('/assets/print.css', (c) => {
    c.header('cache-control', 'public, max-age=86400');
    return c.body(PRINT_STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8' });
  });

  app.get('/lang/:lang', (c) => {
    const lang = c.req.param('lang');
    if (isLang(lang)) chooseLanguage(c, lang, services.config.cookieSecure);
    return c.redirect(safeNext(c.req.query('next')), 303);
  });
}
