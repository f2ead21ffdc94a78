import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import { type Caller, hasRole, type Role } from '../auth/caller.ts';
import { assertManages } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { candidateQuery } from '../candidates/candidate-keys.ts';
import type { CandidateRepository, ReadCost } from '../candidates/candidate-repository.ts';
import { liveIndexedChecks } from '../candidates/indexed-checks.ts';
import { afterLostRace } from '../db/lost-race.ts';
import {
  DomainError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  ServiceUnavailableError,
  ValidationError,
  VersionConflictError,
} from '../errors/index.ts';
import { logger } from '../logging/logger.ts';
import { availabilitySplit } from '../matching/availability.ts';
import { type ConstraintContext, ownHoursViolations, profileViolations, violations } from '../matching/constraints.ts';
import { hoursThisMonth, type MonthHours } from '../matching/done-hours.ts';
import { rankCandidates } from '../matching/engine.ts';
import { occurrences } from '../matching/occurrences.ts';
import { judgedScope, type MatchingOptions } from '../matching/scope.ts';
import type { Candidate, Exclusion, MatchingNeed, MatchingResult, Violation } from '../matching/types.ts';
import { minShareOf } from '../needs/min-share.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { Need } from '../needs/schemas.ts';
import type { SafeguardingRepository } from '../safeguarding/safeguarding-repository.ts';
import { berlinDate } from '../time/calendar.ts';
import { matchingProfile } from '../volunteers/profile-keys.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';
import { planAbsence } from './absence-planner.ts';
import { absenceError } from './absence-refusal.ts';
import { isAttendanceAction } from './attendance.ts';
import {
  askable,
  autoCoverOn,
  dateGaps,
  planAutoCover,
  reservedForSeries,
  seriesPicks,
  seriesRefill,
} from './auto-cover.ts';
import {
  assertDateAhead,
  coverFacts,
  coverStates,
  declaredAbsentees,
  rosterMatches,
  rosterOn,
  seriesStates,
} from './cover.ts';
import { bestToInvite } from './invite-top.ts';
import type { Ledger } from './ledger.ts';
import { effectiveState, type MatchState, SYSTEM_ACTOR } from './lifecycle.ts';
import { type MatchRepository, StepConflictError } from './match-repository.ts';
import type { Match, MatchAction } from './schemas.ts';
import { type CoverFacts, decideStep, onDate, type StepDates, WHOLE_NEED } from './step-decision.ts';
import { planClose, planStep } from './step-planner.ts';
import { refusalError } from './step-refusal.ts';
import { volunteerMaySee } from './volunteer-need-access.ts';

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

/** When ABSENCE_CUTOFF_HOURS is not set. */
export const DEFAULT_ABSENCE_CUTOFF_HOURS = 24;

/** Options of one step: a cancel's reason; the date of a cover match; the waiting list's expectations. */
interface MoveOptions {
  reason?: string | undefined;
  /** A cover match: the one date of the series (the match's key). */
  date?: string | undefined;
  /** The date the step concerns, if not the match's own (a no-show on one date of a series). */
  dates?: StepDates | undefined;
  /** The date's field in a 400 (`query.date` on the API). */
  dateField?: string | undefined;
  /**
   * The sweep: the need's roster version its decision was made from (the write pins it), and the
   * states it may ask from; anything else means the decision is stale ({@link StaleWaitingList}).
   */
  waitingList?: { rosterVersion: number; from: (state: MatchState) => boolean };
}

/** The waiting list's decision was made from a roster that has moved since: decide again. */
class StaleWaitingList extends Error {}

/** Who the history names for the waiting list's invitations; it reads candidates as the system. */
const SYSTEM_CALLER: Caller = { userId: SYSTEM_ACTOR, roles: [] };
const SWEEP_VIA: Via = { method: 'SYSTEM', route: 'cover-sweep' };
/** Cover steps that ask for or take a place of the date: judged on its roster. */
const TAKES_A_PLACE: readonly MatchAction[] = ['invite', 'offer', 'accept'];
/** How often a sweep decides again after another step moved the roster under it. */
const MAX_SWEEP_ROUNDS = 5;

