import { CalendarFeedService } from '../../calendar/feed-service.ts';
import type { Wired } from '../wire.ts';

export const calendarFeeds = (
  w: Pick<
    Wired,
    | 'calendarFeedRepository'
    | 'needRepository'
    | 'matchRepository'
    | 'staff'
    | 'sessions'
    | 'catalog'
    | 'calendarBuilder'
  >,
) =>
  new CalendarFeedService({
    feeds: w.calendarFeedRepository,
    needs: w.needRepository,
    matches: w.matchRepository,
    staff: w.staff,
    sessions: w.sessions,
    catalog: w.catalog,
    build: w.calendarBuilder,
  });
