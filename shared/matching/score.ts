import { LANGUAGE_LEVELS } from '../catalog/languages.ts';
import { addDays } from '../time/calendar.ts';
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
} as const;

/** Hours of accepted or completed help in the 30 days up to and including today. */
export function recentHours(candidate: Candidate, today: string): number {
  const since = addDays(today, -29);
  // Summed in minutes: fractional hours must not drift (Math.ceil(3.0000000000000004) is 4).
  let minutes = 0;
  for (const commitment of candidate.commitments) {
    for (const occurrence of commitment.occurrences) {
      if (occurrence.date >= since && occurrence.date <= today) minutes += occurrence.end - occurrence.start;
    }
  }
  return minutes / 60;
}

/**
 * The score of an eligible candidate, criterion by criterion: nice-to-have skills, the best
 * level in one of the need's languages, continuity (children need familiar faces), and a fair
 * spread of work (fewer recent hours rank higher).
 */
export function scoreItems(candidate: Candidate, need: MatchingNeed, today: string): ScoreItem[] {
  const { profile } = candidate;
  const nice = need.niceToHaveSkills.filter((skill) => profile.skills.includes(skill));
  const spoken = profile.languages
    .filter((language) => need.languages.includes(language.code))
    .sort(
      (a, b) => LANGUAGE_LEVELS.indexOf(b.level) - LANGUAGE_LEVELS.indexOf(a.level) || a.code.localeCompare(b.code),
    )[0];
  const helped = (predicate: (c: Candidate['commitments'][number]) => boolean) => candidate.commitments.some(predicate);
  const basis = helped((c) => c.needId === need.needId)
    ? 'same_need'
    : helped((c) => c.venueId === need.venueId)
      ? 'same_venue'
      : 'none';
  const hours = recentHours(candidate, today);
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
  ];
}
