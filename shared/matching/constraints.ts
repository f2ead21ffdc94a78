import { availabilitySplit, firstCapExcess, firstOverlap, requiredDates, safeguardingValidOn } from './availability.ts';
import type { Occurrence } from './occurrences.ts';
import type { Candidate, MatchingNeed, SafeguardingPolicy, Violation } from './types.ts';

export interface ConstraintContext {
  /** The consent version a profile must have agreed to. */
  consentVersion: string;
  policy: SafeguardingPolicy;
}

/** How many unavailable dates an exclusion names (a year of weekly dates would say little more). */
const MAX_DATES = 3;

/**
 * The hard constraints that depend on the profile alone (paused, consent, quarter, skills,
 * language, availability). Matching checks these first, on what the candidate index returns,
 * and reads ledgers and safeguarding facts only for those who pass.
 *
 * Availability: the volunteer must be able to come to at least `requiredDates(total,
 * need.minSharePercent)` of the `needOccurrences` (the share rounded up to whole dates), and to
 * at least one; otherwise `not_available` names the first few dates they cannot come to, with
 * the figures. A need with no occurrence left is available to nobody.
 */
export function profileViolations(
  profile: Candidate['profile'],
  need: MatchingNeed,
  needOccurrences: Occurrence[],
  context: ConstraintContext,
): Violation[] {
  const result: Violation[] = [];
  if (profile.paused) result.push({ code: 'paused' });
  if (profile.consentVersion !== context.consentVersion) result.push({ code: 'consent_missing' });
  if (profile.quarters !== 'all' && !profile.quarters.includes(need.quarterId)) result.push({ code: 'not_in_quarter' });
  const missing = need.requiredSkills.filter((skill) => !profile.skills.includes(skill));
  if (missing.length > 0) result.push({ code: 'missing_skills', skills: missing });
  if (need.languages.length > 0 && !profile.languages.some((language) => need.languages.includes(language.code))) {
    result.push({ code: 'no_common_language' });
  }
  const { coming, absent } = availabilitySplit(profile, needOccurrences);
  const total = needOccurrences.length;
  const required = Math.max(1, requiredDates(total, need.minSharePercent));
  if (coming.length < required) {
    result.push({ code: 'not_available', dates: absent.slice(0, MAX_DATES), coming: coming.length, required, total });
  }
  return result;
}

/**
 * The hour cap judged on the need's own hours, before any ledger is read: if the occurrences the
 * volunteer would come to already exceed their monthly cap, commitments can only add to it. A
 * profile that passes profileViolations but fails this is excluded for `hour_cap` without reading
 * its ledger (its other ledger reasons are then not listed).
 */
export function ownHoursViolations(profile: Candidate['profile'], needOccurrences: Occurrence[]): Violation[] {
  const { coming } = availabilitySplit(profile, needOccurrences);
  const excess = firstCapExcess(profile.maxHoursPerMonth, [], coming);
  return excess ? [{ code: 'hour_cap', ...excess }] : [];
}

/**
 * The hard constraints that need the ledger and the safeguarding facts: safeguarding, overlap and
 * the hour cap, judged only on the occurrences the volunteer's availability covers (those they
 * would come to), never on their absences.
 */
export function commitmentViolations(
  candidate: Candidate,
  need: MatchingNeed,
  needOccurrences: Occurrence[],
  context: ConstraintContext,
): Violation[] {
  const { coming } = availabilitySplit(candidate.profile, needOccurrences);
  const result: Violation[] = [];
  if (need.involvesMinors) {
    const facts = candidate.safeguarding;
    if (!facts) result.push({ code: 'safeguarding_missing' });
    else {
      const invalid = coming.find((occurrence) => !safeguardingValidOn(facts, occurrence.date, context.policy));
      if (invalid) result.push({ code: 'safeguarding_invalid', date: invalid.date });
    }
  }
  const overlap = firstOverlap(candidate.commitments, coming);
  if (overlap) result.push({ code: 'overlaps_commitment', ...overlap });
  const excess = firstCapExcess(candidate.profile.maxHoursPerMonth, candidate.commitments, coming);
  if (excess) result.push({ code: 'hour_cap', ...excess });
  return result;
}

/**
 * Every hard constraint the candidate violates for the need; empty when they may be proposed.
 * All constraints are checked (not only the first) so a manager sees every reason.
 */
export function violations(
  candidate: Candidate,
  need: MatchingNeed,
  needOccurrences: Occurrence[],
  context: ConstraintContext,
): Violation[] {
  const found = [
    ...profileViolations(candidate.profile, need, needOccurrences, context),
    ...commitmentViolations(candidate, need, needOccurrences, context),
  ];
  // Report in the order a manager reads them: who the person is, then when they can help.
  return found.sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
}

const ORDER: Violation['code'][] = [
  'paused',
  'consent_missing',
  'not_in_quarter',
  'missing_skills',
  'no_common_language',
  'safeguarding_missing',
  'safeguarding_invalid',
  'not_available',
  'overlaps_commitment',
  'hour_cap',
];
