import { audit, auditRepository } from './audit.ts';
import { sessions, staff } from './auth.ts';
import { catalog, catalogRepository } from './catalog.ts';
import { db } from './db.ts';
import { matchRepository } from './match-repository.ts';
import { needRepository } from './need-repository.ts';
import { verifier } from './verifier.ts';

/**
 * What every function serving signed-in pages and API around needs wires (needs, volunteers,
 * admin, initiatives, quarter-data): the token verifier and sessions, who manages which quarter,
 * the catalogue, the audit trail, and the needs' and matches' repositories. Spread into a
 * handler's `wire(…)` beside what only that function uses.
 */
export const signedInCore = {
  db,
  verifier,
  sessions,
  staff,
  catalogRepository,
  catalog,
  auditRepository,
  audit,
  needRepository,
  matchRepository,
};
