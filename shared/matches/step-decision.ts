/**
 * Whether a match step is allowed now, and if not, why. Pure ("now" passed in), and cheap: it
 * needs only the match's state, the need's status and dates, so pages ask it for every button
 * they offer and the service asks it before it reads anything more.
 */
import type { Role } from '../auth/caller.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { berlinInstant } from '../time/berlin-instant.ts';
import { berlinDate } from '../time/calendar.ts';
import { decideAttendance, isAttendanceAction } from './attendance.ts';
import { effectiveState, type MatchState, transition } from './lifecycle.ts';
import type { Match, MatchAction, MatchStatus } from './schemas.ts';

/**
 * The dates of the need a step concerns: the whole need (a series match, a one-off need), or one
 * occurrence of it (a cover match, an absence, a no-show), judged by the same date rules.
 */
export type StepDates = { kind: 'series' } | { kind: 'occurrence'; date: string };
export const WHOLE_NEED: StepDates = { kind: 'series' };
export const onDate = (date: string): StepDates => ({ kind: 'occurrence', date });

/** What a decision reads of a match: its stored state (a page may pass an effective state as `status`). */
export type MatchFacts = Pick<Match, 'status'> &
  Partial<Pick<Match, 'inviteExpiresAt' | 'fillRound' | 'noShows' | 'date'>>;
/** A match known only by its (effective) state, as pages list them; none for `none`. */
export const inState = (state: string | undefined): MatchFacts | undefined =>
  !state || state === 'none' ? undefined : { status: state as MatchStatus };

/** What a decision reads of a need. */
export type NeedFacts = Pick<Need, 'status' | 'schedule' | 'acceptedCount' | 'places'> &
  Partial<Pick<Need, 'fillRound'>>;

/**
 * What cover steps read of the date's roster (roster.ts), as the service read it: the places still
 * open on the date, and whether the volunteer comes that date as a member of the series. Pages may
 * leave it out (they offer the button; the service, which always gives it, decides).
 */
export interface CoverFacts {
  open: number;
  comesInSeries: boolean;
  /** A member of the series who said they cannot come that date: not asked to cover it. */
  declaredAbsent?: boolean;
}

export interface StepSituation {
  action: MatchAction;
  /** The role the caller acts in (a manager inviting, a volunteer answering). */
  role: Role;
  match: MatchFacts | undefined;
  need: NeedFacts;
  dates: StepDates;
  now: Date;
  /** Days after a date's end in which its no-show can be marked or undone (NO_SHOW_WINDOW_DAYS). */
  noShowWindowDays?: number | undefined;
  /** Cover steps (inviting, offering, accepting on one date): the date's roster. */
  cover?: CoverFacts | undefined;
}

/** Why a step is refused; stable codes that map to the errors of today (see step-refusal.ts). */
export type StepRefusal =
  /** Not a step from this state for this role. */
  | 'invalid_transition'
  /** The invitation or offer was closed when the need filled. */
  | 'invitation_closed'
  /** Completed is recorded after the last date only, a no-show after the end of its date. */
  | 'not_yet_past'
  /** A date's no-show can be marked or undone only within the configured days after it. */
  | 'no_show_window_over'
  /** A step on one date of a series needs the date. */
  | 'date_required'
  /** The date named is not one of the need's dates. */
  | 'not_an_occurrence'
  /** The volunteer is not committed to the date named (judged by the planner on the ledger). */
  | 'not_committed'
  /** A commitment can no longer be withdrawn once its last date has started. */
  | 'already_started'
  | 'need_full'
  | 'need_not_open'
  /** The invitation item had expired when the step was written (a race with its expiry). */
  | 'invitation_expired'
  /** A hard constraint fails (judged by the planner from the facts the service read). */
  | 'not_eligible'
  /** Cover: the date in the path is not one of the need's dates (404: no such cover date). */
  | 'unknown_date'
  /** Cover: the date has started or passed. */
  | 'date_passed'
  /** Cover: every place of the date is taken. */
  | 'date_full'
  /** Cover: the volunteer comes that date already, as a member of the series. */
  | 'already_coming'
  /** Cover: the volunteer, a member of the series, said they cannot come that date. */
  | 'declared_absent';

