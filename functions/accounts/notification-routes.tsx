import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Caller } from '../../shared/auth/caller.ts';
import { NotFoundError, ValidationError, VersionConflictError } from '../../shared/errors/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { isOptionalKind } from '../../shared/notifications/kinds.ts';
import { alwaysSentKinds, offeredKinds, unofferedIssues } from '../../shared/notifications/preferences.ts';
import type { NotificationSettings } from '../../shared/notifications/settings.ts';
import type { NotificationSettingsView } from '../../shared/notifications/settings-schemas.ts';
import type { Services } from '../../shared/platform/services.ts';
import { acknowledgedVersion, conflictRows } from '../../shared/web/conflict-panel.tsx';
import { fieldErrors, formString, readForm } from '../../shared/web/form.tsx';
import { LANG_COOKIE } from '../../shared/web/i18n.ts';
import { pageContext } from '../../shared/web/page-context.ts';
import { getNotificationSettings, saveNotificationSettings } from './contract.ts';
import {
  choiceFromValues,
  type NotificationFormValues,
  notificationFieldTexts,
  valuesFromForm,
  valuesFromSettings,
} from './notification-form.ts';
import { NotificationSettingsPage } from './pages/notification-settings.tsx';
import { UnsubscribeConfirmPage, UnsubscribedPage, UnsubscribeProblemPage } from './pages/unsubscribe.tsx';

/** The one path whose form posts come from other sites: mail providers' one-click unsubscribe (RFC 8058). */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/unsubscribe';

/**
 * A link from an e-mail opens without the language cookie: answer in the language of the person's
 * e-mails then, so the page reads like the mail it came from. A chosen page language still wins.
 */
function speakMailLanguage(c: Context<AppEnv>, settings: NotificationSettings): void {
  if (settings.language && getCookie(c, LANG_COOKIE) === undefined) c.set('lang', settings.language);
}

function view(settings: NotificationSettings, caller: Caller): NotificationSettingsView {
  return {
    ...(settings.language && { language: settings.language }),
    optOut: settings.optOut,
    version: settings.version,
    ...(settings.updatedAt && { updatedAt: settings.updatedAt }),
    optionalKinds: offeredKinds(caller.roles),
    alwaysSentKinds: alwaysSentKinds(caller.roles),
  };
}

/**
 * E-mail preferences of every signed-in person (page and API) and the one-click unsubscribe of
 * optional e-mails, which needs no sign-in: the link's 256-bit token is the authority.
 */
export function registerNotificationRoutes(app: Hono<AppEnv>, services: Services): void {
  const { notificationSettings: settings, clock } = services;
  const page = (c: Context<AppEnv>) => pageContext(c, services.config.localPlatform);

  const renderSettings = (
    c: Context<AppEnv>,
    caller: Caller,
    values: NotificationFormValues,
    options: {
      status?: 200 | 400 | 409;
      errors?: Record<string, string>;
      notice?: string;
      conflict?: { rows: ReturnType<typeof conflictRows>; seenVersion: string };
    } = {},
  ) =>
    c.html(
      <NotificationSettingsPage
        page={page(c)}
        values={values}
        offered={offeredKinds(caller.roles)}
        alwaysSent={alwaysSentKinds(caller.roles)}
        errors={options.errors ?? {}}
        notice={options.notice}
        conflict={options.conflict}
      />,
      options.status ?? 200,
    );

  app.get('/settings/notifications', async (c) => {
    const caller = requireCaller(c);
    const stored = await settings.get(caller.userId);
    const notice = c.req.query('saved') ? page(c).t('notifSaved') : undefined;
    return renderSettings(c, caller, valuesFromSettings(stored, caller.roles), notice ? { notice } : {});
  });

  app.post('/settings/notifications', async (c) => {
    const caller = requireCaller(c);
    const form = await readForm(c.req.raw);
    const values = valuesFromForm(form);
    // Only the conflict panel's "keep mine" saves over the stored version, and only the one shown.
    const acknowledged = acknowledgedVersion(formString(form, 'action'), formString(form, 'seenVersion'));
    const parsed = choiceFromValues(
      acknowledged === undefined ? values : { ...values, version: acknowledged },
      caller.roles,
    );
    if ('issues' in parsed) {
      return renderSettings(c, caller, values, { status: 400, errors: fieldErrors(page(c).t, parsed.issues) });
    }
    try {
      await settings.save(caller.userId, parsed.choice, parsed.version, clock());
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      // The typing keeps the version it was based on: saving it plainly conflicts again.
      const stored = await settings.get(caller.userId);
      const texts = (v: NotificationFormValues) => notificationFieldTexts(v, caller.roles, page(c).t);
      const rows = conflictRows(texts(valuesFromSettings(stored, caller.roles)), texts(values));
      return renderSettings(c, caller, values, {
        status: 409,
        conflict: { rows, seenVersion: String(stored.version) },
      });
    }
    return c.redirect('/settings/notifications?saved=1', 303);
  });

  registerApiRoute(app, getNotificationSettings, async (c) => {
    const caller = requireCaller(c);
    return c.json(view(await settings.get(caller.userId), caller));
  });
  registerApiRoute(app, saveNotificationSettings, async (c, { body }) => {
    const caller = requireCaller(c);
    const issues = unofferedIssues(body.optOut, caller.roles);
    if (issues.length > 0) throw new ValidationError(issues);
    const saved = await settings.save(
      caller.userId,
      { language: body.language, optOut: body.optOut },
      body.version,
      clock(),
    );
    return c.json(view(saved, caller));
  });

  // One-click unsubscribe. GET only shows what would happen: mail scanners fetch every link.
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
