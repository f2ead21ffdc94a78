import type { Need } from '../needs/schemas.ts';

/**
 * Whether a volunteer may see a need: one they have a match with (any state, cover included), or
 * an open need in a quarter they help in. Anything else is answered as if the need did not exist,
 * so guessing ids confirms nothing.
 */
export function volunteerMaySee(facts: {
  need: Pick<Need, 'status' | 'quarterId'>;
  /** The quarters of the volunteer's profile; undefined without a profile. */
  quarters: string[] | 'all' | undefined;
  /** Whether the volunteer has a match with the need. */
  involved: boolean;
}): boolean {
  if (facts.involved) return true;
  if (facts.need.status !== 'open' || facts.quarters === undefined) return false;
  return facts.quarters === 'all' || facts.quarters.includes(facts.need.quarterId);
}
