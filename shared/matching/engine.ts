import { berlinDate } from '../time/calendar.ts';
import { availabilitySplit } from './availability.ts';
import { type ConstraintContext, violations } from './constraints.ts';
import { judgedScope, type MatchingOptions } from './scope.ts';
import { scoreItems } from './score.ts';
import type { Candidate, MatchingNeed, MatchingResult, Proposal } from './types.ts';

/**
 * Ranks candidates for a need. Every proposed volunteer satisfies every hard constraint; every
 * other candidate is listed as excluded with all the constraints they violate. Proposals are
 * ordered by score, ties by volunteer id, so the same data always gives the same ranking.
 *
 * Only occurrences from today on are judged: a weekly need that has begun is matched for what is
 * still to come. A volunteer is proposed when they can come to at least the need's share of them
 * (`minSharePercent`, see `requiredDates`); the others are their `absences`, and safeguarding,
 * overlap and the hour cap are judged on the dates they come to only.
 *
 * @param now the current instant (never read from the clock here); "today" is its Berlin date
 * @param options `{ date }`: cover — judge that one occurrence of the need alone, at 100 %
 *   (see {@link MatchingOptions})
 */
export function rankCandidates(
  need: MatchingNeed,
  candidates: Candidate[],
  context: ConstraintContext,
  now: Date,
  options: MatchingOptions = {},
): MatchingResult {
  const today = berlinDate(now);
  const scope = judgedScope(need, today, options);
  const result: MatchingResult = { proposals: [], excluded: [] };
  for (const candidate of candidates) {
    const { volunteerId, firstName } = candidate.profile;
    const found = violations(candidate, scope.need, scope.occurrences, context);
    if (found.length > 0) {
      result.excluded.push({ volunteerId, firstName, violations: found });
      continue;
    }
    const absences = availabilitySplit(candidate.profile, scope.occurrences).absent;
    const explanation = scoreItems(candidate, scope.need, now, { total: scope.occurrences.length, absences });
    result.proposals.push({
      volunteerId,
      firstName,
      score: explanation.reduce((sum, item) => sum + item.points, 0),
      explanation,
      absences,
    });
  }
  result.proposals.sort(byRank);
  result.excluded.sort((a, b) => a.volunteerId.localeCompare(b.volunteerId));
  return result;
}

function byRank(a: Proposal, b: Proposal): number {
  return b.score - a.score || (a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0);
}
