import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/api-route.ts';
import { meta, strict } from '../../shared/http/zod.ts';
import { ABSENCE_KINDS, CoverManagerStep, ManagerStep, Match, MatchEvent } from '../../shared/matches/schemas.ts';
import {
  Need,
  NeedEventSchema,
  NeedIdParams,
  NeedInput,
  NeedMessageInput,
  NeedTransitionInput,
} from '../../shared/needs/schemas.ts';
import { IsoDate } from '../../shared/volunteers/schemas.ts';

const Violation = meta(z.catchall(z.object({ code: z.string() }), z.unknown()), {
  id: 'Violation',
  description: 'A hard constraint the volunteer does not meet',
});
const ScoreItem = meta(
  z.catchall(
    z.object({
      criterion: z.enum(['nice_to_have', 'language', 'continuity', 'fair_spread', 'share']),
      points: z.number(),
    }),
    z.unknown(),
  ),
  {
    id: 'ScoreItem',
    description:
      'One criterion of a score and its points. share: `share` (0..1) of the judged dates the volunteer can come ' +
      'to and their `absences`; ⌊10 × share⌋ points, so only every date scores 10',
  },
);

export const CandidateList = meta(
  z.object({
    proposals: z.array(
      z.object({
        volunteerId: z.string(),
        firstName: z.string(),
        score: z.number(),
        explanation: z.array(ScoreItem),
        absences: meta(z.array(IsoDate), {
          description: 'The remaining dates of the need the volunteer cannot come to (their absences if they accept)',
        }),
      }),
    ),
    excluded: z.array(z.object({ volunteerId: z.string(), firstName: z.string(), violations: z.array(Violation) })),
    cost: z.object({ itemsRead: z.number(), capacityUnits: z.number(), candidatesRead: z.number() }),
    existing: z.record(z.string(), z.string()),
  }),
  {
    id: 'CandidateList',
    description:
      'Ranked proposals with explanations, and every excluded candidate with its reasons. Candidates are the ' +
      "volunteers the candidate index returns for the need: active, in the need's quarter, with one of its required " +
      'skills, a weekly slot that can cover its time and, for work with minors, a safeguarding check that can count; ' +
      'anyone else cannot be eligible and is not listed. A weekly need proposes whoever can come to at least its ' +
      '`minSharePercent` of the remaining dates (rounded up to whole dates; overlap, hour cap and safeguarding are ' +
      'judged on the dates they come to); `not_available` carries `dates` (the first absent ones), `coming`, ' +
      '`required` and `total`.',
  },
);

const RosterPerson = z.object({ volunteerId: z.string(), firstName: z.string() });
export const RosterEntry = meta(
  z.object({
    date: IsoDate,
    start: meta(z.string(), { description: 'HH:MM, Europe/Berlin' }),
    end: meta(z.string(), { description: 'HH:MM, Europe/Berlin' }),
    coming: z.array(z.extend(RosterPerson, { cover: z.boolean() })),
    absent: z.array(z.extend(RosterPerson, { kind: z.enum(ABSENCE_KINDS) })),
    invited: meta(z.array(RosterPerson), { description: 'Open cover invitations for the date' }),
    open: meta(z.number().check(z.int(), z.gte(0)), {
      description: 'Places still free on the date (a gap when above 0)',
    }),
  }),
  { id: 'RosterEntry', description: 'One date of a need: who comes, who is absent and why, the places open' },
);

const NeedWithMatches = meta(
  z.extend(Need, {
    roster: meta(z.optional(z.array(RosterEntry)), { description: 'Every date of the need, in date order' }),
    matches: z.optional(z.array(Match)),
    events: z.optional(z.array(MatchEvent)),
    needEvents: meta(z.optional(z.array(NeedEventSchema)), {
      description: "The need's own history: edits, cancellation, messages",
    }),
  }),
  { id: 'NeedDetail' },
);

const MatchParams = strict(z.extend(NeedIdParams, { volunteerId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/)) }));
const ManagerActionParams = strict(
  z.extend(MatchParams, {
    action: ManagerStep,
  }),
);
const ManagerActionQuery = z.strictObject({
  date: meta(z.optional(IsoDate), {
    description:
      'For `no_show` (mark one date as no-show) and `came` (undo that): the date, one the volunteer is committed to; ' +
      'a one-off need needs none. Allowed from the end of the date until NO_SHOW_WINDOW_DAYS (7) days after it ' +
      '(409 INVALID_TRANSITION before, 409 NO_SHOW_WINDOW_OVER after). A date counts as completed once its time ' +
      'has ended without any step; `complete` records the whole match after its last date.',
  }),
});