export interface CandidateList extends MatchingResult {
  /** What the call read: the figures the matching benchmark and the manager page show. */
  cost: ReadCost & { candidatesRead: number };
  /** Volunteers who already have a match for this need, by state. */
  existing: Record<string, string>;
}

export function matchingNeed(need: Need): MatchingNeed {
  const { needId, quarterId, venueId, schedule, requiredSkills, niceToHaveSkills, languages, involvesMinors } = need;
  return {
    needId,
    quarterId,
    venueId,
    schedule,
    requiredSkills,
    niceToHaveSkills,
    languages,
    involvesMinors,
    minSharePercent: minShareOf(need),
  };
}

export { effectiveState };

/** Stored as invited or offered, but closed because the need filled: the close is still to be written. */
const closePending = (match: Match, now: Date, need: Need | undefined) =>
  match.status !== 'closed' && effectiveState(match, now, need) === 'closed';

const MAX_ATTEMPTS = 8;

/**
 * Matching and the match lifecycle: candidates with reasons, invitations, answers, and the
 * record after the date. Every step is a conditional transaction; a lost race is re-read and
 * re-decided, so a need is never over-filled and a volunteer never double-booked.
 */
export class MatchService {
  constructor(private readonly deps: MatchServiceDeps) {}

  private async needFor(caller: Caller, needId: string, asManager: boolean): Promise<Need> {
    const need = await this.deps.needs.get(needId);
    if (!need) throw new NotFoundError('Need');
    if (asManager) await assertManages(this.deps.staff, caller, need.quarterId);
    return need;
  }

  /**
   * The ranked candidates of a need with their explanations, and the excluded ones with
   * every reason. Reads the candidate index (quarter, weekday, time, a required skill and, for
   * work with minors, a check that can count), then ledgers and safeguarding facts only of those
   * whose profile fits. Volunteers the index does not return (another skill, another time,
   * paused) are not listed: they cannot be eligible. With `withoutCheck`, a need with minors
   * also lists (as excluded) those who lack only a valid safeguarding check — a wider read.
   *
   * With `date` (cover), the candidates for that one occurrence of the need alone (same hard
   * constraints, judged on that date, at a share of 100 %), read from the same index partitions;
   * a date that is not a remaining occurrence of the need is a 400 (`date`).
   */
  async candidates(
    caller: Caller,
    needId: string,
    via: Via,
    now: Date,
    options: { withoutCheck?: boolean; date?: string | undefined } = {},
  ): Promise<CandidateList> {
    const need = await this.needFor(caller, needId, true);
    if (options.date !== undefined) assertDateAhead(need, options.date, now);
    return this.candidatesOf(caller, need, via, now, options);
  }

