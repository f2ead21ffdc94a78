import type { Context } from 'hono';
import { viaOf } from '../../shared/audit/via.ts';
import { hasRole } from '../../shared/auth/caller.ts';
import { feedUrl } from '../../shared/calendar/index.ts';
import { ForbiddenError, NotFoundError, ValidationError, VersionConflictError } from '../../shared/errors/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { toFieldIssues } from '../../shared/http/issues.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import type { Services } from '../../shared/platform/services.ts';
import { EXPORT_FILENAME } from '../../shared/privacy/export.ts';
import { berlinDate } from '../../shared/time/calendar.ts';
import { CONSENT, hasCurrentConsent } from '../../shared/volunteers/consent.ts';
import { ProfileInput } from '../../shared/volunteers/schemas.ts';
import { acknowledgedVersion, type ConflictRow, conflictRows } from '../../shared/web/conflict-panel.tsx';
import { fieldErrors, formString, readForm } from '../../shared/web/form.tsx';
import { chooseLanguage, switchedLanguage } from '../../shared/web/language-switch.ts';
import { pageContext } from '../../shared/web/page-context.ts';
import {
  agreeToConsent,
  deleteOwnProfile,
  eraseOwnAccount,
  exportOwnData,
  getConsent,
  getOwnProfile,
  getProfile,
  ownSafeguarding,
  pauseOwnProfile,
  recordSafeguarding,
  resumeOwnProfile,
  saveOwnProfile,
  searchVolunteers,
} from './contract.ts';
import { registerPrivacyPages } from './pages/privacy/routes.tsx';
import { ProfileViewPage } from './pages/profile/view.tsx';
import { profileFieldTexts } from './pages/profile-edit/conflict.ts';
import {
  inputFromValues,
  type ProfileFormValues,
  rowCount,
  valuesFromForm,
  valuesFromProfile,
} from './pages/profile-edit/form.ts';
import { ProfileFormPage } from './pages/profile-edit/view.tsx';

const MORE_ROWS = 3;

