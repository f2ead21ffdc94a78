import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/api-route.ts';
import { meta } from '../../shared/http/zod.ts';

// The managers' desk keeps the calendar feed's URL API: volunteers and managers read and renew
// their URL here; the feed itself is the calendar function's (functions/calendar).

const FeedUrl = meta(
  z.object({
    url: meta(z.url(), { description: 'The secret feed URL: whoever has it reads the feed, without signing in' }),
    audience: z.enum(['volunteer', 'manager']),
    createdAt: z.iso.datetime(),
  }),
  { id: 'CalendarFeedUrl' },
);
const calendarTag = 'Calendar';
/** Volunteers get their commitments, managers and admins their quarters' needs. */
const FEED_ROLES = ['volunteer', 'manager', 'admin'] as const;

export const getCalendarFeed = defineRoute({
  method: 'get',
  path: '/api/calendar/feed',
  operationId: 'getCalendarFeed',
  summary: 'My calendar feed URL (made on first call; repeated calls return the same)',
  tag: calendarTag,
  security: 'signed-in',
  roles: FEED_ROLES,
  responses: { 200: { description: 'The feed URL', schema: FeedUrl } },
  errors: [401, 403],
});
export const renewCalendarFeed = defineRoute({
  method: 'post',
  path: '/api/calendar/feed/renew',
  operationId: 'renewCalendarFeed',
  summary: 'A new feed URL in place of the old one, which stops working at once',
  tag: calendarTag,
  security: 'signed-in',
  roles: FEED_ROLES,
  responses: { 200: { description: 'The new feed URL', schema: FeedUrl } },
  errors: [401, 403],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [getCalendarFeed, renewCalendarFeed];
