/**
 * The records one match step changes, decided apart from storage: the next match, the need's
 * count, status and fill round, the invitation item, the ledger, the scheduled notices and the
 * history event. Pure ("now" passed in); the repository persists exactly what it is given.
 */
import type { Role } from '../auth/caller.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { Violation } from '../matching/types.ts';
import type { Need } from '../needs/schemas.ts';
import { matchStepNotices } from '../notifications/due-planner.ts';
import { deletionDate } from '../safeguarding/safeguarding-service.ts';
import type { SafeguardingCheck } from '../safeguarding/schemas.ts';
import { berlinDate } from '../time/calendar.ts';
import { acceptedDates } from './accept-dates.ts';
import { concernedDate, isAttendanceAction, withNoShowDate } from './attendance.ts';
import { onDateSchedule } from './cover.ts';
import { type Ledger, withCommitment, withNoShow, withoutDatesAhead } from './ledger.ts';
import { type MatchState, placeDelta, SYSTEM_ACTOR } from './lifecycle.ts';
import type { NeedChange, Step } from './match-repository.ts';
import type { RosterMatch } from './roster.ts';
import type { Match, MatchAction, MatchEvent, MatchStatus } from './schemas.ts';
import { type CoverFacts, decideStep, nextStart, type StepDates, type StepRefusal } from './step-decision.ts';

export interface StepFacts {
  action: MatchAction;
  role: Role;
  /** Who takes the step (named in the history). */
  actor: string;
  need: Need;
  volunteerId: string;
  match: Match | undefined;
  dates: StepDates;
  now: Date;
  /** The volunteer's ledger as read; needed when the step makes, changes or ends a commitment. */
  ledger: Ledger;
  /** For steps that need the need open: what the volunteer's profile, ledger and check say. */
  eligibility?: {
    violations: Violation[];
    profile: { firstName: string; languages: Match['languages'] };
    safeguarding: SafeguardingCheck | undefined;
    /** The remaining dates the volunteer's availability does not cover: absent when accepting. */
    absences?: string[] | undefined;
  };
  /**
   * Accepting a series: the need's matches (effective states) read after the need, so the roster
   * pin covers them; dates every place of which others already take are absences (`taken`).
   */
  needMatches?: readonly RosterMatch[] | undefined;
  invitationTtlHours: number;
  /** Days after a date's end in which its no-show can be marked or undone (NO_SHOW_WINDOW_DAYS). */
  noShowWindowDays?: number | undefined;
  /** Months safeguarding facts are kept after the last activity (§72a(5) SGB VIII). */
  safeguardingRetentionMonths: number;
  /** A cancel's reason, kept on its event. */
  reason?: string | undefined;
  /** Cover steps: the date's roster as read (see step-decision.ts). */
  cover?: CoverFacts | undefined;
  /**
   * Pin the need's roster version even where the step changes no place (automatic cover's series
   * invitations): two sweeps decided from one roster cannot both invite.
   */
  pinRoster?: boolean;
}

export type StepPlan =
  | { kind: 'already'; to: MatchStatus }
  | { kind: 'refused'; reason: StepRefusal; current: MatchState; violations?: Violation[] }
  /**
   * `fills`: this step takes the need's last place (the invitations still open are then closed);
   * `fillsDate`: a cover step takes the last place of its date (the cover invitations for it are closed).
   */
  | { kind: 'write'; step: Step; fills: boolean; fillsDate?: string };

/**
 * How the need's count, status and fill round change with a step's place delta: full when every
 * place is taken, open again when a place of a full need frees up; filling starts a new round.
 */
export function needChange(need: Need, delta: -1 | 0 | 1): NeedChange | undefined {
  if (delta === 0) return undefined;
  const acceptedCount = need.acceptedCount + delta;
  const status = acceptedCount >= need.places ? 'filled' : need.status === 'filled' ? 'open' : need.status;
  const fills = status === 'filled' && need.status !== 'filled';
  return { acceptedCount, status, ...(fills && { fillRound: (need.fillRound ?? 0) + 1 }) };
}

/**
 * When an invitation must be answered: after the configured time, but never after the start of
 * the need's next date (an invitation made a day before the date expires at its start).
 */