  private async candidatesOf(
    caller: Caller,
    need: Need,
    via: Via,
    now: Date,
    options: { withoutCheck?: boolean } & MatchingOptions,
  ): Promise<CandidateList> {
    const { needId } = need;
    const { date } = options;
    const matchingNeed_ = matchingNeed(need);
    // `candidates` made sure a date is one of the need's still ahead (assertDateAhead).
    const scope = judgedScope(matchingNeed_, berlinDate(now), options);
    // The index is keyed by weekday and time, which every date of the need shares: the share and a
    // single date are judged after the read.
    const read = await this.deps.candidates.read(candidateQuery(scope.need, scope.occurrences, options));
    const excluded: Exclusion[] = [];
    // Ledgers are read only for those whose profile fits and whose cap holds the need's own hours.
    const fitting = read.profiles.filter((profile) => {
      const found = profileViolations(profile, scope.need, scope.occurrences, this.deps.constraints);
      if (found.length === 0) found.push(...ownHoursViolations(profile, scope.occurrences));
      if (found.length > 0)
        excluded.push({ volunteerId: profile.volunteerId, firstName: profile.firstName, violations: found });
      return found.length === 0;
    });
    const ids = fitting.map((profile) => profile.volunteerId);
    // Pool M items carry the check they were projected from: a need with minors reads no checks.
    const checksRead = need.involvesMinors && options.withoutCheck;
    const [ledgers, checks, matches] = await Promise.all([
      this.deps.matches.ledgers(ids),
      checksRead ? this.deps.safeguarding.getMany(ids, now) : undefined,
      this.deps.matches.matchesOf(needId),
    ]);
    const liveChecks = checks?.checks ?? liveIndexedChecks(read.checks, now);
    const candidates: Candidate[] = fitting.map((profile) => ({
      profile,
      // A commitment to this very need (cover: to this date) does not count against it (as when accepting).
      commitments: (ledgers.ledgers.get(profile.volunteerId)?.commitments ?? []).filter((c) =>
        date === undefined ? c.needId !== needId : !(c.needId === needId && c.date === date),
      ),
      safeguarding: need.involvesMinors ? liveChecks.get(profile.volunteerId) : undefined,
    }));
    const ranked = rankCandidates(matchingNeed_, candidates, this.deps.constraints, now, options);
    if (date !== undefined) {
      // Cover does not ask a member of the series who said they cannot come that date.
      const absent = declaredAbsentees(rosterOn(need, rosterMatches(matches, now, need), date));
      ranked.proposals = ranked.proposals.filter((proposal) => !absent.has(proposal.volunteerId));
    }
    const cost = {
      itemsRead: read.itemsRead + ledgers.itemsRead + (checks?.itemsRead ?? 0),
      capacityUnits: read.capacityUnits + ledgers.capacityUnits + (checks?.capacityUnits ?? 0),
      candidatesRead: read.profiles.length,
    };
    logger.info('matching', { needId, ...cost, eligible: ranked.proposals.length });
    const existing = date === undefined ? seriesStates(matches, now, need) : coverStates(matches, now, need, date);
    const allExcluded = [...excluded, ...ranked.excluded].sort((a, b) => a.volunteerId.localeCompare(b.volunteerId));
    const listed = [...ranked.proposals, ...allExcluded].map((entry) => entry.volunteerId);
    await this.deps.audit.record(caller, 'candidates.read', listed, via, now);
    return { proposals: ranked.proposals, excluded: allExcluded, cost, existing };
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

  /** Managers invite proposed volunteers; each must still satisfy every hard constraint. */
  async invite(
    caller: Caller,
    needId: string,
    volunteerIds: string[],
    via: Via,
    now: Date,
    date?: string,
  ): Promise<Match[]> {
    const { invited, failed } = await this.inviteEach(caller, needId, volunteerIds, via, now, date);
    if (failed[0]) throw failed[0].error;
    return invited;
  }

  /**
   * Invites each volunteer on its own: one who cannot be invited does not stop the others. The
   * audit entries come first (inviting reads each profile and writes a match with their name).
   * With `date`, each is asked to cover that one date of the series.
   */
  async inviteEach(
    caller: Caller,
    needId: string,
    volunteerIds: string[],
    via: Via,
    now: Date,
    date?: string,
  ): Promise<{ invited: Match[]; failed: { volunteerId: string; error: DomainError }[] }> {
    const need = await this.needFor(caller, needId, true);
    if (date !== undefined) assertDateAhead(need, date, now);
    await this.deps.audit.record(caller, 'match.invite', volunteerIds, via, now);
    const invited: Match[] = [];
    const failed: { volunteerId: string; error: DomainError }[] = [];
    for (const volunteerId of volunteerIds) {
      try {
        invited.push(await this.move(caller, 'manager', needId, volunteerId, 'invite', now, { date }));
      } catch (error) {
        // Unavailable storage is no reason about this volunteer: stop at once (503) rather than wait
        // out the timeouts once per volunteer; a retry invites the rest, the invited ones are kept.
        if (!(error instanceof DomainError) || error instanceof ServiceUnavailableError) throw error;
        failed.push({ volunteerId, error });
      }
    }
    return { invited, failed };
  }

  /**
   * The best N proposals "invite the best N" asks (see invite-top.ts): the same rule for the API
   * and the need page.
   */
  async topProposals(
    caller: Caller,
    needId: string,
    count: number,
    via: Via,
    now: Date,
    date?: string,
  ): Promise<string[]> {
    const need = await this.needFor(caller, needId, true);
    if (date !== undefined) assertDateAhead(need, date, now);
    const list = await this.candidatesOf(caller, need, via, now, { date });
    return bestToInvite(list, need, count, now, date === undefined ? WHOLE_NEED : onDate(date));
  }

  /**
   * For a volunteer who withdraws consent: invitations are declined, offers and commitments
   * withdrawn, and every match of theirs keeps no name or languages.
   */
  async releaseAll(caller: Caller, now: Date): Promise<void> {
    for (const match of await this.deps.matches.listForVolunteer(caller.userId)) {
      const state = effectiveState(match, now);
      const action =
        state === 'invited' ? 'decline' : state === 'offered' || state === 'accepted' ? 'withdraw' : undefined;
      if (action)
        await this.release(() =>
          this.move(caller, 'volunteer', match.needId, caller.userId, action, now, { date: match.date }),
        );
      await this.deps.matches.erasePersonalData(match.needId, caller.userId, match.date);
    }
  }

  /** Ends what is still open; a match that has meanwhile ended (closed, expired) needs nothing more. */
  private async release(step: () => Promise<Match>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof InvalidTransitionError)) throw error;
    }
  }

  /**
   * When a need is cancelled, every open invitation, offer and commitment is cancelled with it;
   * each cancel's event carries the manager's reason (the volunteer is told it).
   */
  async cancelOpenMatches(caller: Caller, needId: string, now: Date, reason?: string): Promise<void> {
    const { need, matches } = await this.deps.matches.needPartition(needId);
    for (const match of matches) {
      const state = effectiveState(match, now, need);
      if (state === 'invited' || state === 'offered' || state === 'accepted') {
        await this.release(() =>
          this.move(caller, 'manager', needId, match.volunteerId, 'cancel', now, { reason, date: match.date }),
        );
      }
    }
  }

  /**
   * Closes every invitation and offer the need's last fill left open, each with its history entry
   * (`close`, reason `need_full`): what the volunteer sees on their dashboard. Idempotent, and each
   * close is conditional on the match's version, so a concurrent answer is never overwritten. Runs
   * right after a fill and again whenever the need's matches are read, so a fill whose request
   * died before closing is completed by the next read; until then reads already show "closed".
   * Returns how many it closed.
   */
  async closeWhenFull(needId: string, now: Date): Promise<number> {
    const [need, matches] = await Promise.all([
      this.deps.needs.get(needId),
      this.deps.matches.matchesOf(needId, { consistent: true }),
    ]);
    let closed = 0;
    for (const match of matches) {
      if (closePending(match, now, need) && (await this.closeOne(match, now))) closed++;
    }
    return closed;
  }

  /** Writes one close; false when the match moved meanwhile (its own step, or another close, won). */
  private async closeOne(match: Match, now: Date, reason?: 'date_full'): Promise<boolean> {
    const { next, event, notices } = planClose(match, now, reason);
    try {
      await this.deps.matches.close(match, next, event, notices);
      return true;
    } catch (error) {
      if (error instanceof StepConflictError) return false;
      throw error;
    }
  }

  /** A close that a read finds still to do; a failure leaves it to the next read, the read still answers. */
  private async closeLazily(work: () => Promise<unknown>, needId: string): Promise<void> {
    try {
      await work();
    } catch (error) {
      logger.warn('closing invitations of a filled need deferred', {
        needId,
        error: error instanceof Error ? error.name : String(error),
      });
    }
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
    return this.move(caller, 'volunteer', needId, caller.userId, action, now, { date });
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

  /** Whether the need's roster changed since `need` was read (a step that took or freed a place since). */
  private async rosterMoved(need: Need): Promise<boolean> {
    const now = await this.deps.needs.get(need.needId);
    return (now?.rosterVersion ?? 0) !== (need.rosterVersion ?? 0) || now?.version !== need.version;
  }

  /** Hours before a date's start after which an absence can no longer be declared. */
  get absenceCutoffHours(): number {
    return this.deps.absenceCutoffHours ?? DEFAULT_ABSENCE_CUTOFF_HOURS;
  }

  /**
   * A manager confirms or declines an offer, records completed, marks one date as no-show or undoes
   * that (`came`; a one-off need's date needs no naming), or cancels (with an optional reason, kept
   * on the cancel's event). `dateField` names the date's field in errors (`query.date` on the API).
   */
  async managerStep(
    caller: Caller,
    needId: string,
    volunteerId: string,
    action: 'accept' | 'decline' | 'complete' | 'no_show' | 'came' | 'cancel',
    via: Via,
    now: Date,
    options: {
      reason?: string | undefined;
      /** A no-show (or its undoing) on one date of a series. */
      date?: string | undefined;
      dateField?: string;
      /** A cover match: its date. */
      coverDate?: string | undefined;
    } = {},
  ): Promise<Match> {
    await this.needFor(caller, needId, true);
    if (options.date !== undefined && !isAttendanceAction(action)) {
      // Only a date's attendance names a date; `complete` must not judge one date as the last.
      const path = options.dateField ?? 'date';
      throw new ValidationError([{ path, code: 'not_allowed', message: 'Only no_show and came take a date' }]);
    }
    await this.deps.audit.record(caller, 'match.update', [volunteerId], via, now);
    // A date's attendance belongs to the cover match of that date if the volunteer came as cover.
    const coverDate =
      options.coverDate ??
      (options.date !== undefined && (await this.deps.matches.get(needId, volunteerId, options.date))
        ? options.date
        : undefined);
    return this.move(caller, 'manager', needId, volunteerId, action, now, {
      reason: action === 'cancel' ? options.reason : undefined,
      date: coverDate,
      ...(options.date !== undefined && { dates: onDate(options.date) }),
      dateField: options.dateField,
    });
  }

  /**
   * The volunteer's hours in the current month against their cap: done so far (dates whose time
   * has ended, not marked as no-show) and counted for the cap (done and still booked).
   */
  async myHours(caller: Caller, now: Date): Promise<{ ledger: Ledger; month: MonthHours }> {
    const ledger = await this.deps.matches.ledger(caller.userId);
    return { ledger, month: hoursThisMonth(ledger.commitments, now) };
  }

  /** Whether anyone is accepted as cover for a date of the need (what its count of series places leaves out). */
  async hasCoverCommitments(needId: string, now: Date): Promise<boolean> {
    const matches = await this.deps.matches.matchesOf(needId, { consistent: true });
    return matches.some((match) => match.date !== undefined && effectiveState(match, now) === 'accepted');
  }

  /**
   * The need and the effective state of each of its matches, for its managers, to count who is
   * involved (e.g. before cancelling): no names are shown, so no audit entry is written.
   */
  async involvement(caller: Caller, needId: string, now: Date): Promise<{ need: Need; matches: { status: string }[] }> {
    const need = await this.needFor(caller, needId, true);
    const matches = await this.deps.matches.matchesOf(needId, { consistent: true });
    return { need, matches: matches.map((match) => ({ ...match, status: effectiveState(match, now, need) })) };
  }

  /** The need with all its matches (effective states) and its history, for its managers; audited per volunteer. */
  async needView(caller: Caller, needId: string, via: Via, now: Date) {
    await this.needFor(caller, needId, true);
    let partition = await this.deps.matches.needPartition(needId);
    if (partition.matches.some((match) => closePending(match, now, partition.need))) {
      await this.closeLazily(() => this.closeWhenFull(needId, now), needId);
      partition = await this.deps.matches.needPartition(needId);
    }
    const { need } = partition;
    await this.deps.audit.record(
      caller,
      'match.read',
      partition.matches.map((match) => match.volunteerId),
      via,
      now,
    );
    return {
      ...partition,
      matches: partition.matches.map((match) => ({ ...match, status: effectiveState(match, now, need) })),
    };
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
      if (closePending(match, now, need)) await this.closeLazily(() => this.closeOne(match, now), needId);
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
      if (closePending(match, now, need)) await this.closeLazily(() => this.closeOne(match, now), match.needId);
      result.push({ match: { ...match, status: effectiveState(match, now, need) as Match['status'] }, need });
    }
    return result;
  }

  /**
   * What the planner needs to judge eligibility: the profile, the check, what fails, and the
   * remaining dates (at this step) the volunteer's availability does not cover: their absences.
   * Cover is judged on its date alone, and only the commitment to that date is set aside (the
   * volunteer's commitment to the series still counts: it overlaps the date they would come to twice).
   */
  private async eligibility(need: Need, volunteerId: string, ledger: Ledger, now: Date, date?: string) {
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

  /**
   * One step, decided by the planner on what was just read (the need, then — for cover — the
   * need's matches, consistently, for the date's roster) and written as one conditional
   * transaction; a lost race is read and decided again.
   */
  private async move(
    caller: Caller,
    role: Role,
    needId: string,
    volunteerId: string,
    action: MatchAction,
    now: Date,
    options: MoveOptions = {},
  ): Promise<Match> {
    const { date, reason, waitingList } = options;
    const dates: StepDates = options.dates ?? (date === undefined ? WHOLE_NEED : onDate(date));
    const noShowWindowDays = this.deps.noShowWindowDays;
    const refusal = (context: Parameters<typeof refusalError>[2]) => ({
      ...context,
      ...(options.dateField && { dateField: options.dateField }),
    });
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const need = await this.deps.needs.get(needId);
      if (!need) throw new NotFoundError('Need');
      if (waitingList && (need.rosterVersion ?? 0) !== waitingList.rosterVersion) throw new StaleWaitingList();
      const match = await this.deps.matches.get(needId, volunteerId, date);
      if (waitingList && !waitingList.from(effectiveState(match, now, need))) throw new StaleWaitingList();
      // Inviting, offering and accepting cover depend on the date's roster; the other steps do not.
      const cover =
        date !== undefined && TAKES_A_PLACE.includes(action)
          ? await this.coverFactsOf(need, volunteerId, date, now)
          : undefined;
      const decision = decideStep({ action, role, match, need, dates, now, noShowWindowDays, cover });
      if (match && closePending(match, now, need)) {
        // The need filled since this invitation or offer. An answer to it needs no write to be
        // refused (the close is written if it can be); inviting again first writes the close, so
        // the history tells it in order.
        if (decision.kind === 'allowed') {
          await this.closeOne(match, now);
          continue;
        }
        await this.closeLazily(() => this.closeOne(match, now), needId);
      }
      if (decision.kind === 'already' && match) {
        // A retried acceptance whose first try filled the need may have died before closing the rest.
        if (decision.to === 'accepted' && need.status === 'filled' && date === undefined)
          await this.closeLazily(() => this.closeWhenFull(needId, now), needId);
        return match;
      }
      if (decision.kind !== 'allowed') {
        const current = decision.kind === 'refused' ? decision.current : effectiveState(match, now, need);
        const why = decision.kind === 'refused' ? decision.reason : 'invalid_transition';
        throw refusalError(why, current, refusal({ needStatus: need.status }));
      }
      const ledger = await this.deps.matches.ledger(volunteerId);
      const eligibility =
        decision.needMustBeOpen || decision.needMustBeActive
          ? await this.eligibility(need, volunteerId, ledger, now, date)
          : undefined;
      // Accepting a series: who already comes on each date, read after the need (its roster pin covers it).
      const needMatches =
        action === 'accept' && date === undefined && need.schedule.kind === 'weekly'
          ? (await this.deps.matches.matchesOf(needId, { consistent: true })).map((other) => ({
              ...other,
              status: effectiveState(other, now, need) as Match['status'],
            }))
          : undefined;
      const plan = planStep({
        action,
        role,
        actor: caller.userId,
        need,
        volunteerId,
        match,
        dates,
        now,
        ledger,
        ...(eligibility && { eligibility }),
        needMatches,
        invitationTtlHours: this.deps.invitationTtlHours,
        noShowWindowDays,
        safeguardingRetentionMonths: this.deps.safeguardingRetentionMonths ?? 3,
        reason,
        cover,
        ...(waitingList && { pinRoster: true }),
      });
      if (plan.kind === 'already') return match as Match;
      // Dates judged taken from matches that moved after the need was read: read again, decide again.
      if (plan.kind === 'refused' && needMatches && (await this.rosterMoved(need))) continue;
      if (plan.kind === 'refused')
        throw refusalError(
          plan.reason,
          plan.current,
          refusal({ needStatus: need.status, violations: plan.violations }),
        );
      try {
        await this.deps.matches.apply(plan.step);
      } catch (error) {
        if (!(error instanceof StepConflictError)) throw error;
        if (error.part === 'invitation') throw refusalError('invitation_expired', decision.from);
        // The need, the match or the ledger moved: read again and decide again, after a jittered wait.
        await afterLostRace(attempt);
        continue;
      }
      if (plan.fills) {
        // This step filled the need. The answer stands even if closing fails: reads finish the close.
        await this.closeLazily(() => this.closeWhenFull(needId, now), needId);
      }
      if (plan.fillsDate)
        await this.closeLazily(() => this.closeWhenDateFull(needId, plan.fillsDate as string, now), needId);
      return plan.step.next;
    }
    throw new VersionConflictError('Match', undefined);
  }

  /** The date's roster as a cover step reads it: the need's matches read consistently after the need. */
  private async coverFactsOf(need: Need, volunteerId: string, date: string, now: Date): Promise<CoverFacts> {
    const matches = await this.deps.matches.matchesOf(need.needId, { consistent: true });
    return coverFacts(need, rosterMatches(matches, now, need), volunteerId, date);
  }

  /**
   * Closes the cover invitations and offers still open for a date whose last place was just taken
   * (`close`, reason `date_full`): nobody waits on an answer that can no longer be yes. Idempotent;
   * each close is conditional on the match's version.
   */
  async closeWhenDateFull(needId: string, date: string, now: Date): Promise<number> {
    const [need, matches] = await Promise.all([
      this.deps.needs.get(needId),
      this.deps.matches.matchesOf(needId, { consistent: true }),
    ]);
    if (!need || coverFacts(need, rosterMatches(matches, now, need), '', date).open > 0) return 0;
    let closed = 0;
    for (const match of matches) {
      const state = effectiveState(match, now, need);
      if (
        match.date === date &&
        (state === 'invited' || state === 'offered') &&
        (await this.closeOne(match, now, 'date_full'))
      )
        closed++;
    }
    return closed;
  }

  /**
   * Automatic cover (auto-cover.ts): sends the invitations the waiting list decides on, as the
   * system. Idempotent, and safe when sweeps run at once: each invitation pins the roster version
   * the decision was made from (and counts it up), and re-checks that its volunteer may still be
   * asked; a sweep that finds the roster moved decides again from a fresh read. Returns how many
   * it invited.
   */
  async coverSweep(needId: string, now: Date): Promise<number> {
    let invited = 0;
    for (let round = 0; round < MAX_SWEEP_ROUNDS; round++) {
      const need = await this.deps.needs.get(needId);
      if (!need || !autoCoverOn(need)) return invited;
      const matches = await this.deps.matches.matchesOf(needId, { consistent: true });
      const invitations = await this.waitingListDecision(need, matches, now);
      let rosterVersion = need.rosterVersion ?? 0;
      try {
        for (const { volunteerId, date } of invitations) {
          try {
            await this.move(SYSTEM_CALLER, 'manager', needId, volunteerId, 'invite', now, {
              date,
              waitingList: { rosterVersion, from: askable },
            });
            invited++;
            rosterVersion++;
          } catch (error) {
            // Someone the engine proposed but who cannot be invited now (no longer eligible, say):
            // the next sweep's decision goes past them only if the ranking does; log and go on.
            if (!(error instanceof DomainError) || error instanceof ServiceUnavailableError) throw error;
            logger.info('cover sweep: not invited', { needId, date, code: error.code });
          }
        }
        return invited;
      } catch (error) {
        if (!(error instanceof StaleWaitingList)) throw error;
      }
    }
    return invited;
  }

  /** The waiting list's decision, reading proposals only where it has places to ask for. */
  private async waitingListDecision(need: Need, matches: Match[], now: Date) {
    const cutoffHours = this.deps.coverCutoffHours ?? 12;
    const refill = seriesRefill(need, matches, now);
    const series = refill && refill.slots > 0 ? await this.rankedIds(need, now, undefined) : [];
    const reserved = reservedForSeries(refill, seriesPicks(need, matches, now, series).length);
    const dates: Record<string, string[]> = {};
    for (const gap of dateGaps(need, matches, now, cutoffHours, reserved))
      dates[gap.date] = await this.rankedIds(need, now, gap.date);
    return planAutoCover({ need, matches, now, cutoffHours, ranked: { series, dates } });
  }

  /** Proposals in ranking order (the series', or one date's), read and audited as the system. */
  private async rankedIds(need: Need, now: Date, date: string | undefined): Promise<string[]> {
    const list = await this.candidatesOf(SYSTEM_CALLER, need, SWEEP_VIA, now, { date });
    return list.proposals.map((proposal) => proposal.volunteerId);
  }
}
