import { LANGUAGE_LEVELS } from '../catalog/languages.ts';
import { addDays, berlinDate } from '../time/calendar.ts';
import { doneOccurrences } from './done-hours.ts';
import type { Candidate, MatchingNeed, ScoreItem } from './types.ts';

/** Points per criterion: what a manager reads next to each proposal. */
export const SCORE_POINTS = {
  perNiceToHaveSkill: 10,
  /** Per language level step: A1 = 2 … C2 = 12, native = 14. */
  perLanguageLevel: 2,
  sameNeed: 15,
  sameVenue: 10,
  /** Fair spread: this many points for no hours in the last 30 days, one less per hour. */
  fairSpreadMax: 10,
  /**
   * Share of dates: ⌊shareMax × coming ÷ total⌋ points, so every date counts and only someone who
   * can come to every judged date gets all 10 (16 of 17 dates: 9; 13 of 17: 7). A one-off need
   * or a cover date has one date: always 10, the same for every proposal.
   */
  shareMax: 10,
} as const;

/**
 * Hours of help done in the 30 days up to `now` (today and the 29 days before it, in Berlin):
 * occurrences whose time window has ended and that are not marked as no-show. An occurrence of
 * today that has not ended yet does not count.
 */
export function recentHours(candidate: Candidate, now: Date): number {
  const today = berlinDate(now);
  const since = addDays(today, -29);
  // Summed in minutes: fractional hours must not drift (Math.ceil(3.0000000000000004) is 4).
  let minutes = 0;
  for (const commitment of candidate.commitments) {
    for (const occurrence of doneOccurrences(commitment, now, today)) {
      if (occurrence.date >= since) minutes += occurrence.end - occurrence.start;
    }
  }
  return minutes / 60;
}

/** The share-of-dates item: of `total` judged occurrences, the `absences` are those the volunteer cannot come to. */
export function shareItem(total: number, absences: string[]): ScoreItem {
  const coming = total - absences.length;
  return {
    criterion: 'share',
    // Integers first: 10 × 16 ÷ 17 floors to 9 without a floating-point edge at whole numbers.
    points: total === 0 ? 0 : Math.floor((SCORE_POINTS.shareMax * coming) / total),
    share: total === 0 ? 0 : coming / total,
    absences,
  };
}

/**
 * The score of an eligible candidate, criterion by criterion: nice-to-have skills, the best
 * level in one of the need's languages, continuity (children need familiar faces: only help
 * actually done counts, not a booking still ahead), a fair spread of work (fewer hours done
 * recently rank higher) and the share of the judged dates they can come to (see {@link shareItem}).
 *
 * @param now the current instant: which occurrences are done depends on the time of day
 */
export function scoreItems(
  candidate: Candidate,
  need: MatchingNeed,
  now: Date,
  dates: { total: number; absences: string[] },
): ScoreItem[] {
  const { profile } = candidate;
  const nice = need.niceToHaveSkills.filter((skill) => profile.skills.includes(skill));
  const spoken = profile.languages
    .filter((language) => need.languages.includes(language.code))
    .sort(
      (a, b) => LANGUAGE_LEVELS.indexOf(b.level) - LANGUAGE_LEVELS.indexOf(a.level) || a.code.localeCompare(b.code),
    )[0];
  const today = berlinDate(now);
  const done = candidate.commitments.filter((commitment) => doneOccurrences(commitment, now, today).length > 0);
  const helped = (predicate: (c: Candidate['commitments'][number]) => boolean) => done.some(predicate);
  const basis = helped((c) => c.needId === need.needId)
    ? 'same_need'
    : helped((c) => c.venueId === need.venueId)
      ? 'same_venue'
      : 'none';
  const hours = recentHours(candidate, now);
  return [
    { criterion: 'nice_to_have', points: nice.length * SCORE_POINTS.perNiceToHaveSkill, skills: nice },
    spoken
      ? {
          criterion: 'language',
          points: (LANGUAGE_LEVELS.indexOf(spoken.level) + 1) * SCORE_POINTS.perLanguageLevel,
          language: spoken.code,
          level: spoken.level,
        }
      : { criterion: 'language', points: 0 },
    {
      criterion: 'continuity',
      points: basis === 'same_need' ? SCORE_POINTS.sameNeed : basis === 'same_venue' ? SCORE_POINTS.sameVenue : 0,
      basis,
    },
    {
      criterion: 'fair_spread',
      points: Math.max(0, SCORE_POINTS.fairSpreadMax - Math.ceil(hours)),
      recentHours: hours,
    },
    shareItem(dates.total, dates.absences),
  ];
}
