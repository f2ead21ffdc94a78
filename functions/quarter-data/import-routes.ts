import type { Hono } from 'hono';
import { viaOf } from '../../shared/audit/via.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import type { ImportService } from '../../shared/imports/import-service.ts';
import { checkImport, confirmImport, getImport } from './contract.ts';
import type { QuarterDataServices } from './services.ts';

/** What an upload may be sent as: the file's own type, or bytes of no stated type. */
const UPLOAD_TYPES = [
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

/**
 * The import's JSON API: the dry run takes the file as the body (the body limit's one exception,
 * shared/imports/schemas.ts), the confirm queues what it checked for the import job
 * (functions/imports), and the import's status follows the job.
 */
export function registerImportRoutes(app: Hono<AppEnv>, services: QuarterDataServices, imports: ImportService): void {
  registerApiRoute(app, checkImport, async (c, { params }) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!UPLOAD_TYPES.includes(type))
      throw new UnsupportedMediaTypeError('Send the file as text/csv or as an XLSX workbook');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await imports.check(requireCaller(c), params.kind, bytes, services.clock()));
  });
  registerApiRoute(app, confirmImport, async (c, { params }) => {
    const status = await imports.confirm(requireCaller(c), params.importId, services.clock(), viaOf(c));
    // The id is a checked UUID, never raw input: the Location names the status to follow.
    c.header('location', `/api/imports/${status.importId}`);
    return c.json(status, 202);
  });
  registerApiRoute(app, getImport, async (c, { params }) =>
    c.json(await imports.status(requireCaller(c), params.importId, services.clock())),
  );
}
