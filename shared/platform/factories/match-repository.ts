import { MatchRepository } from '../../matches/match-repository.ts';
import type { Wired } from '../wire.ts';

/** One per composition, shared by the services that use it (its own module: importing it brings only this). */
export const matchRepository = (w: Pick<Wired, 'db' | 'config'>) => new MatchRepository(w.db, w.config.tableName);
