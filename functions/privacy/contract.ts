import { ROLES } from '../../shared/auth/caller.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import { DataExport } from '../../shared/privacy/export.ts';

export const exportOwnData = defineRoute({
  method: 'get',
  path: '/api/volunteers/me/export',
  operationId: 'exportOwnData',
  summary: 'Everything held about me (GDPR Art. 15, 20): a versioned JSON document',
  tag: 'Data protection',
  security: 'signed-in',
  roles: ROLES,
  responses: { 200: { description: 'The export (a download: Content-Disposition attachment)', schema: DataExport } },
  errors: [401],
});

export const eraseOwnAccount = defineRoute({
  method: 'delete',
  path: '/api/volunteers/me/account',
  operationId: 'eraseOwnAccount',
  summary:
    'Erase my account (GDPR Art. 17): profile, user, sessions, consents, safeguarding facts; past matches anonymised. Volunteers only; staff accounts are removed by admins',
  tag: 'Data protection',
  security: 'signed-in',
  roles: ['volunteer'],
  responses: { 204: { description: 'Erased (idempotent: a repeat after an interruption finishes the erasure)' } },
  errors: [401, 403],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [exportOwnData, eraseOwnAccount];
