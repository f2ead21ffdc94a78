import type { MatchState } from './lifecycle.ts';
import { allows, inState, type NeedFacts, type StepDates, WHOLE_NEED } from './step-decision.ts';

/**
 * Who "invite the best N" asks, on the API and on the need page alike: those nobody has asked yet
 * and those whose invitation lapsed unanswered. Whoever declined or withdrew, or whose invitation
 * was closed or cancelled, is asked again only when the manager names them.
 */
const ASKED_IN_BULK: readonly MatchState[] = ['none', 'expired'];

/** Whether "invite the best N" may ask someone whose match with the need is in `state` (effective). */
export function invitableInBulk(
  state: string | undefined,
  need: NeedFacts,
  now: Date,
  dates: StepDates = WHOLE_NEED,
): boolean {
  const current = (state ?? 'none') as MatchState;
  if (!ASKED_IN_BULK.includes(current)) return false;
  return allows({ action: 'invite', role: 'manager', match: inState(current), need, dates, now });
}

/** The best `count` proposals "invite the best N" asks, in ranking order (for the series, or one date's cover). */
export function bestToInvite(
  list: { proposals: { volunteerId: string }[]; existing: Record<string, string> },
  need: NeedFacts,
  count: number,
  now: Date,
  dates: StepDates = WHOLE_NEED,
): string[] {
  return list.proposals
    .filter((proposal) => invitableInBulk(list.existing[proposal.volunteerId], need, now, dates))
    .slice(0, count)
    .map((proposal) => proposal.volunteerId);
}
