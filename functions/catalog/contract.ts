import * as z from 'zod/mini';
import { Language, Quarter, Skill, Venue } from '../../shared/catalog/schemas.ts';
import { defineRoute } from '../../shared/http/api-route.ts';

export const listQuarters = defineRoute({
  method: 'get',
  path: '/api/quarters',
  operationId: 'listQuarters',
  summary: 'The quarters and their venues',
  tag: 'Catalog',
  security: 'public',
  responses: {
    200: {
      description: 'Quarters',
      schema: z.object({ quarters: z.array(z.extend(Quarter, { venues: z.array(Venue) })) }),
    },
  },
});

export const listSkills = defineRoute({
  method: 'get',
  path: '/api/skills',
  operationId: 'listSkills',
  summary: 'The skill catalogue',
  tag: 'Catalog',
  security: 'public',
  responses: { 200: { description: 'Skills', schema: z.object({ skills: z.array(Skill) }) } },
});

export const listLanguages = defineRoute({
  method: 'get',
  path: '/api/languages',
  operationId: 'listLanguages',
  summary: 'Languages volunteers can offer, and the levels',
  tag: 'Catalog',
  security: 'public',
  responses: {
    200: {
      description: 'Languages',
      schema: z.object({ languages: z.array(Language), levels: z.array(z.string()) }),
    },
  },
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [listQuarters, listSkills, listLanguages];