export function createVolunteersApp(services: Services) {
  const app = createBaseApp(services);
  const { profiles, clock } = services;

  /** Pages are for volunteers; staff have their own dashboards. */
  const volunteer = (c: Context<AppEnv>) => {
    const caller = requireCaller(c);
    if (!hasRole(caller, 'volunteer')) throw new ForbiddenError('Volunteer pages');
    return caller;
  };

  const renderForm = async (
    c: Context<AppEnv>,
    values: ProfileFormValues,
    options: {
      status?: 200 | 400 | 409;
      errors?: Record<string, string>;
      message?: string;
      slotRows?: number;
      blackoutRows?: number;
      conflict?: { rows: ConflictRow[]; seenVersion: string; gone: boolean };
    } = {},
  ) => {
    const caller = volunteer(c);
    const page = pageContext(c, services.config.localPlatform);
    const catalog = await services.catalog.get(clock().getTime());
    const own = await profiles.own(caller);
    return c.html(
      <ProfileFormPage
        page={page}
        catalog={catalog}
        values={values}
        errors={options.errors ?? {}}
        email={own?.email ?? caller.email ?? ''}
        message={options.message}
        slotRows={options.slotRows}
        blackoutRows={options.blackoutRows}
        conflict={options.conflict}
      />,
      options.status ?? 200,
    );
  };

  app.get('/profile', async (c) => {
    const caller = volunteer(c);
    const page = pageContext(c, services.config.localPlatform);
    const [profile, catalog, safeguarding, feed] = await Promise.all([
      profiles.own(caller),
      services.catalog.get(clock().getTime()),
      services.safeguarding.status(caller, caller.userId, viaOf(c), clock()),
      services.calendarFeeds.current(caller),
    ]);
    // Agreed to an older consent text: ask first (this is where volunteers land after sign-in).
    if (profile && !hasCurrentConsent(profile)) return c.redirect('/profile/consent', 303);
    const q = c.req.query();
    const notice = q.saved
      ? page.t('profileSaved')
      : q.deleted
        ? page.t('profileDeleted')
        : q.consented
          ? page.t('consentRenewed')
          : q.calendar === 'renewed'
            ? page.t('calendarFeedRenewed')
            : q.calendar === 'created'
              ? page.t('calendarFeedCreated')
              : undefined;
    const baseUrl = services.config.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
    return c.html(
      <ProfileViewPage
        page={page}
        catalog={catalog}
        profile={profile}
        notice={notice}
        safeguarding={safeguarding}
        feedUrl={feed && feedUrl(baseUrl, feed.token)}
      />,
    );
  });

  // The calendar feed: made by the button (a page view writes nothing), renewed by it later.
  app.post('/profile/calendar', async (c) => {
    const caller = volunteer(c);
    const form = await readForm(c.req.raw);
    const renewed = formString(form, 'action') === 'renew';
    const lang = c.get('lang') ?? 'de';
    if (renewed) await services.calendarFeeds.renew(caller, lang, clock());
    else await services.calendarFeeds.ensure(caller, lang, clock());
    return c.redirect(`/profile?calendar=${renewed ? 'renewed' : 'created'}#h-calendar-feed`, 303);
  });

  app.get('/profile/edit', async (c) => {
    const profile = await profiles.own(volunteer(c));
    return renderForm(c, valuesFromProfile(profile, berlinDate(clock())));
  });

  app.post('/profile/edit', async (c) => {
    const caller = volunteer(c);
    const form = await readForm(c.req.raw);
    const values = valuesFromForm(form);
    const switched = switchedLanguage(form);
    if (switched) {
      // The language switch: the same form again in the other language, with what was typed.
      chooseLanguage(c, switched, services.config.cookieSecure);
      return renderForm(c, values);
    }
    const action = formString(form, 'action');
    if (action === 'more-slots' || action === 'more-blackouts') {
      return renderForm(c, values, {
        slotRows: rowCount(values.slots.length) + (action === 'more-slots' ? MORE_ROWS : 0),
        blackoutRows: rowCount(values.blackouts.length) + (action === 'more-blackouts' ? MORE_ROWS : 0),
      });
    }
    // Only the conflict panel's "keep mine" saves over the stored version, and only the one the user was shown.
    const acknowledged = acknowledgedVersion(action, formString(form, 'seenVersion'));
    const based =
      acknowledged === undefined ? values : { ...values, version: acknowledged === '0' ? '' : acknowledged };
    const { input, fieldName } = inputFromValues(based);
    const page = pageContext(c, services.config.localPlatform);
    const parsed = ProfileInput.safeParse(input);
    if (!parsed.success) {
      return renderForm(c, values, {
        status: 400,
        errors: fieldErrors(page.t, toFieldIssues(parsed.error.issues), fieldName),
      });
    }
    try {
      await profiles.save(caller, parsed.data, clock());
    } catch (error) {
      if (error instanceof ValidationError) {
        return renderForm(c, values, { status: 400, errors: fieldErrors(page.t, error.issues, fieldName) });
      }
      if (error instanceof VersionConflictError || (error instanceof NotFoundError && parsed.data.version)) {
        // The typing keeps the version it was based on: saving it plainly conflicts again.
        const stored = await profiles.own(caller);
        const catalog = await services.catalog.get(clock().getTime());
        const texts = (v: ProfileFormValues) => profileFieldTexts(v, page.t, page.lang, catalog);
        const rows = stored ? conflictRows(texts(valuesFromProfile(stored, berlinDate(clock()))), texts(values)) : [];
        return renderForm(c, values, {
          status: 409,
          conflict: { rows, seenVersion: stored ? String(stored.version) : '0', gone: !stored },
        });
      }
      throw error;
    }
    return c.redirect('/profile?saved=1', 303);
  });

  app.post('/profile/pause', async (c) => {
    await profiles.setPaused(volunteer(c), true, clock());
    return c.redirect('/profile', 303);
  });
  app.post('/profile/resume', async (c) => {
    await profiles.setPaused(volunteer(c), false, clock());
    return c.redirect('/profile', 303);
  });
  app.post('/profile/delete', async (c) => {
    await profiles.delete(volunteer(c), clock());
    return c.redirect('/profile?deleted=1', 303);
  });

  registerPrivacyPages(app, services, volunteer);

  // JSON API
  registerApiRoute(app, exportOwnData, async (c) => {
    const data = await services.privacy.export(requireCaller(c), clock());
    c.header('content-disposition', `attachment; filename="${EXPORT_FILENAME}"`);
    c.header('cache-control', 'no-store');
    return c.json(data);
  });
  registerApiRoute(app, eraseOwnAccount, async (c) => {
    await services.privacy.eraseOwn(requireCaller(c), clock());
    return c.body(null, 204);
  });
  registerApiRoute(app, agreeToConsent, async (c, { body }) =>
    c.json(await profiles.agreeToConsent(requireCaller(c), body.version, clock())),
  );
  registerApiRoute(app, getConsent, async (c) => c.json({ ...CONSENT }));
  registerApiRoute(app, searchVolunteers, async (c, { query }) => {
    const now = clock();
    const quarters = (await services.catalog.get(now.getTime())).quarters.map((quarter) => quarter.id);
    return c.json(await services.desk.search(requireCaller(c), query, quarters, viaOf(c), now));
  });
  registerApiRoute(app, getOwnProfile, async (c) => {
    const caller = requireCaller(c);
    return c.json(await profiles.read(caller, caller.userId, viaOf(c), clock()));
  });
  registerApiRoute(app, saveOwnProfile, async (c, { body }) => {
    const { profile, created } = await profiles.save(requireCaller(c), body, clock());
    return c.json(profile, created ? 201 : 200);
  });
  registerApiRoute(app, pauseOwnProfile, async (c) =>
    c.json(await profiles.setPaused(requireCaller(c), true, clock())),
  );
  registerApiRoute(app, resumeOwnProfile, async (c) =>
    c.json(await profiles.setPaused(requireCaller(c), false, clock())),
  );
  registerApiRoute(app, deleteOwnProfile, async (c) => {
    await profiles.delete(requireCaller(c), clock());
    return c.body(null, 204);
  });
  registerApiRoute(app, ownSafeguarding, async (c) => {
    const caller = requireCaller(c);
    return c.json(await services.safeguarding.status(caller, caller.userId, viaOf(c), clock()));
  });
  registerApiRoute(app, recordSafeguarding, async (c, { params, body }) =>
    c.json(await services.safeguarding.record(requireCaller(c), params.volunteerId, body, viaOf(c), clock())),
  );
  registerApiRoute(app, getProfile, async (c, { params }) =>
    c.json(await profiles.read(requireCaller(c), params.volunteerId, viaOf(c), clock())),
  );

  return app;
}
