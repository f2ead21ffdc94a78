import * as z from 'zod/mini';
import { AuditPage, AuditQuery } from '../../shared/audit/schemas.ts';
import {
  CatalogEntriesView,
  QuarterInput,
  QuarterUpdate,
  SkillInput,
  SkillUpdate,
  VenueInput,
  VenueUpdate,
} from '../../shared/catalog/catalog-entries.ts';
import { Quarter, Skill, Slug, Venue } from '../../shared/catalog/schemas.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import { strict } from '../../shared/http/zod.ts';
import { Initiative, InitiativeIdParams, InitiativeInput, InitiativeUpdate } from '../../shared/initiatives/schemas.ts';

const tag = 'Admin';

export const listInitiatives = defineRoute({
  method: 'get',
  path: '/api/admin/initiatives',
  operationId: 'listInitiatives',
  summary: 'Registered initiatives',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  responses: { 200: { description: 'Initiatives', schema: z.object({ initiatives: z.array(Initiative) }) } },
  errors: [401, 403],
});
export const createInitiative = defineRoute({
  method: 'post',
  path: '/api/admin/initiatives',
  operationId: 'createInitiative',
  summary: 'Register an initiative',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  body: InitiativeInput,
  responses: { 201: { description: 'Created', schema: Initiative } },
  errors: [401, 403],
});
export const linkInitiative = defineRoute({
  method: 'put',
  path: '/api/admin/initiatives/{initiativeId}/needs/{needId}',
  operationId: 'linkInitiative',
  summary: 'Link an initiative to a need (idempotent)',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  params: strict(z.extend(InitiativeIdParams, { needId: z.uuid() })),
  responses: { 204: { description: 'Linked' } },
  errors: [401, 403, 404],
});

export const listAudit = defineRoute({
  method: 'get',
  path: '/api/admin/audit',
  operationId: 'listAudit',
  summary:
    'The audit trail, newest first: filter by person concerned, actor and period (admins only; viewing it is recorded too)',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  query: AuditQuery,
  responses: { 200: { description: 'A page of entries', schema: AuditPage } },
  errors: [401, 403],
});

export const updateInitiative = defineRoute({
  method: 'put',
  path: '/api/admin/initiatives/{initiativeId}',
  operationId: 'updateInitiative',
  summary: 'Rename an initiative, deactivate or reactivate it (at the version last read)',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  params: InitiativeIdParams,
  body: InitiativeUpdate,
  responses: { 200: { description: 'Changed', schema: Initiative } },
  errors: [401, 403, 404, 409],
});
export const unlinkInitiative = defineRoute({
  method: 'delete',
  path: '/api/admin/initiatives/{initiativeId}/needs/{needId}',
  operationId: 'unlinkInitiative',
  summary: 'Unlink an initiative from a need: its members no longer see the need (idempotent)',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  params: strict(z.extend(InitiativeIdParams, { needId: z.uuid() })),
  responses: { 204: { description: 'Unlinked' } },
  errors: [401, 403, 404],
});

const catalogTag = tag;
const QuarterParams = z.strictObject({ quarterId: Slug });
const VenueParams = z.strictObject({ venueId: Slug });
const SkillParams = z.strictObject({ skillId: Slug });
const state = { retired: z.boolean(), version: z.number().check(z.int()) };

export const listCatalogEntries = defineRoute({
  method: 'get',
  path: '/api/admin/catalog',
  operationId: 'listCatalogEntries',
  summary: 'Every quarter, venue and skill, retired ones too, with versions',
  tag: catalogTag,
  security: 'signed-in',
  roles: ['admin'],
  responses: { 200: { description: 'The catalogue', schema: CatalogEntriesView } },
  errors: [401, 403],
});
export const addQuarter = defineRoute({
  method: 'post',
  path: '/api/admin/quarters',
  operationId: 'addQuarter',
  summary: 'Add a quarter',
  tag: catalogTag,
  security: 'signed-in',
  roles: ['admin'],
  body: QuarterInput,
  responses: { 201: { description: 'Added', schema: z.extend(Quarter, state) } },
  errors: [401, 403, 409],
});
export const editQuarter = defineRoute({
  method: 'put',
  path: '/api/admin/quarters/{quarterId}',
  operationId: 'editQuarter',
  summary: 'Edit or retire a quarter (at the version last read)',
  tag: catalogTag,
  security: 'signed-in',
  roles: ['admin'],
  params: QuarterParams,
  body: QuarterUpdate,
  responses: { 200: { description: 'Changed', schema: z.extend(Quarter, state) } },
  errors: [401, 403, 404, 409],
});
export const addVenue = defineRoute({
  method: 'post',
  path: '/api/admin/venues',
  operationId: 'addVenue',
  summary: 'Add a venue with its address to a quarter',
  tag: catalogTag,
  security: 'signed-in',
  roles: ['admin'],
  body: VenueInput,
  responses: { 201: { description: 'Added', schema: z.extend(Venue, state) } },
  errors: [401, 403, 409],
});
export const editVenue = defineRoute({
  method: 'put',
  path: '/api/admin/venues/{venueId}',
  operationId: 'editVenue',
  summary: 'Edit or retire a venue (its quarter stays)',
  tag: catalogTag,
  security: 'signed-in',
  roles: ['admin'],
  params: VenueParams,
  body: VenueUpdate,
  responses: { 200: { description: 'Changed', schema: z.extend(Venue, state) } },
  errors: [401, 403, 404, 409],
});
export const addSkill = defineRoute({
  method: 'post',
  path: '/api/admin/skills',
  operationId: 'addSkill',
  summary: 'Add a skill, named in German and English',
  tag: catalogTag,
  security: 'signed-in',
  roles: ['admin'],
  body: SkillInput,
  responses: { 201: { description: 'Added', schema: z.extend(Skill, state) } },
  errors: [401, 403, 409],
});
export const editSkill = defineRoute({
  method: 'put',
  path: '/api/admin/skills/{skillId}',
  operationId: 'editSkill',
  summary: 'Edit or retire a skill: profiles and needs that have a retired skill stay valid',
  tag: catalogTag,
  security: 'signed-in',
  roles: ['admin'],
  params: SkillParams,
  body: SkillUpdate,
  responses: { 200: { description: 'Changed', schema: z.extend(Skill, state) } },
  errors: [401, 403, 404, 409],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [
  listInitiatives,
  createInitiative,
  linkInitiative,
  listAudit,
  updateInitiative,
  unlinkInitiative,
  listCatalogEntries,
  addQuarter,
  editQuarter,
  addVenue,
  editVenue,
  addSkill,
  editSkill,
];
