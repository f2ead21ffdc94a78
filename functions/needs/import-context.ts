import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { ImportRepository } from '../../shared/imports/import-repository.ts';
import { ImportService } from '../../shared/imports/import-service.ts';
import { ImportWriter } from '../../shared/imports/import-writer.ts';
import { VolunteerAccounts } from '../../shared/imports/volunteer-accounts.ts';
import type { Services } from '../../shared/platform/services.ts';

/**
 * The import's service, built by the needs function (it serves /manage): its own table client
 * (the same limits as every other) and, on the first volunteers' import, a Cognito client.
 */
export function createImportService(services: Services): ImportService {
  const { config } = services;
  const db = createDocumentClient(config);
  const imports = new ImportRepository(db, config.tableName);
  let accounts: VolunteerAccounts | undefined;
  return new ImportService({
    imports,
    writer: new ImportWriter(db, config.tableName, imports),
    staff: services.staff,
    catalog: services.catalog,
    audit: services.audit,
    accounts: () => {
      accounts ??= new VolunteerAccounts(createCognitoClient(config), config.cognito.userPoolId);
      return accounts;
    },
  });
}
