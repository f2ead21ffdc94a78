import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';

/** Largest upload the import takes: the API's one exception to its 64 KiB body limit. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The paths that take an upload of up to {@link MAX_IMPORT_BYTES} (POST only). */
export const IMPORT_UPLOAD_PATH = /^\/(?:api\/imports\/(?:volunteers|needs)|manage\/import)$/;

export const ImportKindSchema = z.enum(['volunteers', 'needs']);

export const ImportIdParams = z.strictObject({ importId: z.uuid() });

export const RowProblemSchema = meta(
  z.object({
    row: meta(z.number().check(z.int()), { description: 'Row as the spreadsheet numbers it (the header is row 1)' }),
    path: meta(z.string(), {
      description: 'Field path as the API names it (`email`, `languages.1.level`); empty for the header',
    }),
    column: meta(z.optional(z.string()), { description: 'The column as the file heads it' }),
    code: z.string(),
  }),
  { id: 'ImportProblem' },
);

export const DryRunSchema = meta(
  z.object({
    kind: ImportKindSchema,
    rows: z.number().check(z.int()),
    valid: z.number().check(z.int()),
    problems: z.array(RowProblemSchema),
    importId: meta(z.optional(z.uuid()), {
      description: 'Confirm this to write the valid rows; absent when none is valid',
    }),
    validUntil: z.optional(z.iso.datetime()),
  }),
  { id: 'ImportDryRun' },
);

export const ImportStatusSchema = meta(
  z.object({
    importId: z.uuid(),
    kind: ImportKindSchema,
    state: meta(z.enum(['checked', 'queued', 'writing', 'done', 'failed']), {
      description:
        '`queued` once confirmed, `writing` while the import job writes, `done`, or `failed` (nothing written: ' +
        'confirm again to try again)',
    }),
    rows: meta(z.number().check(z.int()), { description: 'Rows the dry run passed: what the import writes' }),
    rowsDone: meta(z.number().check(z.int()), { description: 'Rows written so far, while `writing`' }),
    written: z.optional(z.number().check(z.int())),
    present: meta(z.optional(z.number().check(z.int())), {
      description: 'Rows already present (an earlier import, or the volunteer has a profile)',
    }),
    invited: meta(z.optional(z.number().check(z.int())), { description: 'Invitation e-mails sent' }),
    uninvited: meta(z.optional(z.number().check(z.int())), {
      description: 'Invitation e-mails not sent yet: confirm again to send them',
    }),
    failure: meta(
      z.optional(
        z.object({ code: z.enum(['IMPORT_CONFLICT', 'UNAVAILABLE']), row: z.optional(z.number().check(z.int())) }),
      ),
      { description: 'Why it failed: a row someone else wrote meanwhile, or storage or Cognito unavailable' },
    ),
  }),
  { id: 'ImportStatus' },
);

export type ImportStatus = z.infer<typeof ImportStatusSchema>;
