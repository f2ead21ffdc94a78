export { buildCalendar } from './build-calendar.ts';
export type { FeedContext } from './feed-context.ts';
export type { FeedEvent } from './feed-event.ts';
export type { CalendarFeed, FeedAudience } from './feed-repository.ts';
export { CalendarFeedRepository } from './feed-repository.ts';
export { CalendarFeedService } from './feed-service.ts';
export { tokenOfFile } from './feed-token.ts';
export { audienceOf, CalendarFeedUrls, feedUrl } from './feed-urls.ts';
