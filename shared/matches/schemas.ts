import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';
import { Schedule } from '../needs/schemas.ts';
import { IsoDate, SpokenLanguage } from '../volunteers/schemas.ts';
import { MATCH_STATUSES } from './statuses.ts';

export { MATCH_STATUSES };
export const MatchStatus = z.enum(MATCH_STATUSES);
export type MatchStatus = z.infer<typeof MatchStatus>;

export const MATCH_ACTIONS = [
  'invite',
  'offer',
  'accept',
  'decline',
  'withdraw',
  'complete',
  'no_show',
  /** Undoes a date's no-show: the volunteer came after all. */
  'came',
  'cancel',
] as const;
export const MatchAction = z.enum(MATCH_ACTIONS);
export type MatchAction = z.infer<typeof MatchAction>;

/** The steps a manager takes on a match by hand (inviting has routes of its own). */
export const ManagerStep = z.enum([
  'accept',
  'decline',
  'complete',
  'no_show',
  'came',
  'cancel',
] as const satisfies readonly MatchAction[]);
export type ManagerStep = z.infer<typeof ManagerStep>;
/** A manager's steps on a cover match (one date of a series). */
export const CoverManagerStep = z.enum(['accept', 'decline', 'cancel'] as const satisfies readonly ManagerStep[]);
/** The steps a volunteer takes on a match, of the series or of one date. */
export const VolunteerStep = z.enum([
  'offer',
  'accept',
  'decline',
  'withdraw',
] as const satisfies readonly MatchAction[]);
export type VolunteerStep = z.infer<typeof VolunteerStep>;

export const Review = meta(
  z.object({
    status: z.enum(['confirmed', 'concern']),
    reason: z.optional(z.string()),
    by: z.string(),
    at: z.iso.datetime(),
  }),
  { id: 'Review', description: "An initiative's check of an accepted match." },
);
export type Review = z.infer<typeof Review>;

export const ABSENCE_KINDS = [
  /** Known at acceptance: the volunteer's availability does not cover the date. */
  'unavailable',
  /** Said by the volunteer after accepting. */
  'declared',
  /** Every place of the date was already taken (by cover) when the volunteer accepted the series. */
  'taken',
] as const;

/** A date of a series the volunteer does not come to, and why. */
export const Absence = meta(
  z.object({
    date: IsoDate,
    kind: z.enum(ABSENCE_KINDS),
    at: meta(z.optional(z.iso.datetime()), { description: 'declared: when the volunteer said so' }),
  }),
  { id: 'Absence' },
);
export type Absence = z.infer<typeof Absence>;

/** One volunteer's relation to one need (or, for cover, one date of it), with its lifecycle state. */
export const Match = meta(
  z.object({
    needId: z.string(),
    volunteerId: z.string(),
    date: meta(z.optional(IsoDate), {
      description: 'A cover match: the one date of the series it is for; absent for the series itself',
    }),
    status: MatchStatus,
    /** Denormalised for lists: what the volunteer and initiatives see without more reads. */
    firstName: z.string(),
    languages: z.array(SpokenLanguage),
    needTitle: z.string(),
    quarterId: z.string(),
    venueId: z.string(),
    schedule: Schedule,
    inviteExpiresAt: z.optional(z.iso.datetime()),
    fillRound: meta(z.optional(z.number().check(z.int(), z.gte(0))), {
      description: "The need's fillRound when invited or offered: closed once the need has filled since",
    }),
    review: z.optional(Review),
    dates: meta(z.optional(z.array(IsoDate)), {
      description: 'Once accepted: the dates the volunteer comes to (the remaining dates at acceptance, less absences)',
    }),
    absences: meta(z.optional(z.array(Absence)), { description: 'Dates of the series the volunteer does not come to' }),
    noShows: meta(z.optional(z.array(IsoDate)), {
      description:
        'Dates a manager marked as no-show. Every other committed date counts as done once its time window has ended',
    }),
    version: z.number().check(z.int(), z.gte(1)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
  { id: 'Match', description: 'A volunteer and a need, and where they stand.' },
);
export type Match = z.infer<typeof Match>;

/** A recorded transition: who did what, when. */
export const MatchEvent = meta(
  z.object({
    needId: z.string(),
    volunteerId: z.string(),
    action: z.union([
      MatchAction,
      z.enum(['close', 'review_confirmed', 'review_concern']),
      /** A volunteer said they cannot come on `date` of a series they accepted (the match stays accepted). */
      z.enum(['absent']),
    ]),
    from: z.string(),
    to: z.string(),
    by: z.string(),
    at: z.iso.datetime(),
    date: meta(z.optional(IsoDate), {
      description: 'The date a step concerns (cover, an absence, a no-show or its undoing)',
    }),
    reason: meta(z.optional(z.string()), { description: "A concern's reason; `need_full` when an invitation closed" }),
  }),
  { id: 'MatchEvent' },
);
export type MatchEvent = z.infer<typeof MatchEvent>;
