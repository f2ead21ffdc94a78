import { type Occurrence, upcomingOccurrences } from './occurrences.ts';
import type { MatchingNeed } from './types.ts';

/** How a matching call is asked: for the need's remaining dates (the default) or for one date (cover). */
export interface MatchingOptions {
  /**
   * Cover: judge the need's occurrence on this Berlin date (`YYYY-MM-DD`) alone, at a share of
   * 100 %: a volunteer is proposed only if they can come on that date and every other hard
   * constraint holds on it. A date that is not a remaining occurrence of the need (another
   * weekday, outside its range, before today) leaves nothing to judge: nobody is proposed.
   */
  date?: string | undefined;
}

/**
 * What a matching call judges: the need as judged (in cover mode at a share of 100 %) and its
 * occurrences — from `today` on, or the one on `options.date`. The engine and ManagerMatches'
 * profile pre-filter both take their dates from here, so they cannot disagree.
 */
export function judgedScope(
  need: MatchingNeed,
  today: string,
  options: MatchingOptions = {},
): { need: MatchingNeed; occurrences: Occurrence[] } {
  const upcoming = upcomingOccurrences(need.schedule, today);
  if (options.date === undefined) return { need, occurrences: upcoming };
  return {
    need: { ...need, minSharePercent: 100 },
    occurrences: upcoming.filter((occurrence) => occurrence.date === options.date),
  };
}
