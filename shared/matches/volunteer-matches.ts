import { type Caller, hasRole } from '../auth/caller.ts';
import { afterLostRace } from '../db/lost-race.ts';
import { ForbiddenError, NotFoundError, VersionConflictError } from '../errors/index.ts';
import { type ConstraintContext, profileViolations } from '../matching/constraints.ts';
import { hoursThisMonth, type MonthHours } from '../matching/done-hours.ts';
import { occurrences } from '../matching/occurrences.ts';
import { judgedScope } from '../matching/scope.ts';
import type { Violation } from '../matching/types.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { Need } from '../needs/schemas.ts';
import { berlinDate } from '../time/calendar.ts';
import { matchingProfile } from '../volunteers/profile-keys.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';
import { planAbsence } from './absence-planner.ts';
import { absenceError } from './absence-refusal.ts';
import type { Ledger } from './ledger.ts';
import { effectiveState } from './lifecycle.ts';
import { type MatchRepository, StepConflictError } from './match-repository.ts';
import { closePending, MAX_ATTEMPTS, type MatchSteps } from './match-steps.ts';
import { matchingNeed } from './matching-need.ts';
import type { Match } from './schemas.ts';
import { volunteerMaySee } from './volunteer-need-access.ts';

/** When ABSENCE_CUTOFF_HOURS is not set. */
export const DEFAULT_ABSENCE_CUTOFF_HOURS = 24;

export interface VolunteerMatchesDeps {
  steps: MatchSteps;
  needs: NeedRepository;
  matches: MatchRepository;
  profiles: ProfileRepository;
  constraints: ConstraintContext;
  /** Hours before a date's start after which a volunteer can no longer declare an absence (ABSENCE_CUTOFF_HOURS). */
  absenceCutoffHours?: number | undefined;
}

/** The volunteer side's operations, as a type the full MatchService also satisfies. */
export type VolunteerSide = Pick<VolunteerMatches, keyof VolunteerMatches>;

/**
 * The volunteer's side of matching: their own matches, needs, hours and steps (offer, accept,
 * decline, withdraw, absences). No candidate lists, invitations or automatic cover.
 */
export class VolunteerMatches {
  constructor(private readonly deps: VolunteerMatchesDeps) {}

  private get steps() {
    return this.deps.steps;
  }

  /**
   * What in a volunteer's own profile keeps them from a need (skills, languages, times, quarter,
   * pause, consent), for their dashboard; empty when the profile fits. Pure: the ledger and the
   * safeguarding check are judged when they offer.
   */
  profileFit(profile: VolunteerProfile, need: Need, now: Date): Violation[] {
    const scope = judgedScope(matchingNeed(need), berlinDate(now));
    return profileViolations(matchingProfile(profile), scope.need, scope.occurrences, this.deps.constraints);
  }

  /** A volunteer offers help, accepts or declines an invitation, or withdraws. */
  async volunteerStep(
    caller: Caller,
    needId: string,
    action: 'offer' | 'accept' | 'decline' | 'withdraw',
    now: Date,
    date?: string,
  ): Promise<Match> {
    if (!hasRole(caller, 'volunteer')) throw new ForbiddenError('Only volunteers answer for themselves');
    return this.steps.move(caller, 'volunteer', needId, caller.userId, action, now, { date });
  }

