import { buildCalendar } from '../../shared/calendar/build-calendar.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createNeedsApp } from './app.ts';

// The needs function serves the calendar feeds: it alone bundles the iCalendar writer.
export const handler = httpHandler(createNeedsApp(createServices(configFromEnv(), undefined, { buildCalendar })));
