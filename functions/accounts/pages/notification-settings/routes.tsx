import type { Context } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { VersionConflictError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { alwaysSentKinds, offeredKinds } from '../../../../shared/notifications/preferences.ts';
import { acknowledgedVersion, conflictRows } from '../../../../shared/web/conflict-panel.tsx';
import { fieldErrors, formString, readForm } from '../../../../shared/web/form.tsx';
import { chooseLanguage, switchedLanguage } from '../../../../shared/web/language-switch.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { PageRoutesDeps } from '../routes-deps.ts';
import {
  choiceFromValues,
  type NotificationFormValues,
  notificationFieldTexts,
  valuesFromForm,
  valuesFromSettings,
} from './form.ts';
import { NotificationSettingsPage } from './view.tsx';

/** GET/POST /settings/notifications: every signed-in person's e-mail preferences. */
export function registerNotificationSettingsPage({
  app,
  services,
  flows,
}: Pick<PageRoutesDeps, 'app' | 'services' | 'flows'>): void {
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
    const switched = switchedLanguage(form);
    if (switched) {
      // The language switch: the same form again in the other language, with what was chosen.
      chooseLanguage(c, switched, services.config.cookieSecure);
      return renderSettings(c, caller, values);
    }
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
      // The person's language is this browser's too, from now on (sign-in brings it to others).
      if (parsed.choice.language) chooseLanguage(c, parsed.choice.language, services.config.cookieSecure);
      await flows.keepAccountLanguage(caller, parsed.choice.language);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      // The typing keeps the version it was based on: saving it plainly conflicts again.
      const stored = await settings.get(caller.userId);
      const texts = (v: NotificationFormValues) => notificationFieldTexts(v, caller.roles, page(c).t, page(c).lang);
      const rows = conflictRows(texts(valuesFromSettings(stored, caller.roles)), texts(values));
      return renderSettings(c, caller, values, {
        status: 409,
        conflict: { rows, seenVersion: String(stored.version) },
      });
    }
    return c.redirect('/settings/notifications?saved=1', 303);
  });
}
