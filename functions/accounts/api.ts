import type { Hono } from 'hono';
import type { Caller } from '../../shared/auth/caller.ts';
import { ValidationError } from '../../shared/errors/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { alwaysSentKinds, offeredKinds, unofferedIssues } from '../../shared/notifications/preferences.ts';
import type { NotificationSettings } from '../../shared/notifications/settings.ts';
import type { NotificationSettingsView } from '../../shared/notifications/settings-schemas.ts';
import {
  completeNewPassword,
  confirmSignUp,
  forgotPassword,
  getNotificationSettings,
  resendConfirmationCode,
  resetPassword,
  saveNotificationSettings,
  signIn,
  signOut,
  signUp,
} from './contract.ts';
import type { AccountFlows } from './flows.ts';
import type { AccountsServices } from './services.ts';
import { recordSignIn } from './sign-in.ts';

function settingsView(settings: NotificationSettings, caller: Caller): NotificationSettingsView {
  return {
    ...(settings.language && { language: settings.language }),
    optOut: settings.optOut,
    version: settings.version,
    ...(settings.updatedAt && { updatedAt: settings.updatedAt }),
    optionalKinds: offeredKinds(caller.roles),
    alwaysSentKinds: alwaysSentKinds(caller.roles),
  };
}

/** The JSON API: the same account steps as the pages (contract.ts), and the own e-mail preferences. */
export function registerAccountsApi(app: Hono<AppEnv>, services: AccountsServices, flows: AccountFlows): void {
  registerApiRoute(app, signUp, async (c, { body }) => {
    await flows.signUp(c, body);
    return c.json({ status: 'accepted' as const }, 202);
  });
  registerApiRoute(app, confirmSignUp, async (c, { body }) => {
    await flows.confirm(c, body.email, body.code);
    return c.json({ status: 'confirmed' as const });
  });
  registerApiRoute(app, resendConfirmationCode, async (c, { body }) => {
    await flows.resendCode(c, body.email);
    return c.json({ status: 'accepted' as const }, 202);
  });
  registerApiRoute(app, signIn, async (c, { body }) => {
    const tokens = await flows.signIn(c, body.email, body.password);
    await recordSignIn(services, tokens);
    return c.json(tokens);
  });
  registerApiRoute(app, completeNewPassword, async (c, { body }) => {
    const tokens = await flows.completeNewPassword(c, body.email, body.session, body.password);
    await recordSignIn(services, tokens);
    return c.json(tokens);
  });
  registerApiRoute(app, signOut, async (c, { body }) => {
    await flows.revoke(body.refreshToken);
    return c.body(null, 204);
  });
  registerApiRoute(app, forgotPassword, async (c, { body }) => {
    await flows.forgotPassword(c, body.email);
    return c.json({ status: 'accepted' as const }, 202);
  });
  registerApiRoute(app, resetPassword, async (c, { body }) => {
    await flows.resetPassword(c, body.email, body.code, body.password);
    return c.json({ status: 'changed' as const });
  });

  const { notificationSettings: settings, clock } = services;
  registerApiRoute(app, getNotificationSettings, async (c) => {
    const caller = requireCaller(c);
    return c.json(settingsView(await settings.get(caller.userId), caller));
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
    await flows.keepAccountLanguage(caller, body.language);
    return c.json(settingsView(saved, caller));
  });
}
