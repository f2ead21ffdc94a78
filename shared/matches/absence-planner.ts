/**
 * A volunteer says they cannot come on one date of a series they accepted (DESIGN.md, "Series and
 * cover"): whether that is allowed now, and the records it changes. Pure ("now" passed in); the
 * repository writes the step as one transaction like any other match step.
 */
import { occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { reminderToRemove } from '../notifications/due-planner.ts';
import { berlinInstant } from '../time/berlin-instant.ts';
import { berlinDate } from '../time/calendar.ts';
import { type Ledger, withCommitment } from './ledger.ts';
import { effectiveState, type MatchState } from './lifecycle.ts';
import type { Step } from './match-repository.ts';
import { comingDates } from './roster.ts';
import type { Match, MatchEvent } from './schemas.ts';

/** The history action of a declared absence (the match stays accepted). */
export const ABSENT_ACTION = 'absent';

/** Why an absence is refused; stable codes (see absenceError in match-service.ts). */
export type AbsenceRefusal =
  /** No accepted commitment to this need (none, or invited, withdrawn, …). */
  | 'not_accepted'
  /** The date is not one the volunteer comes to (not a date of the need, absent already for another reason, or a cover match's other date). */
  | 'not_a_coming_date'
  /** Less than the cutoff before the date's start, or the date has begun. */
  | 'too_late'
  /** The need is no longer open or filled (closed, cancelled). */
  | 'need_not_active';

export interface AbsenceSituation {
  match: Pick<Match, 'status' | 'date' | 'dates' | 'absences'> & Partial<Pick<Match, 'inviteExpiresAt'>>;
  need: Pick<Need, 'status' | 'schedule'>;
  date: string;
  now: Date;
  /** Hours before a date's start after which an absence can no longer be declared (ABSENCE_CUTOFF_HOURS). */
  cutoffHours: number;
}

export type AbsenceDecision =
  | { kind: 'allowed' }
  /** Declared for this date already: a retried request, nothing to write. */
  | { kind: 'already' }
  | { kind: 'refused'; reason: AbsenceRefusal; current: MatchState };

/** The last instant an absence for `date` can be declared (undefined: not a date of the need). */
export function absenceDeadline(need: Pick<Need, 'schedule'>, date: string, cutoffHours: number): Date | undefined {
  const occurrence = occurrences(need.schedule).find((entry) => entry.date === date);
  if (!occurrence) return undefined;
  return new Date(berlinInstant(occurrence.date, occurrence.start).getTime() - cutoffHours * 3_600_000);
}

/**
 * Whether the volunteer may say now that they cannot come on `date`. Checked in this order: the
 * commitment (accepted), then the date (one they come to), then the time (before the cutoff),
 * then the need (open or filled). A date declared absent before is `already`, whatever the time.
 */
export function decideAbsence(situation: AbsenceSituation): AbsenceDecision {
  const { match, need, date, now } = situation;
  const current = effectiveState(match, now);
  if (current !== 'accepted') return { kind: 'refused', reason: 'not_accepted', current };
  if ((match.absences ?? []).some((absence) => absence.date === date && absence.kind === 'declared'))
    return { kind: 'already' };
  if (!comingDates(match, need.schedule).includes(date))
    return { kind: 'refused', reason: 'not_a_coming_date', current };
  const deadline = absenceDeadline(need, date, situation.cutoffHours);
  if (!deadline || now.getTime() >= deadline.getTime()) return { kind: 'refused', reason: 'too_late', current };
  if (need.status !== 'open' && need.status !== 'filled')
    return { kind: 'refused', reason: 'need_not_active', current };
  return { kind: 'allowed' };
}

export interface AbsenceFacts extends Omit<AbsenceSituation, 'match' | 'need'> {
  match: Match;
  need: Need;
  /** Who declares it (named in the history): the volunteer. */
  actor: string;
  /** The volunteer's ledger as read: the date leaves the commitment. */
  ledger: Ledger;
}

export type AbsencePlan =
  | { kind: 'already' }
  | { kind: 'refused'; reason: AbsenceRefusal; current: MatchState }
  | { kind: 'write'; step: Step };

/**
 * Plans a declared absence: the match gains `{date, kind: 'declared', at}` (conditioned on its
 * version), the ledger's commitment loses that date (its hours no longer count), the need's
 * roster is pinned and counted up (who comes that date changed), the date's reminder is deleted,
 * and the history records `absent` with the date.
 */
export function planAbsence(facts: AbsenceFacts): AbsencePlan {
  const decision = decideAbsence(facts);
  if (decision.kind !== 'allowed') return decision;
  const { match, need, date, now } = facts;
  const at = now.toISOString();
  const next: Match = {
    ...match,
    absences: [...(match.absences ?? []), { date, kind: 'declared', at }],
    version: match.version + 1,
    updatedAt: at,
  };
  const event: MatchEvent = {
    needId: need.needId,
    volunteerId: match.volunteerId,
    action: ABSENT_ACTION,
    from: 'accepted',
    to: 'accepted',
    by: facts.actor,
    at,
    date,
  };
  const step: Step = {
    need,
    needMustBeOpen: false,
    needMustBeActive: true,
    rosterPin: need.rosterVersion ?? 0,
    match,
    next,
    event,
    ledger: { previous: facts.ledger, next: withCommitment(facts.ledger, next, 'accepted', berlinDate(now)) },
    notices: { put: [], remove: reminderToRemove({ ...match, schedule: need.schedule }, date) },
  };
  return { kind: 'write', step };
}
