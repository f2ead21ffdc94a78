import * as z from 'zod/mini';
import { LanguageCode, Slug } from '../catalog/schemas.ts';
import { meta } from '../http/zod.ts';
import { addYears, minutesOfDay } from '../time/calendar.ts';
import { IsoDate, TimeOfDay, Weekday, whenFieldsValid } from '../volunteers/schemas.ts';

const issue = (code: string, message: string) => ({ message, params: { code } });

const timeWindow = <T extends { start: string; end: string }>(value: T) =>
  minutesOfDay(value.end) > minutesOfDay(value.start);
const timesValid = whenFieldsValid({ start: TimeOfDay, end: TimeOfDay });
const datesValid = whenFieldsValid({ firstDate: IsoDate, lastDate: IsoDate });

export const OnceSchedule = z
  .strictObject({ kind: z.literal('once'), date: IsoDate, start: TimeOfDay, end: TimeOfDay })
  .check(
    z.refine(timeWindow, {
      path: ['end'],
      when: timesValid,
      ...issue('end_before_start', 'The end must be after the start'),
    }),
  );

export const WeeklySchedule = z
  .strictObject({
    kind: z.literal('weekly'),
    weekday: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
    firstDate: IsoDate,
    lastDate: IsoDate,
  })
  .check(
    z.refine(timeWindow, {
      path: ['end'],
      when: timesValid,
      ...issue('end_before_start', 'The end must be after the start'),
    }),
    z.refine((s) => s.lastDate >= s.firstDate, {
      path: ['lastDate'],
      when: datesValid,
      ...issue('until_before_from', 'The last date must not be before the first'),
    }),
    z.refine((s) => s.lastDate <= addYears(s.firstDate, 1), {
      path: ['lastDate'],
      when: datesValid,
      ...issue('too_long', 'A weekly need lasts at most a year'),
    }),
  );

export const Schedule = meta(z.discriminatedUnion('kind', [OnceSchedule, WeeklySchedule]), {
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
export const AutoCover = meta(
  z.strictObject({
    mode: z.enum(AUTO_COVER_MODES),
    batchSize: meta(z.optional(z.number().check(z.int(), z.gte(1), z.lte(10))), {
      description: `batch: how many invitations are out at once per date (default ${DEFAULT_COVER_BATCH}, at least one per open place)`,
    }),
  }),
  {
    id: 'AutoCover',
    description:
      'Automatic cover: off (default), one (one invitation per open place at a time) or batch (batchSize at once); ' +
      'the list moves on when someone declines, withdraws or lets an invitation expire',
  },
);
export type AutoCover = z.infer<typeof AutoCover>;

const needFields = {
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  description: z.string().check(z.trim(), z.maxLength(2000)),
  quarterId: Slug,
  venueId: Slug,
  schedule: Schedule,
  places: z.number().check(z.int(), z.gte(1), z.lte(50)),
  requiredSkills: z.array(Slug).check(z.maxLength(10)),
  niceToHaveSkills: z.array(Slug).check(z.maxLength(10)),
  languages: meta(z.array(LanguageCode).check(z.maxLength(10)), {
    description: 'Any one of them suffices; empty: no language needed',
  }),
  involvesMinors: z.boolean(),
  minSharePercent: meta(z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))), {
    description:
      'Weekly needs: the least share of the remaining dates (in %) a volunteer must be able to come to, to be proposed; the other dates are their absences. Absent: 75. 100: every date. A one-off need is always 100 (the field is ignored there)',
  }),
  autoCover: z.optional(AutoCover),
};

/** A manager's reason for a change or a cancellation, told to the volunteers concerned. */
const Reason = z.string().check(z.trim(), z.maxLength(500));

/** What a manager sends to create or edit a need. */
export const NeedInput = meta(
  z.strictObject({
    ...needFields,
    version: z.optional(z.number().check(z.int(), z.gte(1))),
    changeReason: meta(z.optional(Reason), {
      description: 'Why the need changed, for the volunteers invited or accepted (not stored on the need)',
    }),
  }),
  { id: 'NeedInput', description: 'A need as posted by a quarter manager.' },
);
export type NeedInput = z.infer<typeof NeedInput>;

export const Need = meta(
  z.object({
    ...needFields,
    needId: z.string(),
    status: NeedStatus,
    acceptedCount: z.number().check(z.int(), z.gte(0)),
    fillRound: meta(z.optional(z.number().check(z.int(), z.gte(0))), {
      description: 'How often the need has filled up; absent: never',
    }),
    rosterVersion: meta(z.optional(z.number().check(z.int(), z.gte(0))), {
      description:
        'Counts the steps that changed who comes on a date (accepts, withdrawals, absences, cover); absent: none yet',
    }),
    initiativeIds: z.array(z.string()),
    version: z.number().check(z.int(), z.gte(1)),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
  { id: 'Need', description: 'A need with its status and fill level.' },
);
export type Need = z.infer<typeof Need>;

export const NeedIdParams = z.strictObject({ needId: z.uuid() });

export const NeedTransitionInput = meta(
  z.strictObject({
    action: z.enum(['publish', 'close', 'cancel']),
    version: z.number().check(z.int(), z.gte(1)),
    reason: meta(z.optional(Reason), {
      description:
        'cancel: why, for the volunteers whose matches are cancelled (each is told by e-mail). Required when volunteers have accepted: without it 400 with the field path `reason`',
    }),
  }),
  {
    id: 'NeedTransitionInput',
    description: 'Publish a draft, close or cancel a need, at the version last read (409 when it changed meanwhile).',
  },
);

export const MESSAGE_AUDIENCES = ['accepted', 'invitedAndAccepted'] as const;

/** A manager's message to the people of a need. */
export const NeedMessageInput = meta(
  z.strictObject({
    text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    audience: meta(z.enum(MESSAGE_AUDIENCES), { description: 'Everyone accepted, or everyone invited and accepted' }),
  }),
  { id: 'NeedMessageInput' },
);
export type NeedMessageInput = z.infer<typeof NeedMessageInput>;

/** The need's own history: edits visible to volunteers, its cancellation, messages (see need-event.ts). */
export const NeedEventSchema = meta(
  z.object({
    needId: z.string(),
    action: z.enum(['changed', 'cancelled', 'message']),
    by: z.string(),
    at: z.iso.datetime(),
    reason: z.optional(z.string()),
    changes: meta(z.optional(z.array(z.string())), { description: 'changed: the NeedInput fields that changed' }),
    text: z.optional(z.string()),
    audience: z.optional(z.enum(MESSAGE_AUDIENCES)),
    messageId: z.optional(z.string()),
  }),
  { id: 'NeedEvent' },
);
