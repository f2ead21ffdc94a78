import { berlinDate } from '../time/calendar.ts';
import { type ConstraintContext, violations } from './constraints.ts';
import { upcomingOccurrences } from './occurrences.ts';
import { scoreItems } from './score.ts';
import type { Candidate, MatchingNeed, MatchingResult, Proposal } from './types.ts';

/**
 * Ranks candidates for a need. Every proposed volunteer satisfies every hard constraint; every
 * other candidate is listed as excluded with all the constraints they violate. Proposals are
 * ordered by score, ties by volunteer id, so the same data always gives the same ranking.
 *
 * Only occurrences from today on are judged: a weekly need that has begun is matched for what is
 * still to come.
 *
 * @param now the current instant (never read from the clock here); "today" is its Berlin date
 */
export function rankCandidates(
  need: MatchingNeed,
  candidates: Candidate[],
  context: ConstraintContext,
  now: Date,
): MatchingResult {
  const today = berlinDate(now);
  const needOccurrences = upcomingOccurrences(need.schedule, today);
  const result: MatchingResult = { proposals: [], excluded: [] };
  for (const candidate of candidates) {
    const { volunteerId, firstName } = candidate.profile;
    const found = violations(candidate, need, needOccurrences, context);
    if (found.length > 0) {
      result.excluded.push({ volunteerId, firstName, violations: found });
      continue;
    }
    const explanation = scoreItems(candidate, need, now);
    result.proposals.push({
      volunteerId,
      firstName,
      score: explanation.reduce((sum, item) => sum + item.points, 0),
      explanation,
    });
  }
  result.proposals.sort(byRank);
  result.excluded.sort((a, b) => a.volunteerId.localeCompare(b.volunteerId));
  return result;
}

function byRank(a: Proposal, b: Proposal): number {
  return b.score - a.score || (a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0);
}
