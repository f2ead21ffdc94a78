import * as z from 'zod/mini';
import { AuditPage, AuditQuery } from '../../shared/audit/schemas.ts';
import { ROLES } from '../../shared/auth/caller.ts';
import { Email } from '../../shared/auth/schemas.ts';
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
import { meta, strict } from '../../shared/http/zod.ts';
import { Initiative, InitiativeIdParams, InitiativeInput, InitiativeUpdate } from '../../shared/initiatives/schemas.ts';

const Assignment = meta(
  z.object({ userId: z.string(), quarters: z.array(z.string()), initiativeId: z.optional(z.string()) }),
  { id: 'StaffAssignment' },
);

export const StaffInvite = meta(
  z.strictObject({
    email: Email,
    role: z.enum(['manager', 'initiative', 'admin']),
    quarters: z.optional(z.array(Slug).check(z.maxLength(20))),
    initiativeId: z.optional(z.uuid()),
  }),
  { id: 'StaffInvite', description: 'Invite a staff account; Cognito e-mails a temporary password' },
);

export const AssignmentInput = meta(
  z.strictObject({
    role: z.enum(['manager', 'initiative']),
    quarters: z.optional(z.array(Slug).check(z.maxLength(20))),
    initiativeId: z.optional(z.uuid()),
  }),
  { id: 'AssignmentInput' },
);

export const RoleInput = meta(z.strictObject({ role: z.enum(['manager', 'initiative', 'admin', 'none']) }), {
  id: 'RoleInput',
  description: "The account's one staff role, or `none`; the volunteer role stays as it is",
});

const RoleChange = meta(z.object({ userId: z.string(), roles: z.array(z.enum(ROLES)) }), {
  id: 'RoleChange',
  description: 'Every role the account has now',
});

const StaffList = z.object({
  staff: z.array(
    z.object({
      userId: z.string(),
      email: z.string(),
      role: z.string(),
      status: z.string(),
      enabled: z.boolean(),
      assignment: z.optional(Assignment),
    }),
  ),
});

const tag = 'Admin';
const UserParams = z.strictObject({ userId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/)) });

export const listStaff = defineRoute({
  method: 'get',
  path: '/api/admin/staff',
  operationId: 'listStaff',
  summary: 'Staff accounts and their assignments',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  responses: { 200: { description: 'Staff', schema: StaffList } },
  errors: [401, 403],
});
export const inviteStaff = defineRoute({
  method: 'post',
  path: '/api/admin/staff',
  operationId: 'inviteStaff',
  summary: 'Invite a manager, initiative member or admin',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  body: StaffInvite,
  responses: { 201: { description: 'Invited', schema: Assignment } },
  errors: [401, 403, 409],
});
export const assignStaff = defineRoute({
  method: 'put',
  path: '/api/admin/staff/{userId}',
  operationId: 'assignStaff',
  summary: "Set a manager's quarters or a member's initiative",
  tag,
  security: 'signed-in',
  roles: ['admin'],
  params: UserParams,
  body: AssignmentInput,
  responses: { 200: { description: 'Assigned', schema: Assignment } },
  errors: [401, 403, 404],
});
export const setStaffRole = defineRoute({
  method: 'put',
  path: '/api/admin/staff/{userId}/role',
  operationId: 'setStaffRole',
  summary: "Change or withdraw an account's staff role: their web sessions follow on their next request",
  tag,
  security: 'signed-in',
  roles: ['admin'],
  params: UserParams,
  body: RoleInput,
  responses: { 200: { description: 'Changed', schema: RoleChange } },
  errors: [401, 403, 404],
});
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

export const ActiveInput = meta(z.strictObject({ active: z.boolean() }), {
  id: 'ActiveInput',
  description: '`false` deactivates the account (its sessions end at once), `true` reactivates it',
});

const StaffAccountView = meta(
  z.object({ userId: z.string(), email: z.string(), role: z.string(), status: z.string(), enabled: z.boolean() }),
  { id: 'StaffAccount' },
);

export const setStaffActive = defineRoute({
  method: 'put',
  path: '/api/admin/staff/{userId}/active',
  operationId: 'setStaffActive',
  summary: 'Deactivate a staff account (sign-in refused, web sessions end at once) or reactivate it (idempotent)',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  params: UserParams,
  body: ActiveInput,
  responses: { 200: { description: 'Changed', schema: StaffAccountView } },
  errors: [401, 403, 404],
});
export const reinviteStaff = defineRoute({
  method: 'post',
  path: '/api/admin/staff/{userId}/invitation',
  operationId: 'reinviteStaff',
  summary: 'Send an invited account that has not signed in yet a new temporary password',
  tag,
  security: 'signed-in',
  roles: ['admin'],
  params: UserParams,
  responses: { 204: { description: 'Sent' } },
  errors: [401, 403, 404, 409],
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
  listStaff,
  inviteStaff,
  assignStaff,
  setStaffRole,
  listInitiatives,
  createInitiative,
  linkInitiative,
  listAudit,
  setStaffActive,
  reinviteStaff,
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
