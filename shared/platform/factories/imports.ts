import { ImportRepository } from '../../imports/import-repository.ts';
import { ImportService } from '../../imports/import-service.ts';
import type { Wired } from '../wire.ts';

/**
 * Spreadsheet imports' dry run, confirm and status (quarter-data). On the function's one storage
 * client, so the connection the init phase opens (shared/db/prime.ts) serves the import routes too.
 */
export const imports = (w: Pick<Wired, 'db' | 'config' | 'staff' | 'catalog'>) =>
  new ImportService({
    imports: new ImportRepository(w.db, w.config.tableName),
    staff: w.staff,
    catalog: w.catalog,
  });