export function invitationExpiry(need: Pick<Need, 'schedule'>, dates: StepDates, now: Date, ttlHours: number): Date {
  const ttl = new Date(now.getTime() + ttlHours * 3_600_000);
  const start = nextStart(need, dates, now);
  return start && start < ttl ? start : ttl;
}

/** Plans one step: refused (with why), already done, or the records to write. */
export function planStep(facts: StepFacts): StepPlan {
  const { need, match, now, action, role, dates } = facts;
  const decision = decideStep({
    action,
    role,
    match,
    need,
    dates,
    now,
    noShowWindowDays: facts.noShowWindowDays,
    cover: facts.cover,
  });
  if (decision.kind !== 'allowed') return decision;
  if (isAttendanceAction(action)) {
    // One date's attendance: the match keeps its state; the date must be one the ledger commits to.
    const date = concernedDate(need.schedule, dates) as string;
    const ledger = withNoShow(facts.ledger, need.needId, date, action === 'no_show');
    if (!ledger || !match) return { kind: 'refused', reason: 'not_committed', current: decision.from };
    return { kind: 'write', step: attendanceStep(facts, match, date, ledger), fills: false };
  }
  const { from, to, needMustBeOpen } = decision;
  const needMustBeActive = decision.needMustBeActive === true;
  // A cover match: the one a step on an existing match concerns, or a new one for a date.
  const coverDate = match ? match.date : dates.kind === 'occurrence' ? dates.date : undefined;
  const eligibility = facts.eligibility;
  if ((needMustBeOpen || needMustBeActive) && eligibility && eligibility.violations.length > 0)
    return { kind: 'refused', reason: 'not_eligible', current: from, violations: eligibility.violations };
  const today = berlinDate(now);
  const nowIso = now.toISOString();
  const profile = eligibility?.profile;
  const inviteExpires = to === 'invited' ? invitationExpiry(need, dates, now, facts.invitationTtlHours) : undefined;
  const base = match ?? {
    needId: need.needId,
    volunteerId: facts.volunteerId,
    ...(coverDate !== undefined && { date: coverDate }),
    firstName: profile?.firstName ?? '',
    languages: profile?.languages ?? [],
    needTitle: need.title,
    quarterId: need.quarterId,
    venueId: need.venueId,
    schedule: need.schedule,
    version: 0,
    createdAt: nowIso,
  };
  const next = {
    ...base,
    ...(profile && { firstName: profile.firstName, languages: profile.languages }),
    ...(to === 'accepted' &&
      from !== 'accepted' &&
      acceptedDates(need, facts.volunteerId, {
        now,
        unavailable: eligibility?.absences,
        others: facts.needMatches,
      })),
    status: to,
    inviteExpiresAt: inviteExpires?.toISOString(),
    // Made in this round of the need: closed if the need fills before it is answered (not cover).
    ...((to === 'invited' || to === 'offered') && coverDate === undefined && { fillRound: need.fillRound ?? 0 }),
    version: base.version + 1,
    updatedAt: nowIso,
  } as Match;
  // A series none of whose remaining dates the volunteer could come to is no commitment.
  if (to === 'accepted' && from !== 'accepted' && next.dates?.length === 0) {
    const absent = (next.absences ?? []).map((a) => a.date);
    const violations: Violation[] = [
      { code: 'not_available', dates: absent.slice(0, 3), coming: 0, required: 1, total: absent.length },
    ];
    return { kind: 'refused', reason: 'not_eligible', current: from, violations };
  }
  const event: MatchEvent = {
    needId: need.needId,
    volunteerId: facts.volunteerId,
    action,
    from,
    to,
    by: facts.actor,
    at: nowIso,
    ...(coverDate !== undefined && { date: coverDate }),
    ...(facts.reason ? { reason: facts.reason } : {}),
  };
  const ledger = facts.ledger;
  const nextLedger =
    to === 'accepted' || to === 'completed'
      ? withCommitment(ledger, next, to, today)
      : from === 'accepted'
        ? withoutDatesAhead(ledger, need.needId, now, next.date)
        : undefined;
  const keepSafeguardingUntil = keepFacts(facts, to, coverDate);
  const delta = placeDelta(from, to);
  // A cover takes or frees a place of its date only: the series' count and status stay.
  const change = coverDate === undefined ? needChange(need, delta) : undefined;
  // Taking or freeing a place changes who comes on a date; asking cover changes who is asked for it.
  const pin = delta !== 0 || (coverDate !== undefined && to === 'invited') || facts.pinRoster === true;
  const schedule = coverDate === undefined ? need.schedule : onDateSchedule(need.schedule, coverDate);
  const step: Step = {
    need,
    ...(change && { needChange: change }),
    ...(pin && { rosterPin: need.rosterVersion ?? 0 }),
    needMustBeOpen,
    ...(needMustBeActive && { needMustBeActive }),
    match,
    next,
    event,
    notices: matchStepNotices({ before: from, after: to, schedule, previous: match, next }, now),
    ...(nextLedger && { ledger: { previous: ledger, next: nextLedger } }),
    ...(keepSafeguardingUntil !== undefined && { keepSafeguardingUntil }),
    ...invitationChange(from, to, inviteExpires, now),
  };
  const fillsDate = coverDate !== undefined && delta === 1 && facts.cover?.open === 1 ? coverDate : undefined;
  return { kind: 'write', step, fills: change?.fillRound !== undefined, ...(fillsDate && { fillsDate }) };
}

