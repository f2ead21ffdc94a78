import { CalendarFeedRepository } from '../../calendar/feed-repository.ts';
import type { Wired } from '../wire.ts';

/** One per composition, shared by the services that use it (its own module: importing it brings only this). */
export const calendarFeedRepository = (w: Pick<Wired, 'db' | 'config'>) =>
  new CalendarFeedRepository(w.db, w.config.tableName);