export const InviteInput = meta(
  z.union([
    z.strictObject({
      volunteerIds: z.array(z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/))).check(z.minLength(1), z.maxLength(20)),
    }),
    z.strictObject({
      top: meta(z.number().check(z.int(), z.gte(1), z.lte(20)), {
        description:
          'The best N proposals not yet asked (or whose invitation expired); whoever declined, withdrew or was closed or cancelled is asked again only by name',
      }),
    }),
  ]),
  { id: 'InviteInput', description: 'Invite these volunteers, or the top N proposals' },
);

const tag = 'Needs';
/** Managers, for the needs of their quarters (the service checks the quarter), and admins. */
const MANAGING = ['manager', 'admin'] as const;
const errors = [401, 403, 404, 409] as const;

export const createNeed = defineRoute({
  method: 'post',
  path: '/api/needs',
  operationId: 'createNeed',
  summary: 'Post a need (as a draft) in one of my quarters',
  tag,
  security: 'signed-in',
  roles: MANAGING,
  body: NeedInput,
  responses: { 201: { description: 'Created', schema: Need } },
  errors: [...errors],
});
export const listNeeds = defineRoute({
  method: 'get',
  path: '/api/needs',
  operationId: 'listNeeds',
  summary: 'Managers: the needs of my quarters. Volunteers: open needs where I help',
  tag,
  security: 'signed-in',
  roles: ['volunteer', 'manager', 'admin'],
  responses: { 200: { description: 'Needs', schema: z.object({ needs: z.array(Need) }) } },
  errors: [401],
});
export const getNeed = defineRoute({
  method: 'get',
  path: '/api/needs/{needId}',
  operationId: 'getNeed',
  summary: 'A need; for its managers with matches and history',
  tag,
  security: 'signed-in',
  roles: ['volunteer', 'manager', 'admin'],
  params: NeedIdParams,
  responses: { 200: { description: 'The need', schema: NeedWithMatches } },
  errors: [...errors],
});
export const updateNeed = defineRoute({
  method: 'put',
  path: '/api/needs/{needId}',
  operationId: 'updateNeed',
  summary: 'Edit a need (with the version last read)',
  tag,
  security: 'signed-in',
  roles: MANAGING,
  params: NeedIdParams,
  body: NeedInput,
  responses: { 200: { description: 'Updated', schema: Need } },
  errors: [...errors],
});
export const setNeedStatus = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/status',
  operationId: 'setNeedStatus',
  summary: 'Publish, close or cancel a need (a cancel needs a reason once volunteers have accepted)',
  tag,
  security: 'signed-in',
  roles: MANAGING,
  params: NeedIdParams,
  body: NeedTransitionInput,
  responses: { 200: { description: 'Updated', schema: Need } },
  errors: [...errors],
});
export const listCandidates = defineRoute({
  method: 'get',
  path: '/api/needs/{needId}/candidates',
  operationId: 'listCandidates',
  summary: 'Ranked candidates with explanations, and the excluded with reasons',
  tag,
  security: 'signed-in',
  roles: MANAGING,
  params: NeedIdParams,
  query: z.strictObject({
    withoutCheck: meta(z.optional(z.enum(['true', 'false'])), {
      description:
        'true: for a need with minors, also list (as excluded) the volunteers who lack only a valid safeguarding ' +
        'check, so that a manager can ask them for one. Reads more of the candidate index.',
    }),
  }),
  responses: { 200: { description: 'Candidates', schema: CandidateList } },
  errors: [...errors],
});
export const inviteVolunteers = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/invitations',
  operationId: 'inviteVolunteers',
  summary: 'Invite proposed volunteers (or the top N)',
  tag,
  security: 'signed-in',
  roles: MANAGING,
  params: NeedIdParams,
  body: InviteInput,
  responses: {
    200: {
      description: 'Invited; those who could not be invited are listed with the reason',
      schema: z.object({
        matches: z.array(Match),
        failed: z.array(
          z.catchall(z.object({ volunteerId: z.string(), code: z.string(), message: z.string() }), z.unknown()),
        ),
      }),
    },
  },
  errors: [...errors],
});
export const managerMatchAction = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/matches/{volunteerId}/{action}',
  operationId: 'managerMatchAction',
  summary: 'Confirm or decline an offer, record completed, mark a date as no-show (or undo it), or cancel a match',
  tag,
  security: 'signed-in',
  roles: MANAGING,
  params: ManagerActionParams,
  query: ManagerActionQuery,
  responses: { 200: { description: 'The match', schema: Match } },
  errors: [...errors],
});
/** One date of a need: what cover concerns. */
const DateParams = strict(
  z.extend(NeedIdParams, {
    date: meta(IsoDate, { description: 'One date of the need (YYYY-MM-DD, Europe/Berlin)' }),
  }),
);
const CoverManagerActionParams = strict(
  z.extend(DateParams, {
    volunteerId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/)),
    action: CoverManagerStep,
  }),
);
const coverTag = 'Cover';
const coverErrors = errors;

