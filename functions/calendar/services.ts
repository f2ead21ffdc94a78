import type { Services } from '../../shared/platform/services.ts';

/** What the feeds use (public: no session, no token). */
export type CalendarServices = Pick<Services, 'calendarFeeds' | 'clock' | 'config'>;
