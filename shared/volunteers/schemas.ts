import * as z from 'zod/mini';
import { LanguageCode, LanguageLevel, Slug } from '../catalog/schemas.ts';
import { meta } from '../http/zod.ts';
import { isCalendarDate, minutesOfDay, WEEKDAYS } from '../time/calendar.ts';
import { CONSENT } from './consent.ts';

const issue = (code: string, message: string) => ({ message, params: { code } });

export const IsoDate = meta(
  z.string().check(z.refine(isCalendarDate, issue('invalid_date', 'Use a real date as YYYY-MM-DD'))),
  { description: 'Calendar date (Europe/Berlin) as YYYY-MM-DD', example: '2026-12-01' },
);

export const TimeOfDay = meta(
  z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM between 00:00 and 24:00')),
  { description: 'Wall-clock time in Europe/Berlin as HH:MM; 24:00 ends the day', example: '15:30' },
);

export const Weekday = z.enum(WEEKDAYS);

/**
 * For `.refine(check, { when })`: runs a check across fields even when other fields of the object
 * have issues, as long as the fields it reads are valid, so that a form shows every error at once
 * (zod otherwise skips an object's refinements until the whole object parses).
 */
export const whenFieldsValid =
  (fields: Record<string, z.ZodMiniType>) =>
  (payload: z.core.ParsePayload): boolean => {
    const value = payload.value;
    if (typeof value !== 'object' || value === null) return false;
    return Object.entries(fields).every(
      ([name, schema]) => schema.safeParse((value as Record<string, unknown>)[name]).success,
    );
  };

export const WeeklySlot = meta(
  z.strictObject({ weekday: Weekday, start: TimeOfDay, end: TimeOfDay }).check(
    z.refine((slot) => minutesOfDay(slot.end) > minutesOfDay(slot.start), {
      path: ['end'],
      when: whenFieldsValid({ start: TimeOfDay, end: TimeOfDay }),
      ...issue('end_before_start', 'The end must be after the start'),
    }),
  ),
  { id: 'WeeklySlot', description: 'A weekly time window when the volunteer is available.' },
);
export type WeeklySlot = z.infer<typeof WeeklySlot>;

export const DatePeriod = meta(
  z.strictObject({ from: IsoDate, until: IsoDate }).check(
    z.refine((period) => period.until >= period.from, {
      path: ['until'],
      when: whenFieldsValid({ from: IsoDate, until: IsoDate }),
      ...issue('until_before_from', 'The last day must not be before the first'),
    }),
  ),
  { id: 'DatePeriod', description: 'Whole days, both inclusive.' },
);
export type DatePeriod = z.infer<typeof DatePeriod>;

export const SpokenLanguage = meta(z.strictObject({ code: LanguageCode, level: LanguageLevel }), {
  id: 'SpokenLanguage',
});
export type SpokenLanguage = z.infer<typeof SpokenLanguage>;

function noDuplicates<T>(key: (item: T) => string, code: string) {
  return (items: T[], ctx: z.core.$RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item)))
        ctx.addIssue({ code: 'custom', path: [index], message: 'Listed twice', params: { code } });
      seen.add(key(item));
    });
  };
}

function noOverlappingSlots(slots: WeeklySlot[], ctx: z.core.$RefinementCtx): void {
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
  firstName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  lastName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  phone: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(26),
        z.regex(/^\+?[0-9][0-9 ()/-]{5,24}$/, issue('invalid_phone', 'Use digits, spaces and + ( ) / -').message),
      ),
  ),
  languages: z
    .array(SpokenLanguage)
    .check(z.minLength(1), z.maxLength(20), z.superRefine(noDuplicates((l) => l.code, 'duplicate_language'))),
  skills: z.array(Slug).check(z.maxLength(50), z.superRefine(noDuplicates((s) => s, 'duplicate_skill'))),
  quarters: meta(
    z.union([
      z.literal('all'),
      z.array(Slug).check(z.minLength(1), z.maxLength(6), z.superRefine(noDuplicates((q) => q, 'duplicate_quarter'))),
    ]),
    { description: '"all", or the ids of up to 6 quarters the volunteer is willing to help in' },
  ),
  weeklySlots: z.array(WeeklySlot).check(z.minLength(1), z.maxLength(28), z.superRefine(noOverlappingSlots)),
  availableFrom: IsoDate,
  availableUntil: z.optional(IsoDate),
  blackouts: z.array(DatePeriod).check(z.maxLength(24)),
  maxHoursPerMonth: z.number().check(z.int(), z.gte(1), z.lte(160)),
};

/** Agreement to the current consent text (profile form, consent page, API). */
export const ConsentAgreement = meta(
  z.strictObject({ version: z.string().check(z.maxLength(40)), accepted: z.boolean() }).check(
    z.superRefine((consent, ctx) => {
      if (!consent.accepted)
        ctx.addIssue({ code: 'custom', path: ['accepted'], ...issue('consent_required', 'Consent is required') });
      if (consent.version !== CONSENT.version) {
        ctx.addIssue({
          code: 'custom',
          path: ['version'],
          ...issue('outdated_consent', `Agree to consent version ${CONSENT.version}`),
        });
      }
    }),
  ),
  {
    description: `Consent to the current text (GET /api/consent): accepted true, version ${CONSENT.version}`,
  },
);
export type ConsentAgreement = z.infer<typeof ConsentAgreement>;

/** What a volunteer sends to create or replace their profile. */
export const ProfileInput = meta(
  z
    .strictObject({
      ...profileFields,
      /** The version the client last read; omitted when creating the profile. */
      version: z.optional(z.number().check(z.int(), z.gte(1))),
      consent: ConsentAgreement,
    })
    .check(
      z.refine((input) => !input.availableUntil || input.availableUntil >= input.availableFrom, {
        path: ['availableUntil'],
        ...issue('until_before_from', 'The last day must not be before the first'),
      }),
    ),
  { id: 'ProfileInput', description: 'A volunteer profile as sent by the volunteer.' },
);
export type ProfileInput = z.infer<typeof ProfileInput>;

export const VolunteerProfile = meta(
  z.object({
    ...profileFields,
    volunteerId: z.string(),
    email: z.email(),
    consent: z.object({ version: z.string(), acceptedAt: z.iso.datetime() }),
    paused: z.boolean(),
    version: z.number().check(z.int(), z.gte(1)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
  { id: 'VolunteerProfile', description: 'A volunteer profile as stored.' },
);
export type VolunteerProfile = z.infer<typeof VolunteerProfile>;

export const VolunteerIdParams = z.strictObject({ volunteerId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/)) });
