import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import type { Caller } from '../auth/caller.ts';
import { assertManages } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { candidateQuery } from '../candidates/candidate-keys.ts';
import type { CandidateRepository, ReadCost } from '../candidates/candidate-repository.ts';
import { liveIndexedChecks } from '../candidates/indexed-checks.ts';
import { DomainError, NotFoundError, ServiceUnavailableError, ValidationError } from '../errors/index.ts';
import { logger } from '../logging/logger.ts';
import { type ConstraintContext, ownHoursViolations, profileViolations } from '../matching/constraints.ts';
import { rankCandidates } from '../matching/engine.ts';
import { judgedScope, type MatchingOptions } from '../matching/scope.ts';
import type { Candidate, Exclusion, MatchingResult } from '../matching/types.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { Need } from '../needs/schemas.ts';
import type { SafeguardingRepository } from '../safeguarding/safeguarding-repository.ts';
import { berlinDate } from '../time/calendar.ts';
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
import { assertDateAhead, coverStates, declaredAbsentees, rosterMatches, rosterOn, seriesStates } from './cover.ts';
import { bestToInvite } from './invite-top.ts';
import { effectiveState, SYSTEM_ACTOR } from './lifecycle.ts';
import type { MatchRepository } from './match-repository.ts';
import { closePending, type MatchSteps, StaleWaitingList } from './match-steps.ts';
import { matchingNeed } from './matching-need.ts';
import type { Match } from './schemas.ts';
import { onDate, WHOLE_NEED } from './step-decision.ts';

export interface ManagerMatchesDeps {
  steps: MatchSteps;
  needs: NeedRepository;
  matches: MatchRepository;
  candidates: CandidateRepository;
  safeguarding: SafeguardingRepository;
  staff: StaffRepository;
  /** Candidate lists, need views and managers' steps are recorded per volunteer. */
  audit: AuditRecorder;
  constraints: ConstraintContext;
  /** Automatic cover invites nobody for a date closer than this to its start (COVER_CUTOFF_HOURS). */
  coverCutoffHours?: number | undefined;
}

/** Who the history names for the waiting list's invitations; it reads candidates as the system. */
const SYSTEM_CALLER: Caller = { userId: SYSTEM_ACTOR, roles: [] };
const SWEEP_VIA: Via = { method: 'SYSTEM', route: 'cover-sweep' };
/** How often a sweep decides again after another step moved the roster under it. */
const MAX_SWEEP_ROUNDS = 5;

export interface CandidateList extends MatchingResult {
  /** What the call read: the figures the matching benchmark and the manager page show. */
  cost: ReadCost & { candidatesRead: number };
  /** Volunteers who already have a match for this need, by state. */
  existing: Record<string, string>;
}

/** The manager side's operations, as a type the full MatchService also satisfies. */
export type ManagerSide = Pick<ManagerMatches, keyof ManagerMatches>;

/**
 * The managers' side of matching: candidates with reasons, invitations, their steps on a need's
 * matches, the need's view, and automatic cover's sweep. No volunteer's own steps.
 */
export class ManagerMatches {
  constructor(private readonly deps: ManagerMatchesDeps) {}

  private get steps() {
    return this.deps.steps;
  }

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
        invited.push(await this.steps.move(caller, 'manager', needId, volunteerId, 'invite', now, { date }));
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
    return this.steps.move(caller, 'manager', needId, volunteerId, action, now, {
      reason: action === 'cancel' ? options.reason : undefined,
      date: coverDate,
      ...(options.date !== undefined && { dates: onDate(options.date) }),
      dateField: options.dateField,
    });
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
      await this.steps.closeLazily(() => this.steps.closeWhenFull(needId, now), needId);
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
            await this.steps.move(SYSTEM_CALLER, 'manager', needId, volunteerId, 'invite', now, {
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
