import { ActivityRepository } from '../../privacy/activity-repository.ts';
import type { Wired } from '../wire.ts';

/** Sign-in activity, for the inactivity job. */
export const activity = (w: Pick<Wired, 'db' | 'config'>) => new ActivityRepository(w.db, w.config.tableName);