export const listCoverCandidates = defineRoute({
  method: 'get',
  path: '/api/needs/{needId}/dates/{date}/candidates',
  operationId: 'listCoverCandidates',
  summary:
    'Cover: the candidates for one date of the need alone (the same hard constraints, judged on that date). ' +
    '`existing` names who is asked or comes that date already (series members coming: accepted). ' +
    '404: not a date of the need; 409 DATE_PASSED: it has started',
  tag: coverTag,
  security: 'signed-in',
  roles: MANAGING,
  params: DateParams,
  responses: { 200: { description: 'Candidates for the date', schema: CandidateList } },
  errors: [...coverErrors],
});
export const inviteCover = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/dates/{date}/invitations',
  operationId: 'inviteCover',
  summary:
    'Cover: invite volunteers (or the best N proposals for the date, by the same rule as the need) for one date ' +
    'that has a gap (409 DATE_FULL otherwise); the need must be open or filled',
  tag: coverTag,
  security: 'signed-in',
  roles: MANAGING,
  params: DateParams,
  body: InviteInput,
  responses: inviteVolunteers.responses,
  errors: [...coverErrors],
});
export const managerCoverAction = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/dates/{date}/matches/{volunteerId}/{action}',
  operationId: 'managerCoverAction',
  summary: "Cover: confirm or decline a volunteer's offer for the date, or cancel their cover",
  tag: coverTag,
  security: 'signed-in',
  roles: MANAGING,
  params: CoverManagerActionParams,
  responses: { 200: { description: 'The cover match', schema: Match } },
  errors: [...coverErrors],
});

export const sendNeedMessage = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/messages',
  operationId: 'sendNeedMessage',
  summary: 'Write to everyone accepted (or invited and accepted) on an open or filled need',
  tag,
  security: 'signed-in',
  roles: MANAGING,
  params: NeedIdParams,
  body: NeedMessageInput,
  responses: {
    201: {
      description:
        "Written to the need's history and mailed to the audience. With an Idempotency-Key header a repeated " +
        'request writes nothing more and answers with the message written first.',
      schema: NeedEventSchema,
    },
  },
  errors: [...errors],
});

const FeedUrl = meta(
  z.object({
    url: meta(z.url(), { description: 'The secret feed URL: whoever has it reads the feed, without signing in' }),
    audience: z.enum(['volunteer', 'manager']),
    createdAt: z.iso.datetime(),
  }),
  { id: 'CalendarFeedUrl' },
);
const calendarTag = 'Calendar';
/** Volunteers get their commitments, managers and admins their quarters' needs. */
const FEED_ROLES = ['volunteer', 'manager', 'admin'] as const;

export const getCalendarFeed = defineRoute({
  method: 'get',
  path: '/api/calendar/feed',
  operationId: 'getCalendarFeed',
  summary: 'My calendar feed URL (made on first call; repeated calls return the same)',
  tag: calendarTag,
  security: 'signed-in',
  roles: FEED_ROLES,
  responses: { 200: { description: 'The feed URL', schema: FeedUrl } },
  errors: [401, 403],
});
export const renewCalendarFeed = defineRoute({
  method: 'post',
  path: '/api/calendar/feed/renew',
  operationId: 'renewCalendarFeed',
  summary: 'A new feed URL in place of the old one, which stops working at once',
  tag: calendarTag,
  security: 'signed-in',
  roles: FEED_ROLES,
  responses: { 200: { description: 'The new feed URL', schema: FeedUrl } },
  errors: [401, 403],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [
  createNeed,
  listNeeds,
  getNeed,
  updateNeed,
  setNeedStatus,
  listCandidates,
  inviteVolunteers,
  managerMatchAction,
  listCoverCandidates,
  inviteCover,
  managerCoverAction,
  sendNeedMessage,
  getCalendarFeed,
  renewCalendarFeed,
];
