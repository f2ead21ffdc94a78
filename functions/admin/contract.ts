import * as z from 'zod';
import { AuditPage, AuditQuery } from '../../shared/audit/schemas.ts';
import { ROLES } from '../../shared/auth/caller.ts';
import { Email } from '../../shared/auth/schemas.ts';
import { Slug } from '../../shared/catalog/schemas.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import { Initiative, InitiativeIdParams, InitiativeInput } from '../../shared/initiatives/schemas.ts';

const Assignment = z
  .object({ userId: z.string(), quarters: z.array(z.string()), initiativeId: z.string().optional() })
  .meta({ id: 'StaffAssignment' });

export const StaffInvite = z
  .object({
    email: Email,
    role: z.enum(['manager', 'initiative', 'admin']),
    quarters: z.array(Slug).max(20).optional(),
    initiativeId: z.uuid().optional(),
  })
  .strict()
  .meta({ id: 'StaffInvite', description: 'Invite a staff account; Cognito e-mails a temporary password' });

export const AssignmentInput = z
  .object({
    role: z.enum(['manager', 'initiative']),
    quarters: z.array(Slug).max(20).optional(),
    initiativeId: z.uuid().optional(),
  })
  .strict()
  .meta({ id: 'AssignmentInput' });

export const RoleInput = z
  .object({ role: z.enum(['manager', 'initiative', 'admin', 'none']) })
  .strict()
  .meta({
    id: 'RoleInput',
    description: "The account's one staff role, or `none`; the volunteer role stays as it is",
  });

const RoleChange = z
  .object({ userId: z.string(), roles: z.array(z.enum(ROLES)) })
  .meta({ id: 'RoleChange', description: 'Every role the account has now' });

const StaffList = z.object({
  staff: z.array(
    z.object({
      userId: z.string(),
      email: z.string(),
      role: z.string(),
      status: z.string(),
      assignment: Assignment.optional(),
    }),
  ),
});

const tag = 'Admin';
const UserParams = z.object({ userId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }).strict();

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
  params: InitiativeIdParams.extend({ needId: z.uuid() }).strict(),
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

export const adminRoutes = [
  listStaff,
  inviteStaff,
  assignStaff,
  setStaffRole,
  listInitiatives,
  createInitiative,
  linkInitiative,
  listAudit,
];
