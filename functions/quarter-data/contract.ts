import * as z from 'zod/mini';
import { ExportFile, ExportQuery } from '../../shared/exports/schemas.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import { DryRunSchema, ImportIdParams, ImportKindSchema, ImportStatusSchema } from '../../shared/imports/schemas.ts';
import { QuarterStatisticsSchema, StatisticsQuery } from '../../shared/statistics/schemas.ts';

const MANAGING = ['manager', 'admin'] as const;

export const getStatistics = defineRoute({
  method: 'get',
  path: '/api/statistics',
  operationId: 'getStatistics',
  summary: "A quarter's statistics per month: counts only, people counts under 5 suppressed",
  tag: 'Statistics',
  security: 'signed-in',
  roles: MANAGING,
  query: StatisticsQuery,
  responses: { 200: { description: 'The months of the period', schema: QuarterStatisticsSchema } },
  errors: [401, 403],
});

export const exportSpreadsheet = defineRoute({
  method: 'get',
  path: '/api/exports/{file}',
  operationId: 'exportSpreadsheet',
  summary:
    "Needs, matches or hours of the caller's quarters (admins: any) in a period as CSV (UTF-8 with BOM, RFC 4180) " +
    'or XLSX: `needs|matches|hours` `.csv|.xlsx`. Matches and hours name volunteers: each one named is an ' +
    '`export.read` entry in the audit trail. A quarter not theirs: 403 `NOT_YOUR_QUARTER`',
  tag: 'Exports',
  security: 'signed-in',
  roles: ['manager', 'admin'],
  params: z.strictObject({ file: ExportFile }),
  query: ExportQuery,
  responses: {
    200: {
      description:
        'text/csv; charset=utf-8 or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, ' +
        'as an attachment named `quartiershilfe-<kind>-<quarter or all>-<from>-<to>.<format>`',
    },
  },
  errors: [401, 403],
});

export const checkImport = defineRoute({
  method: 'post',
  path: '/api/imports/{kind}',
  operationId: 'checkImport',
  summary:
    'Dry run of an import of volunteers (with the day of their consent) or needs: the body is the file itself, CSV ' +
    '(`text/csv`, `;` or `,`, UTF-8 or Windows-1252) or XLSX (first sheet), at most 2 MiB (413 beyond) and 2000 rows. ' +
    'Writes nothing but the checked rows, kept for 60 minutes for `confirmImport`; every problem by row, field path, ' +
    'column and code (a row of none of your quarters: `not_your_quarter`). An unreadable file: 400 at `file`',
  tag: 'Imports',
  security: 'signed-in',
  roles: ['manager', 'admin'],
  params: z.strictObject({ kind: ImportKindSchema }),
  responses: { 200: { description: 'The dry run', schema: DryRunSchema } },
  errors: [401, 403, 413, 415],
});

export const confirmImport = defineRoute({
  method: 'post',
  path: '/api/imports/{importId}/confirm',
  operationId: 'confirmImport',
  summary:
    'Queues the rows a dry run checked for the import job, which writes them all or none; rows already present (a ' +
    "volunteer's profile, the same need) are reported and not written again. Volunteers get an account and their " +
    'invitation e-mail once the profiles are written. 202 with the status (`Location`: `getImport`, to follow until ' +
    '`done` or `failed`). Confirming a failed import tries again; a done one with invitations left sends them. ' +
    '409 `IMPORT_EXPIRED`, `IMPORT_DONE`, `IMPORT_IN_PROGRESS`; 403 `NOT_YOUR_QUARTER` when a row is no longer in ' +
    'your quarters',
  tag: 'Imports',
  security: 'signed-in',
  roles: ['manager', 'admin'],
  params: ImportIdParams,
  responses: { 202: { description: 'Queued', schema: ImportStatusSchema } },
  errors: [401, 403, 404, 409],
});

export const getImport = defineRoute({
  method: 'get',
  path: '/api/imports/{importId}',
  operationId: 'getImport',
  summary:
    "An import of the caller's: queued, writing (rows written of all), done (written, already present, invitations " +
    'sent and not yet sent) or failed (why: `IMPORT_CONFLICT` with the row someone else wrote meanwhile, or ' +
    '`UNAVAILABLE`; nothing was written)',
  tag: 'Imports',
  security: 'signed-in',
  roles: ['manager', 'admin'],
  params: ImportIdParams,
  responses: { 200: { description: 'The import', schema: ImportStatusSchema } },
  errors: [401, 403, 404],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [exportSpreadsheet, getStatistics, checkImport, confirmImport, getImport];
