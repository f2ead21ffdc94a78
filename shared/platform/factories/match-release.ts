import { MatchRelease } from '../../matches/match-release.ts';
import { MatchSteps } from '../../matches/match-steps.ts';
import { NeedMatches } from '../../matches/need-matches.ts';
import { SAFEGUARDING_RETENTION_MONTHS } from '../../safeguarding/safeguarding-service.ts';
import type { Wired } from '../wire.ts';

type StepsFrom = Pick<Wired, 'config' | 'needRepository' | 'matchRepository'>;

/**
 * The match steps without a judge of eligibility: releasing and cancelling only end matches, so
 * the functions that do nothing else bundle no candidates and no matching rules.
 */
const endingSteps = (w: StepsFrom) =>
  new MatchSteps({
    needs: w.needRepository,
    matches: w.matchRepository,
    invitationTtlHours: w.config.invitationTtlHours,
    noShowWindowDays: w.config.noShowWindowDays,
    safeguardingRetentionMonths: SAFEGUARDING_RETENTION_MONTHS,
  });

/** Releasing a volunteer's matches (withdrawn consent, erasure): what profiles and privacy use. */
export const matchRelease = (w: StepsFrom) => new MatchRelease({ steps: endingSteps(w), matches: w.matchRepository });

/** The need service's match operations (cancel a need's open matches, close a full need's, cover commitments). */
export const needMatches = (w: StepsFrom) => new NeedMatches({ steps: endingSteps(w), matches: w.matchRepository });
