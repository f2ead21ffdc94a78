import * as z from 'zod';
import { defineRoute } from '../../shared/http/api-route.ts';
import { ProfileInput, VolunteerIdParams, VolunteerProfile } from '../../shared/volunteers/schemas.ts';

const Consent = z
  .object({ version: z.string(), de: z.string(), en: z.string() })
  .meta({ id: 'Consent', description: 'The current consent text; profiles must agree to this version.' });

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
  params: VolunteerIdParams,
  responses: { 200: { description: 'The profile', schema: VolunteerProfile } },
  errors: [401, 403, 404],
});

export const volunteerRoutes = [
  getConsent,
  getOwnProfile,
  saveOwnProfile,
  pauseOwnProfile,
  resumeOwnProfile,
  deleteOwnProfile,
  getProfile,
];
