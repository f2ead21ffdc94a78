import * as z from 'zod/mini';
import { ROLES } from '../../shared/auth/caller.ts';
import { Email } from '../../shared/auth/schemas.ts';
import { Slug } from '../../shared/catalog/schemas.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import { meta } from '../../shared/http/zod.ts';

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

// Staff accounts are part of the admin area, in the OpenAPI document too.
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
/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [listStaff, inviteStaff, assignStaff, setStaffRole, setStaffActive, reinviteStaff];
