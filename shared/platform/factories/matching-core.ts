import { audit, auditRepository } from './audit.ts';
import { staff } from './auth.ts';
import { db } from './db.ts';
import { matchRepository } from './match-repository.ts';
import { managerMatches } from './match-sides.ts';
import { needRepository } from './need-repository.ts';
import { profileRepository } from './profile-repository.ts';
import { safeguardingRepository } from './safeguarding-repository.ts';

/**
 * The managers' side of matching and what it is built from: what the background jobs that run
 * automatic cover (the notifier's sweep, the scheduled sweep) wire, as the API does.
 */
export const matchingCore = {
  db,
  staff,
  auditRepository,
  audit,
  needRepository,
  matchRepository,
  profileRepository,
  safeguardingRepository,
  managerMatches,
};
