import { ChallengeRepository } from '../../auth/challenge-repository.ts';
import { SessionRepository } from '../../auth/session-repository.ts';
import { StaffRepository } from '../../auth/staff-repository.ts';
import type { Wired } from '../wire.ts';

type Table = Pick<Wired, 'db' | 'config'>;

export const staff = (w: Table) => new StaffRepository(w.db, w.config.tableName);

export const sessions = (w: Table) =>
  new SessionRepository(w.db, w.config.tableName, { idleSeconds: w.config.sessionIdleSeconds });

export const challenges = (w: Table) => new ChallengeRepository(w.db, w.config.tableName);
