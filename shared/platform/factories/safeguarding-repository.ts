import { SafeguardingRepository } from '../../safeguarding/safeguarding-repository.ts';
import type { Wired } from '../wire.ts';

/** One per composition, shared by the services that use it (its own module: importing it brings only this). */
export const safeguardingRepository = (w: Pick<Wired, 'db' | 'config'>) =>
  new SafeguardingRepository(w.db, w.config.tableName);
