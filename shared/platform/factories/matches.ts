import { CandidateRepository } from '../../candidates/candidate-repository.ts';
import { MatchService } from '../../matches/match-service.ts';
import { SAFEGUARDING_RETENTION_MONTHS } from '../../safeguarding/safeguarding-service.ts';
import { PLATFORM_CONSTRAINTS } from '../candidate-projection.ts';
import type { Wired } from '../wire.ts';

export const matches = (
  w: Pick<
    Wired,
    | 'db'
    | 'config'
    | 'needRepository'
    | 'matchRepository'
    | 'safeguardingRepository'
    | 'profileRepository'
    | 'staff'
    | 'audit'
  >,
) =>
  new MatchService({
    needs: w.needRepository,
    matches: w.matchRepository,
    candidates: new CandidateRepository(w.db, w.config.tableName),
    safeguarding: w.safeguardingRepository,
    profiles: w.profileRepository,
    staff: w.staff,
    audit: w.audit,
    constraints: PLATFORM_CONSTRAINTS,
    invitationTtlHours: w.config.invitationTtlHours,
    noShowWindowDays: w.config.noShowWindowDays,
    absenceCutoffHours: w.config.absenceCutoffHours,
    safeguardingRetentionMonths: SAFEGUARDING_RETENTION_MONTHS,
    coverCutoffHours: w.config.coverCutoffHours,
  });
