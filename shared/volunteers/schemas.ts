import * as z from 'zod';
import { LanguageCode, LanguageLevel, Slug } from '../catalog/schemas.ts';
import { isCalendarDate, minutesOfDay, WEEKDAYS } from '../time/calendar.ts';
import { CONSENT } from './consent.ts';

const issue = (code: string, message: string) => ({ message, params: { code } });

export const IsoDate = z
  .string()
  .refine(isCalendarDate, issue('invalid_date', 'Use a real date as YYYY-MM-DD'))
  .meta({ description: 'Calendar date (Europe/Berlin) as YYYY-MM-DD', example: '2026-12-01' });

export const TimeOfDay = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM between 00:00 and 24:00')
  .meta({ description: 'Wall-clock time in Europe/Berlin as HH:MM; 24:00 ends the day', example: '15:30' });

export const Weekday = z.enum(WEEKDAYS);

/**
 * For `.refine(check, { when })`: runs a check across fields even when other fields of the object
 * have issues, as long as the fields it reads are valid, so that a form shows every error at once
 * (zod otherwise skips an object's refinements until the whole object parses).
 */
export const whenFieldsValid =
  (fields: Record<string, z.ZodType>) =>
  (payload: z.core.ParsePayload): boolean => {
    const value = payload.value;
    if (typeof value !== 'object' || value === null) return false;
    return Object.entries(fields).every(
      ([name, schema]) => schema.safeParse((value as Record<string, unknown>)[name]).success,
    );
  };

export const WeeklySlot = z
  .object({ weekday: Weekday, start: TimeOfDay, end: TimeOfDay })
  .strict()
  .refine((slot) => minutesOfDay(slot.end) > minutesOfDay(slot.start), {
    path: ['end'],
    when: whenFieldsValid({ start: TimeOfDay, end: TimeOfDay }),
    ...issue('end_before_start', 'The end must be after the start'),
  })
  .meta({ id: 'WeeklySlot', description: 'A weekly time window when the volunteer is available.' });
export type WeeklySlot = z.infer<typeof WeeklySlot>;

export const DatePeriod = z
  .object({ from: IsoDate, until: IsoDate })
  .strict()
  .refine((period) => period.until >= period.from, {
    path: ['until'],
    when: whenFieldsValid({ from: IsoDate, until: IsoDate }),
    ...issue('until_before_from', 'The last day must not be before the first'),
  })
  .meta({ id: 'DatePeriod', description: 'Whole days, both inclusive.' });
export type DatePeriod = z.infer<typeof DatePeriod>;

export const SpokenLanguage = z
  .object({ code: LanguageCode, level: LanguageLevel })
  .strict()
  .meta({ id: 'SpokenLanguage' });
export type SpokenLanguage = z.infer<typeof SpokenLanguage>;

function noDuplicates<T>(key: (item: T) => string, code: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item)))
        ctx.addIssue({ code: 'custom', path: [index], message: 'Listed twice', params: { code } });
      seen.add(key(item));
    });
  };
}

function noOverlappingSlots(slots: WeeklySlot[], ctx: z.RefinementCtx): void {
  slots.forEach((slot, index) => {
    const clash = slots.findIndex(
      (other, otherIndex) =>
        otherIndex < index &&
        other.weekday === slot.weekday &&
        minutesOfDay(other.start) < minutesOfDay(slot.end) &&
        minutesOfDay(slot.start) < minutesOfDay(other.end),
    );
    if (clash >= 0) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `Overlaps slot ${clash + 1}`,
        params: { code: 'overlapping_slot' },
      });
    }
  });
}

const profileFields = {
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  phone: z
    .string()
    .trim()
    // The pattern allows 26 characters; the max names that limit first.
    .max(26)
    .regex(/^\+?[0-9][0-9 ()/-]{5,24}$/, issue('invalid_phone', 'Use digits, spaces and + ( ) / -').message)
    .optional(),
  languages: z
    .array(SpokenLanguage)
    .min(1)
    .max(20)
    .superRefine(noDuplicates((l) => l.code, 'duplicate_language')),
  skills: z
    .array(Slug)
    .max(50)
    .superRefine(noDuplicates((s) => s, 'duplicate_skill')),
  quarters: z
    .union([
      z.literal('all'),
      z
        .array(Slug)
        .min(1)
        // Six bounds the candidate index items a profile fans out to (one set per quarter); more
        // quarters than that is what "all" is for, and costs one set.
        .max(6)
        .superRefine(noDuplicates((q) => q, 'duplicate_quarter')),
    ])
    .meta({ description: '"all", or the ids of up to 6 quarters the volunteer is willing to help in' }),
  weeklySlots: z.array(WeeklySlot).min(1).max(28).superRefine(noOverlappingSlots),
  availableFrom: IsoDate,
  availableUntil: IsoDate.optional(),
  blackouts: z.array(DatePeriod).max(24),
  maxHoursPerMonth: z.number().int().min(1).max(160),
};

/** Agreement to the current consent text (profile form, consent page, API). */
export const ConsentAgreement = z
  .object({ version: z.string().max(40), accepted: z.boolean() })
  .strict()
  .superRefine((consent, ctx) => {
    if (!consent.accepted)
      ctx.addIssue({ code: 'custom', path: ['accepted'], ...issue('consent_required', 'Consent is required') });
    if (consent.version !== CONSENT.version) {
      ctx.addIssue({
        code: 'custom',
        path: ['version'],
        ...issue('outdated_consent', `Agree to consent version ${CONSENT.version}`),
      });
    }
  })
  .meta({
    description: `Consent to the current text (GET /api/consent): accepted true, version ${CONSENT.version}`,
  });
export type ConsentAgreement = z.infer<typeof ConsentAgreement>;

/** What a volunteer sends to create or replace their profile. */
export const ProfileInput = z
  .object({
    ...profileFields,
    /** The version the client last read; omitted when creating the profile. */
    version: z.number().int().min(1).optional(),
    consent: ConsentAgreement,
  })
  .strict()
  .refine((input) => !input.availableUntil || input.availableUntil >= input.availableFrom, {
    path: ['availableUntil'],
    ...issue('until_before_from', 'The last day must not be before the first'),
  })
  .meta({ id: 'ProfileInput', description: 'A volunteer profile as sent by the volunteer.' });
export type ProfileInput = z.infer<typeof ProfileInput>;

export const VolunteerProfile = z
  .object({
    ...profileFields,
    volunteerId: z.string(),
    email: z.email(),
    consent: z.object({ version: z.string(), acceptedAt: z.iso.datetime() }),
    paused: z.boolean(),
    version: z.number().int().min(1),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'VolunteerProfile', description: 'A volunteer profile as stored.' });
export type VolunteerProfile = z.infer<typeof VolunteerProfile>;

export const VolunteerIdParams = z.object({ volunteerId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }).strict();
