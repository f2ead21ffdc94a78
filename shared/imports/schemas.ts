import * as z from 'zod';

/** Largest upload the import takes: the API's one exception to its 64 KiB body limit. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The paths that take an upload of up to {@link MAX_IMPORT_BYTES} (POST only). */
export const IMPORT_UPLOAD_PATH = /^\/(?:api\/imports\/(?:volunteers|needs)|manage\/import)$/;

export const ImportKindSchema = z.enum(['volunteers', 'needs']);

export const ImportIdParams = z.object({ importId: z.uuid() }).strict();

export const RowProblemSchema = z
  .object({
    row: z.number().int().meta({ description: 'Row as the spreadsheet numbers it (the header is row 1)' }),
    path: z
      .string()
      .meta({ description: 'Field path as the API names it (`email`, `languages.1.level`); empty for the header' }),
    column: z.string().optional().meta({ description: 'The column as the file heads it' }),
    code: z.string(),
  })
  .meta({ id: 'ImportProblem' });

export const DryRunSchema = z
  .object({
    kind: ImportKindSchema,
    rows: z.number().int(),
    valid: z.number().int(),
    problems: z.array(RowProblemSchema),
    importId: z
      .uuid()
      .optional()
      .meta({ description: 'Confirm this to write the valid rows; absent when none is valid' }),
    validUntil: z.iso.datetime().optional(),
  })
  .meta({ id: 'ImportDryRun' });

export const ImportStatusSchema = z
  .object({
    importId: z.uuid(),
    kind: ImportKindSchema,
    state: z.enum(['checked', 'queued', 'writing', 'done', 'failed']).meta({
      description:
        '`queued` once confirmed, `writing` while the import job writes, `done`, or `failed` (nothing written: ' +
        'confirm again to try again)',
    }),
    rows: z.number().int().meta({ description: 'Rows the dry run passed: what the import writes' }),
    rowsDone: z.number().int().meta({ description: 'Rows written so far, while `writing`' }),
    written: z.number().int().optional(),
    present: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Rows already present (an earlier import, or the volunteer has a profile)' }),
    invited: z.number().int().optional().meta({ description: 'Invitation e-mails sent' }),
    uninvited: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Invitation e-mails not sent yet: confirm again to send them' }),
    failure: z
      .object({ code: z.enum(['IMPORT_CONFLICT', 'UNAVAILABLE']), row: z.number().int().optional() })
      .optional()
      .meta({ description: 'Why it failed: a row someone else wrote meanwhile, or storage or Cognito unavailable' }),
  })
  .meta({ id: 'ImportStatus' });

export type ImportStatus = z.infer<typeof ImportStatusSchema>;
