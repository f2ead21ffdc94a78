import { AttemptGuard } from '../../throttle/attempt-guard.ts';
import { ThrottleRepository } from '../../throttle/throttle-repository.ts';
import type { Wired } from '../wire.ts';

export const attempts = (w: Pick<Wired, 'db' | 'config'>) =>
  new AttemptGuard(new ThrottleRepository(w.db, w.config.tableName));
