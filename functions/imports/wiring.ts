import { AuditRepository } from '../../shared/audit/audit-repository.ts';
import { AuditTrail } from '../../shared/audit/audit-trail.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { COGNITO_PACE, type CognitoPace } from '../../shared/imports/call-pace.ts';
import { ImportJob } from '../../shared/imports/import-job.ts';
import { ImportRepository } from '../../shared/imports/import-repository.ts';
import { ImportWriter } from '../../shared/imports/import-writer.ts';
import { VolunteerAccounts } from '../../shared/imports/volunteer-accounts.ts';

/**
 * Cognito attempts per call: the job has minutes, not a request's 10 s, so a throttled call is
 * retried with the SDK's back-off instead of failing the import.
 */
const JOB_COGNITO_ATTEMPTS = 6;

/** The import job, as the Lambda and the local platform build it; `pace` only for tests. */
export function createImportJob(config: PlatformConfig, pace: CognitoPace = COGNITO_PACE): ImportJob {
  const db = createDocumentClient(config);
  const imports = new ImportRepository(db, config.tableName);
  let accounts: VolunteerAccounts | undefined;
  return new ImportJob({
    imports,
    writer: new ImportWriter(db, config.tableName, imports),
    audit: new AuditTrail({ repository: new AuditRepository(db, config.tableName) }),
    accounts: () => {
      accounts ??= new VolunteerAccounts(
        createCognitoClient(config, { maxAttempts: JOB_COGNITO_ATTEMPTS }),
        config.cognito.userPoolId,
        pace,
      );
      return accounts;
    },
  });
}
