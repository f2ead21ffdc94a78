import * as z from 'zod';
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

export const adminRoutes = [listStaff, inviteStaff, assignStaff, listInitiatives, createInitiative, linkInitiative];
