import { audit, auditRepository } from './audit.ts';
import { sessions, staff } from './auth.ts';
import { catalog, catalogRepository } from './catalog.ts';
import { db } from './db.ts';
import { verifier } from './verifier.ts';

/**
 * What every function serving signed-in pages and API wires: the token verifier and sessions,
 * who manages which quarter, the catalogue and the audit trail. Spread into a handler's
 * `wire(…)` beside what only that function uses. Its own module: an unused export beside it
 * (signed-in-core.ts) would still be bundled, as esbuild keeps an object spread.
 */
export const signedInBase = {
  db,
  verifier,
  sessions,
  staff,
  catalogRepository,
  catalog,
  auditRepository,
  audit,
};
