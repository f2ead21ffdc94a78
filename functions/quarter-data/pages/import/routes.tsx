import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import { NotFoundError, StateConflictError, ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import type { ImportKind } from '../../../../shared/imports/import-record.ts';
import type { ImportService } from '../../../../shared/imports/import-service.ts';
import { ImportKindSchema } from '../../../../shared/imports/schemas.ts';
import type { FieldErrors } from '../../../../shared/web/form.tsx';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { QuarterDataServices } from '../../services.ts';
import { DryRunPage, ImportFormPage, ImportStatusPage } from './view.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const importIdOf = (c: Context<AppEnv>) => {
  const id = c.req.param('importId') ?? '';
  if (!UUID.test(id)) throw new NotFoundError('Page');
  return id;
};

const CONFLICT_TEXTS: Record<string, MessageKey> = {
  IMPORT_EXPIRED: 'impExpired',
  IMPORT_DONE: 'impAlreadyDone',
  IMPORT_IN_PROGRESS: 'impInProgress',
};

/**
 * The import pages: the upload form (GET /manage/import), its dry run (POST /manage/import, a
 * multipart form: the file and what it holds), the confirm (POST /manage/import/<id>/confirm:
 * queued for the import job, then 303 to GET /manage/import/<id>: where the job stands).
 */
export function registerImportPages(app: Hono<AppEnv>, services: QuarterDataServices, imports: ImportService): void {
  const form = (c: Context<AppEnv>, kind: ImportKind, errors: FieldErrors, status?: string, code = 200) =>
    c.html(
      <ImportFormPage
        page={pageContext(c, services.config.localPlatform)}
        kind={kind}
        errors={errors}
        status={status}
      />,
      code as 200,
    );

  app.get('/manage/import', (c) => {
    managerCaller(c);
    return form(c, 'volunteers', {});
  });

  app.post('/manage/import', async (c) => {
    const caller = managerCaller(c);
    const { t } = pageContext(c, services.config.localPlatform);
    const body = await c.req.parseBody();
    const kind = ImportKindSchema.safeParse(body.kind);
    const file = body.file;
    const errors: FieldErrors = {};
    if (!kind.success) errors.kind = t('impKindMissing');
    if (!(file instanceof File) || file.size === 0) errors.file = t('impFileMissing');
    const chosen = kind.success ? kind.data : 'volunteers';
    if (!kind.success || !(file instanceof File) || file.size === 0) return form(c, chosen, errors, undefined, 400);
    try {
      const result = await imports.check(caller, chosen, new Uint8Array(await file.arrayBuffer()), services.clock());
      return c.html(<DryRunPage page={pageContext(c, services.config.localPlatform)} result={result} />);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return form(c, chosen, { file: t('impFileUnreadable') }, undefined, 400);
    }
  });

  app.post('/manage/import/:importId/confirm', async (c) => {
    const caller = managerCaller(c);
    const importId = importIdOf(c);
    const { t } = pageContext(c, services.config.localPlatform);
    try {
      await imports.confirm(caller, importId, services.clock(), viaOf(c));
    } catch (error) {
      if (!(error instanceof StateConflictError) || !CONFLICT_TEXTS[error.code]) throw error;
      // Done, or already under way: the status page tells where it stands.
      if (error.code === 'IMPORT_DONE' || error.code === 'IMPORT_IN_PROGRESS')
        return c.redirect(`/manage/import/${importId}`, 303);
      const row = (error.details as { row?: number } | undefined)?.row;
      return form(c, 'volunteers', {}, t(CONFLICT_TEXTS[error.code] as MessageKey, { row: String(row ?? '–') }), 409);
    }
    return c.redirect(`/manage/import/${importId}`, 303);
  });

  app.get('/manage/import/:importId', async (c) => {
    const caller = managerCaller(c);
    const status = await imports.status(caller, importIdOf(c), services.clock());
    // A dry run not confirmed has no status to follow: its page is the dry run's.
    if (status.state === 'checked') throw new NotFoundError('Page');
    return c.html(<ImportStatusPage page={pageContext(c, services.config.localPlatform)} status={status} />);
  });
}
