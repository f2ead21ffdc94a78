import { CalendarFeedRepository } from '../../calendar/feed-repository.ts';
import { MatchRepository } from '../../matches/match-repository.ts';
import { NeedRepository } from '../../needs/need-repository.ts';
import { SafeguardingRepository } from '../../safeguarding/safeguarding-repository.ts';
import { ProfileRepository } from '../../volunteers/profile-repository.ts';
import type { Wired } from '../wire.ts';

// The repositories several services share, one instance each per composition.
type Table = Pick<Wired, 'db' | 'config'>;

export const profileRepository = (w: Table) => new ProfileRepository(w.db, w.config.tableName);

export const needRepository = (w: Table) => new NeedRepository(w.db, w.config.tableName);

export const matchRepository = (w: Table) => new MatchRepository(w.db, w.config.tableName);

export const safeguardingRepository = (w: Table) => new SafeguardingRepository(w.db, w.config.tableName);

export const calendarFeedRepository = (w: Table) => new CalendarFeedRepository(w.db, w.config.tableName);
