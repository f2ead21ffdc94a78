import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { TABLE } from '../../shared/db/table.ts';
import type { ImportJob } from '../../shared/imports/import-job.ts';
import { IMPORT_SORT_KEY, importPartition, QUEUED_STATE } from '../../shared/imports/import-record.ts';
import { logger } from '../../shared/logging/logger.ts';
import type { Clock } from '../../shared/platform/services.ts';

export interface ImportJobConsumerDeps {
  job: Pick<ImportJob, 'run'>;
  clock: Clock;
  /** When this invocation is over at the latest: the job's lease runs out then. */
  deadline: (now: Date) => Date;
}

/** The import a record queued, if it did (the local platform's poller does not filter as Lambda does). */
function queuedImport(record: DynamoDBRecord): string | undefined {
  const pk = record.dynamodb?.Keys?.[TABLE.partitionKey]?.S ?? '';
  const sk = record.dynamodb?.Keys?.[TABLE.sortKey]?.S;
  const state = record.dynamodb?.NewImage?.state?.S;
  const prefix = importPartition('');
  if (sk !== IMPORT_SORT_KEY || !pk.startsWith(prefix) || state !== QUEUED_STATE) return undefined;
  return pk.slice(prefix.length);
}

/**
 * Runs the job of each import a record of the batch queued, in order (one record a batch in
 * AWS). A run that throws could neither finish nor undo (import-job.ts): it is reported, so that
 * Lambda retries from it; its lease has run out, so the retry takes over and undoes first. A
 * record of an import already done, or repeated, finds nothing to do.
 */
export async function consumeImportEvents(
  event: DynamoDBStreamEvent,
  deps: ImportJobConsumerDeps,
): Promise<DynamoDBBatchResponse> {
  for (const record of event.Records) {
    const importId = queuedImport(record);
    if (!importId) continue;
    const now = deps.clock();
    try {
      const outcome = await deps.job.run(importId, now, deps.deadline(now));
      logger.info('import job', { importId, outcome });
    } catch (error) {
      logger.error('import job failed', { importId, error: (error as Error).message });
      const sequenceNumber = record.dynamodb?.SequenceNumber;
      return { batchItemFailures: sequenceNumber ? [{ itemIdentifier: sequenceNumber }] : [] };
    }
  }
  return { batchItemFailures: [] };
}
