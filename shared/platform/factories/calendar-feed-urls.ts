import { CalendarFeedUrls } from '../../calendar/feed-urls.ts';
import type { Wired } from '../wire.ts';

/** Making and renewing one's feed URL alone (its own module: importing it brings none of the feed's rendering). */
export const calendarFeedUrls = (w: Pick<Wired, 'calendarFeedRepository'>) =>
  new CalendarFeedUrls({ feeds: w.calendarFeedRepository });
