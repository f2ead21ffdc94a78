import { createDocumentClient } from '../../shared/db/client.ts';
import { ImportRepository } from '../../shared/imports/import-repository.ts';
import { ImportService } from '../../shared/imports/import-service.ts';
import type { QuarterDataServices } from './services.ts';

/**
 * The import's service, built by the quarter-data function (it serves /manage/import): the dry run, the
 * confirm that queues the write for the import job (functions/imports), and the status.
 */
export function createImportService(services: QuarterDataServices): ImportService {
  const { config } = services;
  return new ImportService({
    imports: new ImportRepository(createDocumentClient(config), config.tableName),
    staff: services.staff,
    catalog: services.catalog,
  });
}
