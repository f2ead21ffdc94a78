import type { Context, Hono } from 'hono';
import type { CalendarFeed } from '../../shared/calendar/index.ts';
import { feedUrl, tokenOfFile } from '../../shared/calendar/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { formString, readForm } from '../../shared/web/form.tsx';
import { calendarFeed, getCalendarFeed, renewCalendarFeed } from './contract.ts';
import { managerCaller } from './pages/common/access.ts';
import type { NeedsServices } from './services.ts';

/** The platform's public origin: configured in AWS, the request's own (loopback) origin locally. */
export const baseUrlOf = (services: NeedsServices, c: Context<AppEnv>) =>
  services.config.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;

const feedAnswer = (services: NeedsServices, c: Context<AppEnv>, feed: CalendarFeed) => ({
  url: feedUrl(baseUrlOf(services, c), feed.token),
  audience: feed.audience,
  createdAt: feed.createdAt,
});

/**
 * Calendar feeds: the public feed by its secret URL (what calendar programs fetch), the API to
 * read and renew one's URL, and the manager overview's create/renew button.
 */
export function registerCalendarRoutes(app: Hono<AppEnv>, services: NeedsServices): void {
  const { calendarFeeds, clock } = services;
  const lang = (c: Context<AppEnv>) => c.get('lang') ?? 'de';

  registerApiRoute(app, calendarFeed, async (c, { params }) => {
    // A personal answer, whoever asks: never stored by a cache on the way.
    c.header('cache-control', 'no-store');
    const token = tokenOfFile(params.file);
    const feed = token && (await calendarFeeds.render(token, baseUrlOf(services, c), clock()));
    if (!feed) return c.text('Not found', 404);
    c.header('content-type', 'text/calendar; charset=utf-8');
    c.header('content-disposition', 'inline; filename="quartiershilfe.ics"');
    c.header('x-robots-tag', 'noindex');
    return c.body(feed.text, 200);
  });
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
