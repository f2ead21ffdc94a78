import * as z from 'zod/mini';
import { ROLES } from '../../shared/auth/caller.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import { meta } from '../../shared/http/zod.ts';
import { DirectoryVolunteer, VolunteerSearchQuery } from '../../shared/manager-desk/schemas.ts';
import { SafeguardingCheck, SafeguardingInput } from '../../shared/safeguarding/schemas.ts';
import {
  ConsentAgreement,
  ProfileInput,
  VolunteerIdParams,
  VolunteerProfile,
} from '../../shared/volunteers/schemas.ts';

const Consent = meta(z.object({ version: z.string(), de: z.string(), en: z.string() }), {
  id: 'Consent',
  description: 'The current consent text; profiles must agree to this version.',
});

export const getConsent = defineRoute({
  method: 'get',
  path: '/api/consent',
  operationId: 'getConsent',
  summary: 'The current consent text and its version',
  tag: 'Volunteers',
  security: 'public',
  responses: { 200: { description: 'Consent text', schema: Consent } },
});

export const getOwnProfile = defineRoute({
  method: 'get',
  path: '/api/volunteers/me',
  operationId: 'getOwnProfile',
  summary: "The caller's own volunteer profile",
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ROLES,
  responses: { 200: { description: 'The profile', schema: VolunteerProfile } },
  errors: [401, 404],
});

export const saveOwnProfile = defineRoute({
  method: 'put',
  path: '/api/volunteers/me',
  operationId: 'saveOwnProfile',
  summary: 'Create (without version) or replace (with the version last read) the own profile',
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ['volunteer'],
  body: ProfileInput,
  responses: {
    200: { description: 'Replaced', schema: VolunteerProfile },
    201: { description: 'Created', schema: VolunteerProfile },
  },
  errors: [401, 403, 404, 409, 413, 415],
});

export const pauseOwnProfile = defineRoute({
  method: 'post',
  path: '/api/volunteers/me/pause',
  operationId: 'pauseOwnProfile',
  summary: 'Pause: no new proposals until resumed (idempotent)',
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ROLES,
  responses: { 200: { description: 'Paused', schema: VolunteerProfile } },
  errors: [401, 404],
});

export const resumeOwnProfile = defineRoute({
  method: 'post',
  path: '/api/volunteers/me/resume',
  operationId: 'resumeOwnProfile',
  summary: 'Resume after a pause (idempotent)',
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ROLES,
  responses: { 200: { description: 'Active', schema: VolunteerProfile } },
  errors: [401, 404],
});

export const deleteOwnProfile = defineRoute({
  method: 'delete',
  path: '/api/volunteers/me',
  operationId: 'deleteOwnProfile',
  summary: 'Withdraw consent: delete the own profile',
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ROLES,
  responses: { 204: { description: 'Deleted' } },
  errors: [401, 404],
});

export const getProfile = defineRoute({
  method: 'get',
  path: '/api/volunteers/{volunteerId}',
  operationId: 'getProfile',
  summary: "A volunteer's profile: the volunteer, managers of their quarters, admins",
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ['volunteer', 'manager', 'admin'],
  params: VolunteerIdParams,
  responses: { 200: { description: 'The profile', schema: VolunteerProfile } },
  errors: [401, 403, 404],
});

const SafeguardingStatus = meta(
  z.object({
    recorded: z.boolean(),
    inspectedOn: z.optional(z.string()),
    validUntil: z.optional(z.string()),
    relevantConviction: z.optional(z.boolean()),
    deleteOn: z.optional(z.string()),
  }),
  { id: 'SafeguardingStatus', description: "The volunteer's own safeguarding check status" },
);

export const recordSafeguarding = defineRoute({
  method: 'put',
  path: '/api/volunteers/{volunteerId}/safeguarding',
  operationId: 'recordSafeguarding',
  summary: 'Record the inspection of an extended police certificate (§72a SGB VIII): facts only',
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ['manager', 'admin'],
  params: VolunteerIdParams,
  body: SafeguardingInput,
  responses: { 200: { description: 'Recorded', schema: SafeguardingCheck } },
  errors: [401, 403, 404],
});

export const ownSafeguarding = defineRoute({
  method: 'get',
  path: '/api/volunteers/me/safeguarding',
  operationId: 'ownSafeguarding',
  summary: 'My safeguarding check status',
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ROLES,
  responses: { 200: { description: 'Status', schema: SafeguardingStatus } },
  errors: [401],
});

export const agreeToConsent = defineRoute({
  method: 'put',
  path: '/api/volunteers/me/consent',
  operationId: 'agreeToConsent',
  summary: 'Agree to the current consent text (after a new version, matching skips me until I do)',
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ['volunteer'],
  body: ConsentAgreement,
  responses: { 200: { description: 'Recorded (idempotent)', schema: VolunteerProfile } },
  errors: [401, 403, 404, 415],
});

export const searchVolunteers = defineRoute({
  method: 'get',
  path: '/api/volunteers',
  operationId: 'searchVolunteers',
  summary: "Volunteers of the caller's quarters by name prefix, skill and language, paged (managers, admins)",
  tag: 'Volunteers',
  security: 'signed-in',
  roles: ['manager', 'admin'],
  query: VolunteerSearchQuery,
  responses: {
    200: {
      description: 'A page of volunteers and the cursor of the next, if any',
      schema: z.object({ volunteers: z.array(DirectoryVolunteer), next: z.optional(z.string()) }),
    },
  },
  errors: [401, 403],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [
  searchVolunteers,
  agreeToConsent,
  ownSafeguarding,
  recordSafeguarding,
  getConsent,
  getOwnProfile,
  saveOwnProfile,
  pauseOwnProfile,
  resumeOwnProfile,
  deleteOwnProfile,
  getProfile,
];
