import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import type { Caller } from '../auth/caller.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { CandidateRepository } from '../candidates/candidate-repository.ts';
import type { DomainError } from '../errors/index.ts';
import type { ConstraintContext } from '../matching/constraints.ts';
import type { MonthHours } from '../matching/done-hours.ts';
import type { Violation } from '../matching/types.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { Need } from '../needs/schemas.ts';
import type { SafeguardingRepository } from '../safeguarding/safeguarding-repository.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';
import type { Ledger } from './ledger.ts';
import { effectiveState } from './lifecycle.ts';
import { type CandidateList, ManagerMatches, type ManagerSide } from './manager-matches.ts';
import { judgedMatchSteps } from './match-eligibility.ts';
import { MatchRelease } from './match-release.ts';
import type { MatchRepository } from './match-repository.ts';
import type { MatchSteps } from './match-steps.ts';
import { matchingNeed } from './matching-need.ts';
import { NeedMatches } from './need-matches.ts';
import type { Match } from './schemas.ts';
import { DEFAULT_ABSENCE_CUTOFF_HOURS, VolunteerMatches, type VolunteerSide } from './volunteer-matches.ts';

export type { CandidateList };
export { DEFAULT_ABSENCE_CUTOFF_HOURS, effectiveState, judgedMatchSteps, matchingNeed };

export interface MatchServiceDeps {
  needs: NeedRepository;
  matches: MatchRepository;
  candidates: CandidateRepository;
  safeguarding: SafeguardingRepository;
  profiles: ProfileRepository;
  staff: StaffRepository;
  /** Candidate lists, need views and managers' steps are recorded per volunteer. */
  audit: AuditRecorder;
  constraints: ConstraintContext;
  invitationTtlHours: number;
  /** Hours before a date's start after which a volunteer can no longer declare an absence (ABSENCE_CUTOFF_HOURS). */
  absenceCutoffHours?: number;
  /** Months safeguarding facts are kept after the last activity (§72a(5) SGB VIII). */
  safeguardingRetentionMonths?: number;
  /** Days after a date's end in which its no-show can be marked or undone (NO_SHOW_WINDOW_DAYS, 7). */
  noShowWindowDays?: number;
  /** Automatic cover invites nobody for a date closer than this to its start (COVER_CUTOFF_HOURS). */
  coverCutoffHours?: number;
}

/**
 * All of matching and the match lifecycle in one: the local platform's and the tests' composition
 * of the parts a Lambda wires by use (manager-matches.ts, volunteer-matches.ts, need-matches.ts,
 * match-release.ts), all on the same steps (match-steps.ts).
 */
export class MatchService implements ManagerSide, VolunteerSide {
  private readonly manager: ManagerMatches;
  private readonly volunteer: VolunteerMatches;
  private readonly need: NeedMatches;
  private readonly released: MatchRelease;
  private readonly steps: MatchSteps;

  constructor(deps: MatchServiceDeps) {
    const steps = judgedMatchSteps(deps);
    this.steps = steps;
    this.manager = new ManagerMatches({ ...deps, steps });
    this.volunteer = new VolunteerMatches({ ...deps, steps });
    this.need = new NeedMatches({ steps, matches: deps.matches });
    this.released = new MatchRelease({ steps, matches: deps.matches });
  }

  candidates(
    caller: Caller,
    needId: string,
    via: Via,
    now: Date,
    options: { withoutCheck?: boolean; date?: string | undefined } = {},
  ): Promise<CandidateList> {
    return this.manager.candidates(caller, needId, via, now, options);
  }

  profileFit(profile: VolunteerProfile, need: Need, now: Date): Violation[] {
    return this.volunteer.profileFit(profile, need, now);
  }

  invite(caller: Caller, needId: string, volunteerIds: string[], via: Via, now: Date, date?: string): Promise<Match[]> {
    return this.manager.invite(caller, needId, volunteerIds, via, now, date);
  }

  inviteEach(
    caller: Caller,
    needId: string,
    volunteerIds: string[],
    via: Via,
    now: Date,
    date?: string,
  ): Promise<{ invited: Match[]; failed: { volunteerId: string; error: DomainError }[] }> {
    return this.manager.inviteEach(caller, needId, volunteerIds, via, now, date);
  }

  topProposals(caller: Caller, needId: string, count: number, via: Via, now: Date, date?: string): Promise<string[]> {
    return this.manager.topProposals(caller, needId, count, via, now, date);
  }

  releaseAll(caller: Caller, now: Date): Promise<void> {
    return this.released.releaseAll(caller, now);
  }

  cancelOpenMatches(caller: Caller, needId: string, now: Date, reason?: string): Promise<void> {
    return this.need.cancelOpenMatches(caller, needId, now, reason);
  }

  closeWhenFull(needId: string, now: Date): Promise<number> {
    return this.need.closeWhenFull(needId, now);
  }

  volunteerStep(
    caller: Caller,
    needId: string,
    action: 'offer' | 'accept' | 'decline' | 'withdraw',
    now: Date,
    date?: string,
  ): Promise<Match> {
    return this.volunteer.volunteerStep(caller, needId, action, now, date);
  }

  declareAbsence(caller: Caller, needId: string, date: string, now: Date): Promise<Match> {
    return this.volunteer.declareAbsence(caller, needId, date, now);
  }

  get absenceCutoffHours(): number {
    return this.volunteer.absenceCutoffHours;
  }

  managerStep(...args: Parameters<ManagerMatches['managerStep']>): Promise<Match> {
    return this.manager.managerStep(...args);
  }

  myHours(caller: Caller, now: Date): Promise<{ ledger: Ledger; month: MonthHours }> {
    return this.volunteer.myHours(caller, now);
  }

  hasCoverCommitments(needId: string, now: Date): Promise<boolean> {
    return this.need.hasCoverCommitments(needId, now);
  }

  involvement(caller: Caller, needId: string, now: Date): Promise<{ need: Need; matches: { status: string }[] }> {
    return this.manager.involvement(caller, needId, now);
  }

  needView(caller: Caller, needId: string, via: Via, now: Date) {
    return this.manager.needView(caller, needId, via, now);
  }

  volunteerNeed(caller: Caller, needId: string, now: Date): Promise<{ need: Need; matches: Match[] }> {
    return this.volunteer.volunteerNeed(caller, needId, now);
  }

  myMatches(caller: Caller, now: Date): Promise<Match[]> {
    return this.volunteer.myMatches(caller, now);
  }

  myMatchesAndNeeds(caller: Caller, now: Date): Promise<{ match: Match; need: Need | undefined }[]> {
    return this.volunteer.myMatchesAndNeeds(caller, now);
  }

  closeWhenDateFull(needId: string, date: string, now: Date): Promise<number> {
    return this.steps.closeWhenDateFull(needId, date, now);
  }

  coverSweep(needId: string, now: Date): Promise<number> {
    return this.manager.coverSweep(needId, now);
  }
}