/** Marks one date of an accepted match as no-show, or undoes that: the match, the ledger and the history. */
function attendanceStep(facts: StepFacts, match: Match, date: string, ledger: Ledger): Step {
  const at = facts.now.toISOString();
  const noShows = withNoShowDate(match.noShows, date, facts.action === 'no_show');
  const { noShows: _, ...rest } = match;
  const next: Match = {
    ...rest,
    ...(noShows.length > 0 && { noShows }),
    version: match.version + 1,
    updatedAt: at,
  };
  const event: MatchEvent = {
    needId: match.needId,
    volunteerId: match.volunteerId,
    action: facts.action,
    from: match.status,
    to: next.status,
    by: facts.actor,
    at,
    date,
  };
  return {
    need: facts.need,
    needMustBeOpen: false,
    match,
    next,
    event,
    ledger: { previous: facts.ledger, next: ledger },
  };
}

/** The invitation item: put with its expiry, required unexpired to accept, removed otherwise when answered. */
function invitationChange(
  from: MatchState,
  to: MatchStatus,
  expires: Date | undefined,
  now: Date,
): Pick<Step, 'invitation'> {
  if (to === 'invited' && expires) return { invitation: { put: { expiresAt: Math.floor(expires.getTime() / 1000) } } };
  if (from === 'invited' && to === 'accepted')
    return { invitation: { require: { nowSeconds: Math.floor(now.getTime() / 1000) } } };
  if (from === 'invited') return { invitation: { remove: true } };
  return {};
}

/**
 * Accepting work with minors is activity: the safeguarding facts are kept until `retention`
 * months after the need's last date (never shortened).
 */
function keepFacts(facts: StepFacts, to: MatchStatus, coverDate: string | undefined): number | undefined {
  const check = facts.eligibility?.safeguarding;
  if (to !== 'accepted' || !facts.need.involvesMinors || !check) return undefined;
  const lastDate = coverDate ?? occurrences(facts.need.schedule).at(-1)?.date ?? berlinDate(facts.now);
  const until = deletionDate(check.inspectedOn, lastDate, facts.safeguardingRetentionMonths);
  return Math.max(check.expiresAt, Math.floor(Date.parse(`${until}T23:59:59Z`) / 1000));
}

/** The close of an invitation or offer the need's last fill left open (`close`, reason `need_full`). */
export function planClose(
  match: Match,
  now: Date,
  reason: 'need_full' | 'date_full' = 'need_full',
): Pick<Step, 'next' | 'event' | 'notices'> {
  const at = now.toISOString();
  const next: Match = { ...match, status: 'closed', version: match.version + 1, updatedAt: at };
  delete next.inviteExpiresAt;
  const event: MatchEvent = {
    needId: match.needId,
    volunteerId: match.volunteerId,
    action: 'close',
    from: match.status,
    to: 'closed',
    by: SYSTEM_ACTOR,
    at,
    ...(match.date !== undefined && { date: match.date }),
    reason,
  };
  const schedule = match.date === undefined ? match.schedule : onDateSchedule(match.schedule, match.date);
  const notices = matchStepNotices({ before: match.status, after: 'closed', schedule, previous: match, next }, now);
  return { next, event, notices };
}
