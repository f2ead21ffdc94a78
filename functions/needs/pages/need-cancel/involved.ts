import { type Need, type NeedStatus, NeedTransitionInput } from '../../../../shared/needs/schemas.ts';
import { maxLengthOf } from '../../../../shared/web/max-length.ts';

/** Who a cancel reaches: the volunteers who accepted, and those invited or offering help. */
export interface Involved {
  accepted: number;
  invited: number;
}

/** The statuses a need can be cancelled from. */
export const CANCELLABLE: readonly string[] = ['draft', 'open', 'filled'] satisfies NeedStatus[];

/** Accepted as the need counts them (the rule the API enforces); open invitations and offers as they stand now. */
export function involvedIn(need: Need, matches: readonly { status: string }[]): Involved {
  return {
    accepted: need.acceptedCount,
    invited: matches.filter((match) => match.status === 'invited' || match.status === 'offered').length,
  };
}

/** The reason's limit, from the schema the API checks. */
export const REASON_MAX_LENGTH = maxLengthOf(NeedTransitionInput.shape.reason);

export const anyoneInvolved = (involved: Involved) => involved.accepted + involved.invited > 0;
