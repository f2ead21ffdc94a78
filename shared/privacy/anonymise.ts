import type { Match, MatchEvent } from '../matches/schemas.ts';

/** Stands where a name was. */
export const ERASED_NAME = '–';

/**
 * A past match with the volunteer replaced by `anonymousId`: status, need and schedule stay
 * (statistics: matches and hours per need), name and languages go, and so does an initiative's
 * free-text reason, which may describe the person.
 */
export function anonymisedMatch(match: Match, anonymousId: string): Match {
  const { review, ...rest } = match;
  return {
    ...rest,
    volunteerId: anonymousId,
    firstName: ERASED_NAME,
    languages: [],
    ...(review && { review: { status: review.status, by: review.by, at: review.at } }),
  };
}

/** A history entry of an erased volunteer's match; their own steps (`by`) become anonymous too. */
export function anonymisedEvent(event: MatchEvent, volunteerId: string, anonymousId: string): MatchEvent {
  const { reason: _reason, ...rest } = event;
  return { ...rest, volunteerId: anonymousId, by: event.by === volunteerId ? anonymousId : event.by };
}
