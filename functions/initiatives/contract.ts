import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/api-route.ts';
import { InitiativeNeedView, ReviewInput } from '../../shared/initiatives/schemas.ts';
import { Match } from '../../shared/matches/schemas.ts';

const tag = 'Initiatives';

export const linkedNeeds = defineRoute({
  method: 'get',
  path: '/api/initiative/needs',
  operationId: 'linkedNeeds',
  summary: 'The needs linked to my initiative; of accepted matches only first name and languages',
  tag,
  security: 'signed-in',
  roles: ['initiative'],
  responses: { 200: { description: 'Needs', schema: z.object({ needs: z.array(InitiativeNeedView) }) } },
  errors: [401, 403],
});
export const reviewMatch = defineRoute({
  method: 'put',
  path: '/api/initiative/needs/{needId}/matches/{volunteerId}/review',
  operationId: 'reviewMatch',
  summary: 'Confirm a match or raise a concern (idempotent)',
  tag,
  security: 'signed-in',
  roles: ['initiative'],
  params: z.strictObject({ needId: z.uuid(), volunteerId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/)) }),
  body: ReviewInput,
  responses: {
    200: {
      description: 'Reviewed',
      schema: z.pick(Match, { needId: true, volunteerId: true, status: true, review: true }),
    },
  },
  errors: [401, 403, 404, 409],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [linkedNeeds, reviewMatch];
