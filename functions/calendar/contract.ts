import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/api-route.ts';

export const calendarFeed = defineRoute({
  method: 'get',
  path: '/calendar/{file}',
  operationId: 'calendarFeed',
  summary:
    'An iCalendar feed (text/calendar) by its secret URL, `<token>.ics`: no sign-in, the token is the key. ' +
    'Unknown or renewed tokens: 404',
  tag: 'Calendar',
  security: 'public',
  params: z.strictObject({ file: z.string() }),
  responses: { 200: { description: 'text/calendar; charset=utf-8 (RFC 5545)' } },
  errors: [404],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [calendarFeed];
