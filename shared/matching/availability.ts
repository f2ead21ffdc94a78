import { addMonths, addYears, minutesOfDay, weekdayOf } from '../time/calendar.ts';
import { countedOccurrences, minutesByMonth } from './done-hours.ts';
import { type Occurrence, overlaps } from './occurrences.ts';
import type { Commitment, MatchingProfile, SafeguardingFacts, SafeguardingPolicy } from './types.ts';

/**
 * Whether a volunteer's availability covers an occurrence: a weekly slot of that weekday holds
 * its whole time window, the date lies inside the availability range (inclusive) and outside
 * every blackout (whole days, inclusive).
 */
export function covers(
  profile: Pick<MatchingProfile, 'weeklySlots' | 'availableFrom' | 'availableUntil' | 'blackouts'>,
  occurrence: Occurrence,
): boolean {
  const { date } = occurrence;
  if (date < profile.availableFrom) return false;
  if (profile.availableUntil !== undefined && date > profile.availableUntil) return false;
  if (profile.blackouts.some((period) => period.from <= date && date <= period.until)) return false;
  const weekday = weekdayOf(date);
  return profile.weeklySlots.some(
    (slot) =>
      slot.weekday === weekday &&
      minutesOfDay(slot.start) <= occurrence.start &&
      occurrence.end <= minutesOfDay(slot.end),
  );
}

/**
 * The occurrences a volunteer's availability covers (`coming`, see {@link covers}) and the dates
 * of those it does not (`absent`): what they would come to, and their absences. Both keep the
 * order of `occurrences`.
 */
export function availabilitySplit(
  profile: Pick<MatchingProfile, 'weeklySlots' | 'availableFrom' | 'availableUntil' | 'blackouts'>,
  occurrences: Occurrence[],
): { coming: Occurrence[]; absent: string[] } {
  const coming: Occurrence[] = [];
  const absent: string[] = [];
  for (const occurrence of occurrences) {
    if (covers(profile, occurrence)) coming.push(occurrence);
    else absent.push(occurrence.date);
  }
  return { coming, absent };
}

/**
 * How many of `total` occurrences a volunteer must come to at a minimum share of
 * `minSharePercent` %: the share of the total rounded **up** to whole dates, ⌈total × percent ÷ 100⌉,
 * computed in integers (no floating-point edge). 17 dates at 75 % → 12.75 → at least 13 (so at
 * most 4 absences); 20 at 75 % → exactly 15; one date at any share → 1; any total at 100 % → all.
 * Never below 1 when there is a date: a share of 1 % of 17 dates still asks for one.
 */
export function requiredDates(total: number, minSharePercent: number): number {
  return Math.floor((total * minSharePercent + 99) / 100);
}

/** The first accepted commitment occurrence that overlaps any of the need's occurrences. */
export function firstOverlap(
  commitments: Commitment[],
  needOccurrences: Occurrence[],
): { needId: string; date: string } | undefined {
  for (const commitment of commitments) {
    if (commitment.status !== 'accepted') continue;
    for (const taken of commitment.occurrences) {
      if (needOccurrences.some((occurrence) => overlaps(occurrence, taken)))
        return { needId: commitment.needId, date: taken.date };
    }
  }
  return undefined;
}

/** Hours per calendar month (`YYYY-MM`). */
export function hoursByMonth(occurrences: Occurrence[]): Map<string, number> {
  return new Map([...minutesByMonth(occurrences)].map(([month, minutes]) => [month, minutes / 60]));
}

/**
 * The first month in which the hours already committed (accepted or completed, done or still
 * ahead, but not the dates marked as no-show) plus the need's hours would exceed the monthly cap.
 */
export function firstCapExcess(
  cap: number,
  commitments: Commitment[],
  needOccurrences: Occurrence[],
): { month: string; hours: number; cap: number } | undefined {
  // Summed in minutes: fractional hours (112 + 48 + 20 minutes) must not drift past the cap.
  const committed = minutesByMonth(commitments.flatMap(countedOccurrences));
  for (const [month, minutes] of minutesByMonth(needOccurrences)) {
    const total = (committed.get(month) ?? 0) + minutes;
    if (total > cap * 60) return { month, hours: total / 60, cap };
  }
  return undefined;
}

/**
 * A safeguarding check is valid on a date when the certificate was at most
 * `certificateMaxAgeMonths` old at inspection, the inspection is on or before the date and at most
 * `inspectionValidYears` before it, and it shows no relevant conviction.
 */
export function safeguardingValidOn(facts: SafeguardingFacts, date: string, policy: SafeguardingPolicy): boolean {
  if (facts.relevantConviction) return false;
  if (facts.issuedOn > facts.inspectedOn) return false;
  if (addMonths(facts.issuedOn, policy.certificateMaxAgeMonths) < facts.inspectedOn) return false;
  return facts.inspectedOn <= date && date <= addYears(facts.inspectedOn, policy.inspectionValidYears);
}
