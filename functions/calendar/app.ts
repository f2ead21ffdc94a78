import { tokenOfFile } from '../../shared/calendar/feed-token.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { baseUrlOf } from '../../shared/http/base-url.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { calendarFeed } from './contract.ts';
import type { CalendarServices } from './services.ts';

/**
 * The iCalendar feeds by their secret URLs. A function of its own: calendar programs fetch it
 * often and without a session, so it gets read-only table access and is the only one to bundle
 * the iCalendar writer. Making and renewing a feed's URL stays with the pages (needs function).
 */
export function createCalendarApp(services: CalendarServices) {
  // Public: the token in the path is the key, so no session or bearer token is looked at.
  const app = createBaseApp(services, { authenticate: false });
  registerApiRoute(app, calendarFeed, async (c, { params }) => {
    // A personal answer, whoever asks: never stored by a cache on the way.
    c.header('cache-control', 'no-store');
    const token = tokenOfFile(params.file);
    const feed = token && (await services.calendarFeeds.render(token, baseUrlOf(services, c), services.clock()));
    if (!feed) return c.text('Not found', 404);
    c.header('content-type', 'text/calendar; charset=utf-8');
    c.header('content-disposition', 'inline; filename="quartiershilfe.ics"');
    c.header('x-robots-tag', 'noindex');
    return c.body(feed.text, 200);
  });
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: CalendarServices }) => createCalendarApp(services);
