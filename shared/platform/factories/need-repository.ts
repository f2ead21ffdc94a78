import { NeedRepository } from '../../needs/need-repository.ts';
import type { Wired } from '../wire.ts';

/** One per composition, shared by the services that use it (its own module: importing it brings only this). */
export const needRepository = (w: Pick<Wired, 'db' | 'config'>) => new NeedRepository(w.db, w.config.tableName);
