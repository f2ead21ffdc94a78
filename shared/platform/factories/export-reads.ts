import type { ExportReaderDeps } from '../../exports/export-reader.ts';
import { matchesOfNeed } from '../../matches/match-reads.ts';
import { listNeedsByQuarter } from '../../needs/need-reads.ts';
import { getProfile } from '../../volunteers/profile-reads.ts';
import type { Wired } from '../wire.ts';

/**
 * What the spreadsheet export reads through: needs, matches and profiles by their read modules
 * alone (not the repositories with their transactions: the quarter-data function writes none of
 * them), the staff and the audit trail.
 */
export const exportReads = (w: Pick<Wired, 'db' | 'config' | 'staff' | 'audit'>): ExportReaderDeps => ({
  needs: { listByQuarter: (quarterId) => listNeedsByQuarter(w.db, w.config.tableName, quarterId) },
  matches: { matchesOf: (needId) => matchesOfNeed(w.db, w.config.tableName, needId) },
  profiles: { get: (volunteerId) => getProfile(w.db, w.config.tableName, volunteerId) },
  staff: w.staff,
  audit: w.audit,
});
