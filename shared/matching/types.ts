import type { DatePeriod, SpokenLanguage, WeeklySlot } from '../volunteers/schemas.ts';
import type { Occurrence, Schedule } from './occurrences.ts';

/** What matching needs to know of a volunteer (a projection of the profile). */
export interface MatchingProfile {
  volunteerId: string;
  firstName: string;
  paused: boolean;
  consentVersion: string;
  quarters: 'all' | string[];
  skills: string[];
  languages: SpokenLanguage[];
  weeklySlots: WeeklySlot[];
  availableFrom: string;
  availableUntil?: string | undefined;
  blackouts: DatePeriod[];
  maxHoursPerMonth: number;
}

/** A need as matching sees it. */
export interface MatchingNeed {
  needId: string;
  quarterId: string;
  venueId: string;
  schedule: Schedule;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  /** Any one of them suffices; empty means no language constraint. */
  languages: string[];
  involvesMinors: boolean;
}

/** A volunteer's accepted or completed help, with its occurrences (the ledger). */
export interface Commitment {
  needId: string;
  venueId: string;
  status: 'accepted' | 'completed';
  occurrences: Occurrence[];
  /**
   * Dates (of `occurrences`) a manager marked as no-show: the volunteer did not come. Every other
   * occurrence counts as done once its time window has ended (see done-hours.ts).
   */
  noShows?: string[];
}

/** The facts of a safeguarding check (§72a SGB VIII): nothing else is stored. */
export interface SafeguardingFacts {
  inspectedOn: string;
  issuedOn: string;
  relevantConviction: boolean;
}

export interface SafeguardingPolicy {
  /** The certificate may be at most this many months old at inspection. */
  certificateMaxAgeMonths: number;
  /** An inspection counts for this many years. */
  inspectionValidYears: number;
}

export const DEFAULT_SAFEGUARDING_POLICY: SafeguardingPolicy = { certificateMaxAgeMonths: 3, inspectionValidYears: 5 };

/** Everything matching knows about one candidate. */
export interface Candidate {
  profile: MatchingProfile;
  commitments: Commitment[];
  safeguarding?: SafeguardingFacts | undefined;
}

/** Why a volunteer cannot be proposed; every violated hard constraint is listed. */
export type Violation =
  | { code: 'paused' }
  | { code: 'consent_missing' }
  | { code: 'not_in_quarter' }
  | { code: 'missing_skills'; skills: string[] }
  | { code: 'no_common_language' }
  | { code: 'safeguarding_missing' }
  | { code: 'safeguarding_invalid'; date: string }
  | { code: 'not_available'; dates: string[] }
  | { code: 'overlaps_commitment'; needId: string; date: string }
  | { code: 'hour_cap'; month: string; hours: number; cap: number };

export type ViolationCode = Violation['code'];

/** One criterion of a proposal's score, for the manager to read. */
export type ScoreItem =
  | { criterion: 'nice_to_have'; points: number; skills: string[] }
  | { criterion: 'language'; points: number; language?: string | undefined; level?: string | undefined }
  | { criterion: 'continuity'; points: number; basis: 'same_need' | 'same_venue' | 'none' }
  | { criterion: 'fair_spread'; points: number; recentHours: number };

export interface Proposal {
  volunteerId: string;
  firstName: string;
  score: number;
  explanation: ScoreItem[];
}

export interface Exclusion {
  volunteerId: string;
  firstName: string;
  violations: Violation[];
}

export interface MatchingResult {
  proposals: Proposal[];
  excluded: Exclusion[];
}
