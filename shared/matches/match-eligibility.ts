import { NotFoundError } from '../errors/index.ts';
import { availabilitySplit } from '../matching/availability.ts';
import { type ConstraintContext, violations } from '../matching/constraints.ts';
import { judgedScope } from '../matching/scope.ts';
import type { Candidate } from '../matching/types.ts';
import type { Need } from '../needs/schemas.ts';
import type { SafeguardingRepository } from '../safeguarding/safeguarding-repository.ts';
import { berlinDate } from '../time/calendar.ts';
import { matchingProfile } from '../volunteers/profile-keys.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { Ledger } from './ledger.ts';
import { MatchSteps, type MatchStepsDeps } from './match-steps.ts';
import { matchingNeed } from './matching-need.ts';

export interface EligibilityDeps {
  profiles: ProfileRepository;
  safeguarding: SafeguardingRepository;
  constraints: ConstraintContext;
}

/**
 * Judges a volunteer for a step that asks for or takes a place (invite, offer, accept): the only
 * steps that read their profile and check. Ending a match (decline, withdraw, cancel) needs none.
 */
export class EligibilityJudge {
  constructor(private readonly deps: EligibilityDeps) {}

  /**
   * What the planner needs to judge eligibility: the profile, the check, what fails, and the
   * remaining dates (at this step) the volunteer's availability does not cover: their absences.
   * Cover is judged on its date alone, and only the commitment to that date is set aside (the
   * volunteer's commitment to the series still counts: it overlaps the date they would come to twice).
   */
  async judge(need: Need, volunteerId: string, ledger: Ledger, now: Date, date?: string) {
    const profile = await this.deps.profiles.get(volunteerId);
    if (!profile) throw new NotFoundError('VolunteerProfile');
    const safeguarding = need.involvesMinors ? await this.deps.safeguarding.get(volunteerId, now) : undefined;
    const candidate: Candidate = {
      profile: matchingProfile(profile),
      // A commitment to this very need is what is being changed: it does not count against it.
      commitments: ledger.commitments.filter((commitment) =>
        date === undefined
          ? commitment.needId !== need.needId
          : !(commitment.needId === need.needId && commitment.date === date),
      ),
      safeguarding,
    };
    const scope = judgedScope(matchingNeed(need), berlinDate(now), { date });
    const found = violations(candidate, scope.need, scope.occurrences, this.deps.constraints);
    const absences = date === undefined ? availabilitySplit(candidate.profile, scope.occurrences).absent : [];
    return { violations: found, profile, safeguarding, absences };
  }
}

/**
 * The match steps with a judge of eligibility: what every composition that invites, offers or
 * accepts builds (the full service, and a function's manager or volunteer side alone).
 */
export function judgedMatchSteps(deps: EligibilityDeps & Omit<MatchStepsDeps, 'eligibility'>): MatchSteps {
  return new MatchSteps({
    needs: deps.needs,
    matches: deps.matches,
    eligibility: new EligibilityJudge(deps),
    invitationTtlHours: deps.invitationTtlHours,
    safeguardingRetentionMonths: deps.safeguardingRetentionMonths,
    noShowWindowDays: deps.noShowWindowDays,
  });
}
