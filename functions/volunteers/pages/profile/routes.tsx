import type { Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import { feedUrl } from '../../../../shared/calendar/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { hasCurrentConsent } from '../../../../shared/volunteers/consent.ts';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import type { Translate } from '../../../../shared/web/i18n.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { VolunteersServices } from '../../services.ts';
import { volunteerCaller } from '../common/guards.ts';
import { loadProfilePage } from './loader.ts';
import { ProfileViewPage } from './view.tsx';

/** The line above the profile after a step that redirected here (`?saved=1` and the like). */
function noticeOf(query: Record<string, string>, t: Translate): string | undefined {
  if (query.saved) return t('profileSaved');
  if (query.deleted) return t('profileDeleted');
  if (query.consented) return t('consentRenewed');
  if (query.calendar === 'renewed') return t('calendarFeedRenewed');
  if (query.calendar === 'created') return t('calendarFeedCreated');
  return undefined;
}

/**
 * GET /profile: the volunteer's profile with safeguarding status and calendar feed; and its
 * buttons: the calendar feed, pause and resume, delete the profile.
 */
export function registerProfilePage(app: Hono<AppEnv>, services: VolunteersServices): void {
  const { profiles, clock } = services;

  app.get('/profile', async (c) => {
    const caller = volunteerCaller(c);
    const page = pageContext(c, services.config.localPlatform);
    const { profile, catalog, safeguarding, feed } = await loadProfilePage(services, caller, viaOf(c));
    // Agreed to an older consent text: ask first (this is where volunteers land after sign-in).
    if (profile && !hasCurrentConsent(profile)) return c.redirect('/profile/consent', 303);
    const baseUrl = services.config.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
    return c.html(
      <ProfileViewPage
        page={page}
        catalog={catalog}
        profile={profile}
        notice={noticeOf(c.req.query(), page.t)}
        safeguarding={safeguarding}
        feedUrl={feed && feedUrl(baseUrl, feed.token)}
      />,
    );
  });

  // The calendar feed: made by the button (a page view writes nothing), renewed by it later.
  app.post('/profile/calendar', async (c) => {
    const caller = volunteerCaller(c);
    const form = await readForm(c.req.raw);
    const renewed = formString(form, 'action') === 'renew';
    const lang = c.get('lang') ?? 'de';
    if (renewed) await services.calendarFeeds.renew(caller, lang, clock());
    else await services.calendarFeeds.ensure(caller, lang, clock());
    return c.redirect(`/profile?calendar=${renewed ? 'renewed' : 'created'}#h-calendar-feed`, 303);
  });

  app.post('/profile/pause', async (c) => {
    await profiles.setPaused(volunteerCaller(c), true, clock());
    return c.redirect('/profile', 303);
  });
  app.post('/profile/resume', async (c) => {
    await profiles.setPaused(volunteerCaller(c), false, clock());
    return c.redirect('/profile', 303);
  });
  app.post('/profile/delete', async (c) => {
    await profiles.delete(volunteerCaller(c), clock());
    return c.redirect('/profile?deleted=1', 303);
  });
}
