import type { Context } from 'hono';
import { NotYourQuarterError, UnauthenticatedError } from '../errors/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import { logError, retryAfterOf, statusOf } from '../http/error-handler.ts';
import { Layout } from './layout.tsx';
import { pageContext } from './page-context.ts';

/** Errors on page routes: sign-in for anonymous visitors, else a page in the visitor's language. */
export function pageError(c: Context<AppEnv>, error: unknown, localPlatform: boolean): Response | Promise<Response> {
  if (error instanceof UnauthenticatedError) {
    const url = new URL(c.req.url);
    return c.redirect(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  logError(c, error);
  const status = statusOf(error);
  const page = pageContext(c, localPlatform);
  const { t } = page;
  const [title, text] =
    status === 404
      ? [t('notFoundTitle'), t('notFoundText')]
      : status === 403
        ? [t('forbiddenTitle'), t(error instanceof NotYourQuarterError ? 'wordsNotYourQuarter' : 'forbiddenText')]
        : status === 503
          ? [t('unavailableTitle'), t('unavailableText')]
          : [t('errorTitle'), t('errorText')];
  const retryAfter = retryAfterOf(error);
  if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
  return c.html(
    <Layout page={page} title={title}>
      <p>{text}</p>
      <p>
        <a href="/">{t('navHome')}</a>
      </p>
    </Layout>,
    status,
  );
}
