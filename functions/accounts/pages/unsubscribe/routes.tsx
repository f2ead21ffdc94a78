import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { NotFoundError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { isOptionalKind } from '../../../../shared/notifications/kinds.ts';
import type { NotificationSettings } from '../../../../shared/notifications/settings.ts';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import { LANG_COOKIE } from '../../../../shared/web/i18n.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { PageRoutesDeps } from '../routes-deps.ts';
import { UnsubscribeConfirmPage, UnsubscribedPage, UnsubscribeProblemPage } from './view.tsx';

/** The one path whose form posts come from other sites: mail providers' one-click unsubscribe (RFC 8058). */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/unsubscribe';

/**
 * A link from an e-mail opens without the language cookie: answer in the language of the person's
 * e-mails then, so the page reads like the mail it came from. A chosen page language still wins.
 */
function speakMailLanguage(c: Context<AppEnv>, settings: NotificationSettings): void {
  if (settings.language && getCookie(c, LANG_COOKIE) === undefined) c.set('lang', settings.language);
}

/**
 * The one-click unsubscribe of optional e-mails, which needs no sign-in: the link's 256-bit token
 * is the authority. GET only shows what would happen (mail scanners fetch every link); POST does it.
 */
export function registerUnsubscribePage({ app, services }: Pick<PageRoutesDeps, 'app' | 'services'>): void {
  const { notificationSettings: settings, clock } = services;
  const page = (c: Context<AppEnv>) => pageContext(c, services.config.localPlatform);

  app.get(ONE_CLICK_UNSUBSCRIBE_PATH, async (c) => {
    const token = c.req.query('token') ?? '';
    const kind = c.req.query('kind') ?? '';
    if (!isOptionalKind(kind)) return c.html(<UnsubscribeProblemPage page={page(c)} problem="kind" />, 400);
    try {
      const owner = await settings.ownerOf(token);
      speakMailLanguage(c, owner);
      return c.html(
        <UnsubscribeConfirmPage page={page(c)} token={token} kind={kind} alreadyOff={owner.optOut.includes(kind)} />,
      );
    } catch (error) {
      if (error instanceof NotFoundError)
        return c.html(<UnsubscribeProblemPage page={page(c)} problem="unknown" />, 404);
      throw error;
    }
  });

  // Mail providers POST `List-Unsubscribe=One-Click` from their servers (no Origin of ours, no
  // session): the base app exempts this one path from the same-origin check (createBaseApp).
  app.post(ONE_CLICK_UNSUBSCRIBE_PATH, async (c) => {
    const token = c.req.query('token') ?? '';
    const kind = c.req.query('kind') ?? '';
    const form = await readForm(c.req.raw).catch(() => ({}) as Record<string, string>);
    if (!isOptionalKind(kind) || formString(form, 'List-Unsubscribe') !== 'One-Click') {
      return c.html(<UnsubscribeProblemPage page={page(c)} problem="kind" />, 400);
    }
    try {
      speakMailLanguage(c, await settings.unsubscribe(token, kind, clock()));
    } catch (error) {
      if (error instanceof NotFoundError)
        return c.html(<UnsubscribeProblemPage page={page(c)} problem="unknown" />, 404);
      throw error;
    }
    return c.html(<UnsubscribedPage page={page(c)} kind={kind} />);
  });
}
