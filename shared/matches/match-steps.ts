import type { Caller, Role } from '../auth/caller.ts';
import { afterLostRace } from '../db/lost-race.ts';
import { InvalidTransitionError, NotFoundError, VersionConflictError } from '../errors/index.ts';
import { logger } from '../logging/logger.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { Need } from '../needs/schemas.ts';
import { SAFEGUARDING_RETENTION_MONTHS } from '../safeguarding/safeguarding-service.ts';
import { coverFacts, rosterMatches } from './cover.ts';
import type { Ledger } from './ledger.ts';
import { effectiveState, type MatchState } from './lifecycle.ts';
import type { EligibilityJudge } from './match-eligibility.ts';
import { type MatchRepository, StepConflictError } from './match-repository.ts';
import type { Match, MatchAction } from './schemas.ts';
import { type CoverFacts, decideStep, onDate, type StepDates, WHOLE_NEED } from './step-decision.ts';
import { planClose, planStep } from './step-planner.ts';
import { refusalError } from './step-refusal.ts';

export interface MatchStepsDeps {
  needs: NeedRepository;
  matches: MatchRepository;
  /**
   * Judges the volunteer for inviting, offering and accepting. Compositions that only end matches
   * (releasing a volunteer's, cancelling a need's) wire none, and so bundle no matching rules.
   */
  eligibility?: EligibilityJudge | undefined;
  invitationTtlHours: number;
  /** Months safeguarding facts are kept after the last activity (§72a(5) SGB VIII). */
  safeguardingRetentionMonths?: number | undefined;
  /** Days after a date's end in which its no-show can be marked or undone (NO_SHOW_WINDOW_DAYS, 7). */
  noShowWindowDays?: number | undefined;
}

/** Options of one step: a cancel's reason; the date of a cover match; the waiting list's expectations. */
export interface MoveOptions {
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
export class StaleWaitingList extends Error {}

/** Cover steps that ask for or take a place of the date: judged on its roster. */
const TAKES_A_PLACE: readonly MatchAction[] = ['invite', 'offer', 'accept'];

/** Stored as invited or offered, but closed because the need filled: the close is still to be written. */
export const closePending = (match: Match, now: Date, need: Need | undefined) =>
  match.status !== 'closed' && effectiveState(match, now, need) === 'closed';

export const MAX_ATTEMPTS = 8;

/**
 * The match lifecycle's steps and closes: the one place every transition is decided (by the
 * planner, on what was just read) and written (as one conditional transaction). Volunteers' and
 * managers' operations, releasing and cancelling all go through it; a lost race is re-read and
 * re-decided, so a need is never over-filled and a volunteer never double-booked.
 */
export class MatchSteps {
  constructor(private readonly deps: MatchStepsDeps) {}

  /**
   * One step, decided by the planner on what was just read (the need, then — for cover — the
   * need's matches, consistently, for the date's roster) and written as one conditional
   * transaction; a lost race is read and decided again.
   */
  async move(
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
          ? await this.judge(need, volunteerId, ledger, now, date)
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
        safeguardingRetentionMonths: this.deps.safeguardingRetentionMonths ?? SAFEGUARDING_RETENTION_MONTHS,
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

  /** Ends what is still open; a match that has meanwhile ended (closed, expired) needs nothing more. */
  async release(step: () => Promise<Match>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof InvalidTransitionError)) throw error;
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

  /** Writes one close; false when the match moved meanwhile (its own step, or another close, won). */
  async closeOne(match: Match, now: Date, reason?: 'date_full'): Promise<boolean> {
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
  async closeLazily(work: () => Promise<unknown>, needId: string): Promise<void> {
    try {
      await work();
    } catch (error) {
      logger.warn('closing invitations of a filled need deferred', {
        needId,
        error: error instanceof Error ? error.name : String(error),
      });
    }
  }

  /** Whether the need's roster changed since `need` was read (a step that took or freed a place since). */
  private async rosterMoved(need: Need): Promise<boolean> {
    const now = await this.deps.needs.get(need.needId);
    return (now?.rosterVersion ?? 0) !== (need.rosterVersion ?? 0) || now?.version !== need.version;
  }

  /** The date's roster as a cover step reads it: the need's matches read consistently after the need. */
  private async coverFactsOf(need: Need, volunteerId: string, date: string, now: Date): Promise<CoverFacts> {
    const matches = await this.deps.matches.matchesOf(need.needId, { consistent: true });
    return coverFacts(need, rosterMatches(matches, now, need), volunteerId, date);
  }

  private async judge(need: Need, volunteerId: string, ledger: Ledger, now: Date, date?: string) {
    // Only inviting, offering and accepting are judged (step-decision's needMustBeOpen/Active).
    if (!this.deps.eligibility) throw new Error('Match steps: no eligibility judge wired for this step');
    return this.deps.eligibility.judge(need, volunteerId, ledger, now, date);
  }
}
