import { monthOf } from '../time/calendar.ts';
import { requiredDates } from './availability.ts';
import type { Occurrence } from './occurrences.ts';
import type { MatchingNeed } from './types.ts';

/** How many of the judged occurrences a volunteer must come to (as profileViolations counts it). */
export function datesRequired(need: Pick<MatchingNeed, 'minSharePercent'>, occurrences: Occurrence[]): number {
  return Math.max(1, requiredDates(occurrences.length, need.minSharePercent));
}

/**
 * The fewest minutes of the need that any volunteer who comes to at least `required` of
 * `occurrences` spends in their busiest month: the least possible maximum over months of the
 * minutes they come to. Whoever's monthly cap is below it fails the hour cap on the need alone,
 * whatever their ledger holds (commitments only add), so matching need not read them at all.
 * 0 when fewer than `required` occurrences remain (nobody can come to enough; nothing to narrow).
 */
export function leastBusiestMonthMinutes(occurrences: Occurrence[], required: number): number {
  if (occurrences.length < required) return 0;
  const byMonth = new Map<string, number[]>();
  for (const occurrence of occurrences) {
    const month = monthOf(occurrence.date);
    byMonth.set(month, [...(byMonth.get(month) ?? []), occurrence.end - occurrence.start]);
  }
  // Per month, the running sums of its shortest occurrences: taking k dates there costs at least prefix[k].
  const prefixes = [...byMonth.values()].map((minutes) => {
    let sum = 0;
    return minutes.sort((a, b) => a - b).map((m) => (sum += m));
  });
  const thresholds = [...new Set(prefixes.flat())].sort((a, b) => a - b);
  for (const limit of thresholds) {
    const dates = prefixes.reduce((count, prefix) => count + prefix.filter((sum) => sum <= limit).length, 0);
    if (dates >= required) return limit;
  }
  return 0;
}
