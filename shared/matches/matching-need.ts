import type { MatchingNeed } from '../matching/types.ts';
import { minShareOf } from '../needs/min-share.ts';
import type { Need } from '../needs/schemas.ts';

/** The need as the matching engine and the constraints judge it. */
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
