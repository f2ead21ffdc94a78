import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HonoBase } from 'hono/hono-base';
import { secureHeaders } from 'hono/secure-headers';
import { NotFoundError, PayloadTooLargeError } from '../errors/index.ts';
import type { Services } from '../platform/services.ts';
import { pageError } from '../web/error-page.tsx';
import { language } from '../web/i18n.ts';
import type { AppEnv } from './app-env.ts';
import { authenticate } from './authenticate.ts';
import { noStoreByDefault } from './cache-control.ts';
import { jsonError } from './error-handler.ts';
import { StrictRouter } from './strict-router.ts';

/** Bodies are small JSON documents or forms; anything larger is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

export interface BaseAppOptions {
  /**
   * Default true. False for functions that serve only public routes: they then never look up a
   * session, a call their role (no table grant) would not allow in AWS.
   */
  authenticate?: boolean;
  /**
   * Exact paths whose POSTs may come from other sites, exempt from the same-origin check. Only
   * for routes that act on a secret in the URL and never on the session (one-click unsubscribe:
   * mail providers post from their servers, RFC 8058).
   */
  crossSitePostPaths?: readonly string[];
  /**
   * The one deliberate exception to {@link MAX_BODY_BYTES}: POSTs to paths matching `path` (a
   * spreadsheet upload) may carry up to `maxBytes`, still refused with 413 before anything reads them.
   */
  upload?: { path: RegExp; maxBytes: number };
}

/** What the base app uses: the configuration, and what {@link authenticate} needs unless it is off. */
export type BaseAppServices = Pick<Services, 'config' | 'verifier' | 'sessions' | 'clock'>;

/**
 * The Hono app every HTTP function starts from: no caching unless chosen, security headers, body
 * limit, CSRF check for form posts, language, authentication, and the one error mapping (JSON
 * under /api, pages elsewhere).
 */
export function createBaseApp(
  services: Pick<Services, 'config'>,
  options: BaseAppOptions & { authenticate: false },
): Hono<AppEnv>;
export function createBaseApp(services: BaseAppServices, options?: BaseAppOptions): Hono<AppEnv>;
export function createBaseApp(
  services: Pick<Services, 'config'> & Partial<BaseAppServices>,
  options: BaseAppOptions = {},
): Hono<AppEnv> {
  // Hono's app without its default router (hono/hono-base, as the `hono/tiny` preset): the
  // strict router answers our routes alike in a sixth of the bytes (strict-router.ts).
  const app: Hono<AppEnv> = new HonoBase<AppEnv>({ router: new StrictRouter() });
  // First, so that it also covers the answers of every later middleware and of the error handler.
  app.use(noStoreByDefault());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    }),
  );
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new PayloadTooLargeError(maxSize);
      },
    });
  const usual = limit(MAX_BODY_BYTES);
  const upload = options.upload;
  const uploadLimit = upload && limit(upload.maxBytes);
  app.use((c, next) =>
    uploadLimit && c.req.method === 'POST' && upload.path.test(c.req.path) ? uploadLimit(c, next) : usual(c, next),
  );
  // Forms and cookie-carrying requests must come from our own pages. A Bearer token is not sent
  // by browsers on their own, so requests carrying one cannot be forged cross-site.
  const checkOrigin = csrf();
  const crossSite = new Set(options.crossSitePostPaths ?? []);
  app.use((c, next) =>
    c.req.header('authorization') || (c.req.method === 'POST' && crossSite.has(c.req.path))
      ? next()
      : checkOrigin(c, next),
  );
  app.use(language());
  // The overloads make a function that authenticates wire the verifier, sessions and clock.
  if (options.authenticate ?? true) app.use(authenticate(services as BaseAppServices));
  app.onError((error, c) =>
    isApi(c.req.path) ? jsonError(c, error) : pageError(c, error, services.config.localPlatform),
  );
  app.notFound((c) =>
    isApi(c.req.path)
      ? jsonError(c, new NotFoundError('Route'))
      : pageError(c, new NotFoundError('Page'), services.config.localPlatform),
  );
  return app;
}