export type StepDecision =
  | {
      kind: 'allowed';
      from: MatchState;
      to: MatchStatus;
      needMustBeOpen: boolean;
      /** Cover: the need open or filled (a full series may have a gap on one date). */
      needMustBeActive?: boolean;
    }
  /** The match is already where the action leads: a retried request, nothing to write. */
  | { kind: 'already'; to: MatchStatus }
  | { kind: 'refused'; reason: StepRefusal; current: MatchState };

/** Steps that take or promise a place: the need must be open. */
const NEEDS_OPEN: readonly MatchAction[] = ['invite', 'offer', 'accept'];

/** The concerned occurrences with their start instants. */
function concernedStarts(need: Pick<NeedFacts, 'schedule'>, dates: StepDates): { date: string; start: number }[] {
  return occurrences(need.schedule)
    .filter((o) => dates.kind === 'series' || o.date === dates.date)
    .map((o) => ({ date: o.date, start: berlinInstant(o.date, o.start).getTime() }));
}

/** The start of the first concerned date still ahead of `now`, if any. */
export function nextStart(need: Pick<NeedFacts, 'schedule'>, dates: StepDates, now: Date): Date | undefined {
  const ahead = concernedStarts(need, dates).find((date) => date.start > now.getTime());
  return ahead ? new Date(ahead.start) : undefined;
}

/**
 * Whether `action` by `role` is allowed now. The order of the checks is the order of the errors
 * the API has always given: the state first, then the dates, then the need's status.
 */
export function decideStep(situation: StepSituation): StepDecision {
  const { action, role, match, need, dates, now } = situation;
  const current = effectiveState(match, now, need);
  const outcome = transition(current, action, role);
  if (outcome.kind === 'already') return outcome;
  if (outcome.kind === 'invalid')
    return { kind: 'refused', reason: current === 'closed' ? 'invitation_closed' : 'invalid_transition', current };
  if (isAttendanceAction(action)) return decideAttendance(action, situation, current);
  const starts = concernedStarts(need, dates);
  if (action === 'complete') {
    const last = starts.at(-1)?.date ?? berlinDate(now);
    if (last >= berlinDate(now)) return { kind: 'refused', reason: 'not_yet_past', current };
  }
  if (action === 'withdraw' && current === 'accepted') {
    const lastStart = starts.at(-1)?.start;
    if (lastStart !== undefined && lastStart <= now.getTime())
      return { kind: 'refused', reason: 'already_started', current };
  }
  if (dates.kind === 'occurrence' && NEEDS_OPEN.includes(action)) return decideCover(situation, current, outcome.to);
  const needMustBeOpen = NEEDS_OPEN.includes(action);
  if (needMustBeOpen && need.status !== 'open')
    return { kind: 'refused', reason: need.status === 'filled' ? 'need_full' : 'need_not_open', current };
  return { kind: 'allowed', from: current, to: outcome.to, needMustBeOpen };
}

/**
 * Inviting, offering or accepting cover for one date: the date is one of the need's and still
 * ahead, the need is open or filled, the volunteer does not come that date already (series), and
 * the date has a place open.
 */
function decideCover(situation: StepSituation, current: MatchState, to: MatchStatus): StepDecision {
  const { need, dates, now, cover } = situation;
  // A one-off need has one date: its place is the need's own, asked for by a series invitation.
  const start = need.schedule.kind === 'weekly' ? concernedStarts(need, dates)[0] : undefined;
  if (!start) return { kind: 'refused', reason: 'unknown_date', current };
  if (start.start <= now.getTime()) return { kind: 'refused', reason: 'date_passed', current };
  if (need.status !== 'open' && need.status !== 'filled') return { kind: 'refused', reason: 'need_not_open', current };
  if (cover?.comesInSeries) return { kind: 'refused', reason: 'already_coming', current };
  if (cover?.declaredAbsent) return { kind: 'refused', reason: 'declared_absent', current };
  if (cover && cover.open <= 0) return { kind: 'refused', reason: 'date_full', current };
  return { kind: 'allowed', from: current, to, needMustBeOpen: false, needMustBeActive: true };
}

/** Whether the step would be allowed: what a page asks before it offers a button. */
export const allows = (situation: StepSituation): boolean => decideStep(situation).kind === 'allowed';
