import * as z from 'zod';
import { LanguageCode, Slug } from '../catalog/schemas.ts';
import { addYears, minutesOfDay } from '../time/calendar.ts';
import { IsoDate, TimeOfDay, Weekday, whenFieldsValid } from '../volunteers/schemas.ts';

const issue = (code: string, message: string) => ({ message, params: { code } });

const timeWindow = <T extends { start: string; end: string }>(value: T) =>
  minutesOfDay(value.end) > minutesOfDay(value.start);
const timesValid = whenFieldsValid({ start: TimeOfDay, end: TimeOfDay });
const datesValid = whenFieldsValid({ firstDate: IsoDate, lastDate: IsoDate });

export const OnceSchedule = z
  .object({ kind: z.literal('once'), date: IsoDate, start: TimeOfDay, end: TimeOfDay })
  .strict()
  .refine(timeWindow, {
    path: ['end'],
    when: timesValid,
    ...issue('end_before_start', 'The end must be after the start'),
  });

export const WeeklySchedule = z
  .object({
    kind: z.literal('weekly'),
    weekday: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
    firstDate: IsoDate,
    lastDate: IsoDate,
  })
  .strict()
  .refine(timeWindow, {
    path: ['end'],
    when: timesValid,
    ...issue('end_before_start', 'The end must be after the start'),
  })
  .refine((s) => s.lastDate >= s.firstDate, {
    path: ['lastDate'],
    when: datesValid,
    ...issue('until_before_from', 'The last date must not be before the first'),
  })
  .refine((s) => s.lastDate <= addYears(s.firstDate, 1), {
    path: ['lastDate'],
    when: datesValid,
    ...issue('too_long', 'A weekly need lasts at most a year'),
  });

export const Schedule = z.discriminatedUnion('kind', [OnceSchedule, WeeklySchedule]).meta({
  id: 'Schedule',
  description:
    'Once (date and time window) or weekly (weekday, time window, first and last date); Europe/Berlin wall-clock times',
});

export const NEED_STATUSES = ['draft', 'open', 'filled', 'closed', 'cancelled'] as const;
export const NeedStatus = z.enum(NEED_STATUSES);
export type NeedStatus = z.infer<typeof NeedStatus>;

export const AUTO_COVER_MODES = ['off', 'one', 'batch'] as const;
/** How many invitations a batch sends at once when the manager gives no number. */
export const DEFAULT_COVER_BATCH = 3;

/**
 * Automatic cover (shared/matches/auto-cover.ts): for every date with a gap, the best proposals
 * are invited in order, one at a time or a batch at once, until the gap is filled.
 */
export const AutoCover = z
  .object({
    mode: z.enum(AUTO_COVER_MODES),
    batchSize: z
      .number()
      .int()
      .min(1)
      .max(10)
      .optional()
      .meta({
        description: `batch: how many invitations are out at once per date (default ${DEFAULT_COVER_BATCH}, at least one per open place)`,
      }),
  })
  .strict()
  .meta({
    id: 'AutoCover',
    description:
      'Automatic cover: off (default), one (one invitation per open place at a time) or batch (batchSize at once); ' +
      'the list moves on when someone declines, withdraws or lets an invitation expire',
  });
export type AutoCover = z.infer<typeof AutoCover>;

const needFields = {
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000),
  quarterId: Slug,
  venueId: Slug,
  schedule: Schedule,
  places: z.number().int().min(1).max(50),
  requiredSkills: z.array(Slug).max(10),
  niceToHaveSkills: z.array(Slug).max(10),
  languages: z.array(LanguageCode).max(10).meta({ description: 'Any one of them suffices; empty: no language needed' }),
  involvesMinors: z.boolean(),
  minSharePercent: z.number().int().min(1).max(100).optional().meta({
    description:
      'Weekly needs: the least share of the remaining dates (in %) a volunteer must be able to come to, to be proposed; the other dates are their absences. Absent: 75. 100: every date. A one-off need is always 100 (the field is ignored there)',
  }),
  autoCover: AutoCover.optional(),
};

/** A manager's reason for a change or a cancellation, told to the volunteers concerned. */
const Reason = z.string().trim().max(500);

/** What a manager sends to create or edit a need. */
export const NeedInput = z
  .object({
    ...needFields,
    version: z.number().int().min(1).optional(),
    changeReason: Reason.optional().meta({
      description: 'Why the need changed, for the volunteers invited or accepted (not stored on the need)',
    }),
  })
  .strict()
  .meta({ id: 'NeedInput', description: 'A need as posted by a quarter manager.' });
export type NeedInput = z.infer<typeof NeedInput>;

export const Need = z
  .object({
    ...needFields,
    needId: z.string(),
    status: NeedStatus,
    acceptedCount: z.number().int().min(0),
    fillRound: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'How often the need has filled up; absent: never' }),
    rosterVersion: z.number().int().min(0).optional().meta({
      description:
        'Counts the steps that changed who comes on a date (accepts, withdrawals, absences, cover); absent: none yet',
    }),
    initiativeIds: z.array(z.string()),
    version: z.number().int().min(1),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Need', description: 'A need with its status and fill level.' });
export type Need = z.infer<typeof Need>;

export const NeedIdParams = z.object({ needId: z.uuid() }).strict();

export const NeedTransitionInput = z
  .object({
    action: z.enum(['publish', 'close', 'cancel']),
    version: z.number().int().min(1),
    reason: Reason.optional().meta({
      description:
        'cancel: why, for the volunteers whose matches are cancelled (each is told by e-mail). Required when volunteers have accepted: without it 400 with the field path `reason`',
    }),
  })
  .strict()
  .meta({
    id: 'NeedTransitionInput',
    description: 'Publish a draft, close or cancel a need, at the version last read (409 when it changed meanwhile).',
  });

export const MESSAGE_AUDIENCES = ['accepted', 'invitedAndAccepted'] as const;

/** A manager's message to the people of a need. */
export const NeedMessageInput = z
  .object({
    text: z.string().trim().min(1).max(2000),
    audience: z.enum(MESSAGE_AUDIENCES).meta({ description: 'Everyone accepted, or everyone invited and accepted' }),
  })
  .strict()
  .meta({ id: 'NeedMessageInput' });
export type NeedMessageInput = z.infer<typeof NeedMessageInput>;

/** The need's own history: edits visible to volunteers, its cancellation, messages (see need-event.ts). */
export const NeedEventSchema = z
  .object({
    needId: z.string(),
    action: z.enum(['changed', 'cancelled', 'message']),
    by: z.string(),
    at: z.iso.datetime(),
    reason: z.string().optional(),
    changes: z.array(z.string()).optional().meta({ description: 'changed: the NeedInput fields that changed' }),
    text: z.string().optional(),
    audience: z.enum(MESSAGE_AUDIENCES).optional(),
    messageId: z.string().optional(),
  })
  .meta({ id: 'NeedEvent' });
