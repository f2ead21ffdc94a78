import type { Context, Hono } from 'hono';
import type { CalendarFeed } from '../../shared/calendar/feed-repository.ts';
import { feedUrl } from '../../shared/calendar/feed-service.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { baseUrlOf } from '../../shared/http/base-url.ts';
import { managerCaller } from '../../shared/http/page-callers.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { formString, readForm } from '../../shared/web/form.tsx';
import { getCalendarFeed, renewCalendarFeed } from './contract.ts';
import type { NeedsServices } from './services.ts';

const feedAnswer = (services: NeedsServices, c: Context<AppEnv>, feed: CalendarFeed) => ({
  url: feedUrl(baseUrlOf(services, c), feed.token),
  audience: feed.audience,
  createdAt: feed.createdAt,
});

/**
 * Calendar feeds: the API to read and renew one's URL, and the manager overview's create/renew
 * button. The feed itself (what calendar programs fetch) is the calendar function's.
 */
export function registerCalendarRoutes(app: Hono<AppEnv>, services: NeedsServices): void {
  const { calendarFeeds, clock } = services;
  const lang = (c: Context<AppEnv>) => c.get('lang') ?? 'de';

  registerApiRoute(app, getCalendarFeed, async (c) =>
    c.json(feedAnswer(services, c, await calendarFeeds.ensure(requireCaller(c), lang(c), clock()))),
  );
  registerApiRoute(app, renewCalendarFeed, async (c) =>
    c.json(feedAnswer(services, c, await calendarFeeds.renew(requireCaller(c), lang(c), clock()))),
  );
  app.post('/manage/calendar', async (c) => {
    const caller = managerCaller(c);
    const form = await readForm(c.req.raw);
    const renewed = formString(form, 'action') === 'renew';
    if (renewed) await calendarFeeds.renew(caller, lang(c), clock());
    else await calendarFeeds.ensure(caller, lang(c), clock());
    return c.redirect(`/manage?calendar=${renewed ? 'renewed' : 'created'}#h-calendar-feed`, 303);
  });
}
