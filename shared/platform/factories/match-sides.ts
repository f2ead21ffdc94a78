import { CandidateRepository } from '../../candidates/candidate-repository.ts';
import { ManagerMatches } from '../../matches/manager-matches.ts';
import { judgedMatchSteps } from '../../matches/match-eligibility.ts';
import { VolunteerMatches } from '../../matches/volunteer-matches.ts';
import { SAFEGUARDING_RETENTION_MONTHS } from '../../safeguarding/safeguarding-service.ts';
import { PLATFORM_CONSTRAINTS } from '../candidate-projection.ts';
import type { Wired } from '../wire.ts';

type StepsFrom = Pick<
  Wired,
  'config' | 'needRepository' | 'matchRepository' | 'safeguardingRepository' | 'profileRepository'
>;

/** The match steps as the sides take them: invitations, offers and acceptances are judged. */
const judgedSteps = (w: StepsFrom) =>
  judgedMatchSteps({
    needs: w.needRepository,
    matches: w.matchRepository,
    profiles: w.profileRepository,
    safeguarding: w.safeguardingRepository,
    constraints: PLATFORM_CONSTRAINTS,
    invitationTtlHours: w.config.invitationTtlHours,
    noShowWindowDays: w.config.noShowWindowDays,
    safeguardingRetentionMonths: SAFEGUARDING_RETENTION_MONTHS,
  });

/**
 * The managers' side of matching alone (candidates, invitations, their steps, automatic cover):
 * for a function that serves no volunteer's own steps, and the cover sweeps.
 */
export const managerMatches = (w: StepsFrom & Pick<Wired, 'db' | 'staff' | 'audit'>) =>
  new ManagerMatches({
    steps: judgedSteps(w),
    needs: w.needRepository,
    matches: w.matchRepository,
    candidates: new CandidateRepository(w.db, w.config.tableName),
    safeguarding: w.safeguardingRepository,
    staff: w.staff,
    audit: w.audit,
    constraints: PLATFORM_CONSTRAINTS,
    coverCutoffHours: w.config.coverCutoffHours,
  });

/** The volunteer's side of matching alone (their matches, steps and absences): for a volunteer's function. */
export const volunteerMatches = (w: StepsFrom) =>
  new VolunteerMatches({
    steps: judgedSteps(w),
    needs: w.needRepository,
    matches: w.matchRepository,
    profiles: w.profileRepository,
    constraints: PLATFORM_CONSTRAINTS,
    absenceCutoffHours: w.config.absenceCutoffHours,
  });
