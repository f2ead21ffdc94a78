import { ProfileRepository } from '../../volunteers/profile-repository.ts';
import type { Wired } from '../wire.ts';

/** One per composition, shared by the services that use it (its own module: importing it brings only this). */
export const profileRepository = (w: Pick<Wired, 'db' | 'config'>) => new ProfileRepository(w.db, w.config.tableName);