  /**
   * A volunteer says they cannot come on one date of a series they accepted, up to the cutoff
   * before its start. One transaction (match, ledger, the need's roster, the date's reminder,
   * history); a lost race (another absence, an accept, a withdrawal) is read again and decided
   * again. Declaring the same date again answers with the match as it is.
   */
  async declareAbsence(caller: Caller, needId: string, date: string, now: Date): Promise<Match> {
    if (!hasRole(caller, 'volunteer')) throw new ForbiddenError('Only volunteers answer for themselves');
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const need = await this.deps.needs.get(needId);
      if (!need) throw new NotFoundError('Need');
      const [match, ledger] = await Promise.all([
        this.deps.matches.get(needId, caller.userId),
        this.deps.matches.ledger(caller.userId),
      ]);
      if (!match) throw absenceError('not_accepted', 'none');
      const plan = planAbsence({
        match,
        need,
        date,
        now,
        cutoffHours: this.absenceCutoffHours,
        actor: caller.userId,
        ledger,
      });
      if (plan.kind === 'already') return match;
      if (plan.kind === 'refused') throw absenceError(plan.reason, plan.current, need.status);
      try {
        await this.deps.matches.apply(plan.step);
      } catch (error) {
        if (!(error instanceof StepConflictError)) throw error;
        await afterLostRace(attempt);
        continue;
      }
      return plan.step.next;
    }
    throw new VersionConflictError('Match', undefined);
  }

  /** Hours before a date's start after which an absence can no longer be declared. */
  get absenceCutoffHours(): number {
    return this.deps.absenceCutoffHours ?? DEFAULT_ABSENCE_CUTOFF_HOURS;
  }

  /**
   * A need as a volunteer sees it, with their own matches with it (the series match and any cover
   * matches, in their effective states): only a need they have a match with, or an open need of one
   * of their quarters. Any other answers 404 (never 403), so an id confirms nothing.
   */
  async volunteerNeed(caller: Caller, needId: string, now: Date): Promise<{ need: Need; matches: Match[] }> {
    const [need, all, profile] = await Promise.all([
      this.deps.needs.get(needId),
      this.deps.matches.listForVolunteer(caller.userId),
      this.deps.profiles.get(caller.userId),
    ]);
    const mine = all.filter((match) => match.needId === needId);
    if (!need || !volunteerMaySee({ need, quarters: profile?.quarters, involved: mine.length > 0 }))
      throw new NotFoundError('Need');
    for (const match of mine)
      if (closePending(match, now, need)) await this.steps.closeLazily(() => this.steps.closeOne(match, now), needId);
    return {
      need,
      matches: mine.map((match) => ({ ...match, status: effectiveState(match, now, need) as Match['status'] })),
    };
  }

  /** The volunteer's matches; open invitations and offers are judged against their needs (closed once full). */
  async myMatches(caller: Caller, now: Date): Promise<Match[]> {
    return (await this.myMatchesWith(caller, now, ['invited', 'offered'])).map((entry) => entry.match);
  }

  /**
   * The volunteer's matches, each with its need where the volunteer may still take a step
   * (invited, offered, accepted): what their dashboard asks the planner about.
   */
  async myMatchesAndNeeds(caller: Caller, now: Date): Promise<{ match: Match; need: Need | undefined }[]> {
    return this.myMatchesWith(caller, now, ['invited', 'offered', 'accepted']);
  }

  /** Needs are read for matches in `withNeed` states, commitments only while their last date is ahead. */
  private async myMatchesWith(caller: Caller, now: Date, withNeed: readonly string[]) {
    const matches = await this.deps.matches.listForVolunteer(caller.userId);
    const today = berlinDate(now);
    const wanted = matches.filter(
      (match) =>
        withNeed.includes(match.status) &&
        (match.status !== 'accepted' || (match.date ?? occurrences(match.schedule).at(-1)?.date ?? today) >= today),
    );
    const needs: Map<string, Need> =
      wanted.length > 0 ? await this.deps.needs.getMany(wanted.map((match) => match.needId)) : new Map();
    const result: { match: Match; need: Need | undefined }[] = [];
    for (const match of matches) {
      const need = needs.get(match.needId);
      if (closePending(match, now, need))
        await this.steps.closeLazily(() => this.steps.closeOne(match, now), match.needId);
      result.push({ match: { ...match, status: effectiveState(match, now, need) as Match['status'] }, need });
    }
    return result;
  }

  /**
   * The volunteer's hours in the current month against their cap: done so far (dates whose time
   * has ended, not marked as no-show) and counted for the cap (done and still booked).
   */
  async myHours(caller: Caller, now: Date): Promise<{ ledger: Ledger; month: MonthHours }> {
    const ledger = await this.deps.matches.ledger(caller.userId);
    return { ledger, month: hoursThisMonth(ledger.commitments, now) };
  }
}
