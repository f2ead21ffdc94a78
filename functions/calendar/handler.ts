import { buildCalendar } from '../../shared/calendar/build-calendar.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { sessions, staff } from '../../shared/platform/factories/auth.ts';
import { calendarFeeds } from '../../shared/platform/factories/calendar.ts';
import { calendarFeedRepository } from '../../shared/platform/factories/calendar-feed-repository.ts';
import { catalog, catalogRepository } from '../../shared/platform/factories/catalog.ts';
import { db } from '../../shared/platform/factories/db.ts';
import { matchRepository } from '../../shared/platform/factories/match-repository.ts';
import { needRepository } from '../../shared/platform/factories/need-repository.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createCalendarApp } from './app.ts';
import type { CalendarServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), {
  db,
  sessions,
  staff,
  catalogRepository,
  catalog,
  needRepository,
  matchRepository,
  calendarFeedRepository,
  // The one function that writes iCalendar text: it alone bundles the writer.
  calendarBuilder: () => buildCalendar,
  calendarFeeds,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: CalendarServices = wired;

export const handler = httpHandler(createCalendarApp(services));
