import type { VolunteerProfile } from '../volunteers/schemas.ts';
import type { ImportedVolunteer } from './volunteer-rows.ts';

/**
 * The consent version an imported profile records: the consent the manager collected (on paper,
 * on the day in the sheet), not yet the platform's text. It is not the current version, so
 * matching skips the volunteer and their first sign-in asks them to agree to the current text.
 */
export const IMPORTED_CONSENT_VERSION = 'import';

/** The monthly hours cap an imported volunteer starts with (the profile form's default). */
export const IMPORTED_HOURS_CAP = 16;

/**
 * The profile an imported volunteer gets: what the sheet holds, the recorded consent with its day,
 * and no availability (no weekly slots): the volunteer adds it at their first sign-in, and until
 * then nobody proposes them. Pure.
 */
export function importedProfile(
  volunteer: ImportedVolunteer,
  volunteerId: string,
  today: string,
  now: Date,
): VolunteerProfile {
  const { consentedAt, ...fields } = volunteer;
  const nowIso = now.toISOString();
  return {
    ...fields,
    volunteerId,
    weeklySlots: [],
    availableFrom: today,
    blackouts: [],
    maxHoursPerMonth: IMPORTED_HOURS_CAP,
    consent: { version: IMPORTED_CONSENT_VERSION, acceptedAt: `${consentedAt}T00:00:00.000Z` },
    paused: false,
    version: 1,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
}
