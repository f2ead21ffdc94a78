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
  /**
   * The least share (in %, 1–100) of the judged occurrences a volunteer must be able to come to
   * (see `requiredDates`); 100 = every one. A one-off need has one occurrence, so any share asks
   * for it. Built by `matchingNeed` from the need's `minSharePercent` (shared/needs `minShareOf`).
   */
  minSharePercent: number;
}

/** A volunteer's accepted or completed help, with the occurrences they come to (the ledger). */
export interface Commitment {
  needId: string;
  /** A cover commitment: the one date of the series (a volunteer may cover several dates of one need). */
  date?: string | undefined;
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
  /**
   * Fewer occurrences covered than the need's share asks (or none): `dates` are the first few the
   * volunteer cannot come to; `coming` of `total` judged occurrences are covered, `required` needed.
   */
  | { code: 'not_available'; dates: string[]; coming: number; required: number; total: number }
  | { code: 'overlaps_commitment'; needId: string; date: string }
  | { code: 'hour_cap'; month: string; hours: number; cap: number };

export type ViolationCode = Violation['code'];

/** One criterion of a proposal's score, for the manager to read. */
export type ScoreItem =
  | { criterion: 'nice_to_have'; points: number; skills: string[] }
  | { criterion: 'language'; points: number; language?: string | undefined; level?: string | undefined }
  | { criterion: 'continuity'; points: number; basis: 'same_need' | 'same_venue' | 'none' }
  | { criterion: 'fair_spread'; points: number; recentHours: number }
  /** The share (0..1) of the judged occurrences the volunteer can come to; `absences` are the others. */
  | { criterion: 'share'; points: number; share: number; absences: string[] };

export interface Proposal {
  volunteerId: string;
  firstName: string;
  score: number;
  explanation: ScoreItem[];
  /** Every judged occurrence (remaining date) the volunteer cannot come to: their absences if they accept. */
  absences: string[];
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
