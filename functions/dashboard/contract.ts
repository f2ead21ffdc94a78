import * as z from 'zod/mini';
import { ROLES } from '../../shared/auth/caller.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import { meta, strict } from '../../shared/http/zod.ts';
import { Match, VolunteerStep } from '../../shared/matches/schemas.ts';
import { NeedIdParams } from '../../shared/needs/schemas.ts';
import { IsoDate } from '../../shared/volunteers/schemas.ts';

// The volunteer's side of needs and matches: their steps, absences and commitments. The
// managers' API of needs is the needs function's (functions/needs).

const VolunteerActionParams = strict(
  z.extend(NeedIdParams, {
    action: VolunteerStep,
  }),
);
const tag = 'Needs';
const errors = [401, 403, 404, 409] as const;

export const volunteerMatchAction = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/me/{action}',
  operationId: 'volunteerMatchAction',
  summary: 'Offer to help, accept or decline an invitation, or withdraw',
  tag,
  security: 'signed-in',
  roles: ['volunteer'],
  params: VolunteerActionParams,
  responses: { 200: { description: 'The match', schema: Match } },
  errors: [...errors],
});
export const AbsenceInput = meta(
  z.strictObject({ date: meta(IsoDate, { description: 'One of the dates I come to (YYYY-MM-DD)' }) }),
  { id: 'AbsenceInput' },
);
export const declareAbsence = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/absences',
  operationId: 'declareAbsence',
  summary:
    'Say I cannot come on one date of a series I accepted, until ABSENCE_CUTOFF_HOURS (24) before its start; ' +
    "the need's managers are told. Repeating it changes nothing. 400 (date): not one of my dates; 409: too late " +
    '(ABSENCE_TOO_LATE), not accepted, or the need closed',
  tag,
  security: 'signed-in',
  roles: ['volunteer'],
  params: NeedIdParams,
  body: AbsenceInput,
  responses: { 200: { description: 'The match with its absences', schema: Match } },
  errors: [...errors],
});
const CoverVolunteerActionParams = strict(
  z.extend(NeedIdParams, {
    date: meta(IsoDate, { description: 'One date of the need (YYYY-MM-DD, Europe/Berlin)' }),
    action: VolunteerStep,
  }),
);
export const volunteerCoverAction = defineRoute({
  method: 'post',
  path: '/api/needs/{needId}/dates/{date}/me/{action}',
  operationId: 'volunteerCoverAction',
  summary:
    'Cover: accept or decline an invitation for one date, offer to cover a date with a gap, or withdraw before ' +
    'the date starts. Of concurrent accepts for the last place of a date one wins; the others get 409 DATE_FULL',
  tag: 'Cover',
  security: 'signed-in',
  roles: ['volunteer'],
  params: CoverVolunteerActionParams,
  responses: { 200: { description: 'The cover match', schema: Match } },
  errors: [...errors],
});

export const myMatches = defineRoute({
  method: 'get',
  path: '/api/matches/me',
  operationId: 'myMatches',
  summary: 'My invitations and commitments',
  tag,
  security: 'signed-in',
  roles: ROLES,
  responses: { 200: { description: 'Matches', schema: z.object({ matches: z.array(Match) }) } },
  errors: [401],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [volunteerMatchAction, declareAbsence, myMatches, volunteerCoverAction];
