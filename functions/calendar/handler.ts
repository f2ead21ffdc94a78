import { buildCalendar } from '../../shared/calendar/build-calendar.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createCalendarApp } from './app.ts';

// The one function that writes iCalendar text: it alone bundles the writer.
export const handler = httpHandler(createCalendarApp(createServices(configFromEnv(), undefined, { buildCalendar })));
