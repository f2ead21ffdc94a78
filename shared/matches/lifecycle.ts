import type { Role } from '../auth/caller.ts';
import type { MatchAction, MatchStatus } from './schemas.ts';
import { MATCH_STATUSES } from './statuses.ts';

/** Who the history names for steps nobody took by hand (closing invitations when a need fills). */
export const SYSTEM_ACTOR = 'system';

/** No match yet between the volunteer and the need. */
export type MatchState = MatchStatus | 'none';

/** Every state, no match first. */
export const MATCH_STATES: readonly MatchState[] = ['none', ...MATCH_STATUSES];

interface Rule {
  from: MatchState[];
  to: MatchStatus;
  /** Who may take this step from each state. */
  by: Role;
}

/**
 * The match lifecycle. Managers invite and volunteers offer; the other side accepts or
 * declines; accepted volunteers may withdraw (the place reopens); after a date the manager may
 * mark it a no-show (or undo that), after the last one record the whole as completed; cancelling
 * the need cancels what is still open.
 */
export const TRANSITIONS: Record<MatchAction, Rule[]> = {
  invite: [{ from: ['none', 'declined', 'withdrawn', 'expired', 'cancelled', 'closed'], to: 'invited', by: 'manager' }],
  offer: [{ from: ['none', 'declined', 'withdrawn', 'expired', 'closed'], to: 'offered', by: 'volunteer' }],
  accept: [
    { from: ['invited'], to: 'accepted', by: 'volunteer' },
    { from: ['offered'], to: 'accepted', by: 'manager' },
  ],
  decline: [
    { from: ['invited'], to: 'declined', by: 'volunteer' },
    { from: ['offered'], to: 'declined', by: 'manager' },
  ],
  withdraw: [{ from: ['accepted', 'offered'], to: 'withdrawn', by: 'volunteer' }],
  complete: [{ from: ['accepted'], to: 'completed', by: 'manager' }],
  // Attendance is per date: the match stays accepted, the date is marked (see attendance.ts).
  // `no_show` as a state is what matches recorded before that.
  no_show: [{ from: ['accepted'], to: 'accepted', by: 'manager' }],
  came: [{ from: ['accepted'], to: 'accepted', by: 'manager' }],
  cancel: [{ from: ['invited', 'offered', 'accepted'], to: 'cancelled', by: 'manager' }],
};

/**
 * When a need fills, the invitations and offers still open are closed: nobody is left waiting on
 * an answer that can no longer be yes. A closed one stays closed when a place reopens later; a
 * manager may invite again, a volunteer offer again.
 */
export const CLOSED_WHEN_FULL: readonly MatchState[] = ['invited', 'offered'];

/**
 * Whether a match is closed because its need filled after it was invited or offered. Pure and
 * exact whether or not the close was written yet: the need counts its fills (`fillRound`), and an
 * invitation or offer remembers the round it was made in.
 */
export function closedByFill(
  match: { status: string; fillRound?: number | undefined; date?: string | undefined },
  need: { fillRound?: number | undefined },
): boolean {
  // Cover is asked for one date of a series that may well be full: the series' fills close nothing of it.
  if (match.date !== undefined) return false;
  return CLOSED_WHEN_FULL.includes(match.status as MatchState) && (match.fillRound ?? 0) < (need.fillRound ?? 0);
}

/**
 * An invitation past its expiry counts as expired, whether or not DynamoDB's TTL removed it yet;
 * given its need, an invitation or offer made before the need last filled counts as closed,
 * whether or not the close was written yet.
 */
export function effectiveState(
  match:
    | {
        status: string;
        inviteExpiresAt?: string | undefined;
        fillRound?: number | undefined;
        date?: string | undefined;
      }
    | undefined,
  now: Date,
  need?: { fillRound?: number | undefined } | undefined,
): MatchState {
  if (!match) return 'none';
  if (match.status === 'invited' && match.inviteExpiresAt !== undefined && match.inviteExpiresAt <= now.toISOString())
    return 'expired';
  if (need && closedByFill(match, need)) return 'closed';
  return match.status as MatchState;
}

export type TransitionOutcome =
  | { kind: 'move'; from: MatchState; to: MatchStatus }
  /** The match is already where this action leads: a retried request, nothing to do. */
  | { kind: 'already'; to: MatchStatus }
  | { kind: 'invalid'; current: MatchState };

/**
 * Where `action` by someone acting as `role` takes a match in state `current`. Pure: the
 * repository makes the move conditional on `current`, so concurrent steps cannot both win.
 */
export function transition(current: MatchState, action: MatchAction, role: Role): TransitionOutcome {
  for (const rule of TRANSITIONS[action]) {
    if (rule.by !== role) continue;
    if (rule.from.includes(current)) return { kind: 'move', from: current, to: rule.to };
    if (current === rule.to) return { kind: 'already', to: rule.to };
  }
  return { kind: 'invalid', current };
}

/** Whether a step changes how many places are taken. */
export function placeDelta(from: MatchState, to: MatchStatus): -1 | 0 | 1 {
  if (to === 'accepted' && from !== 'accepted') return 1;
  // Completed and no-show change nothing: the date has passed, the place stays counted.
  if (from === 'accepted' && (to === 'withdrawn' || to === 'cancelled')) return -1;
  return 0;
}
