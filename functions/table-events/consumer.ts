import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { candidateSourceOf } from '../../shared/candidates/candidate-keys.ts';
import type { CandidateProjector } from '../../shared/candidates/candidate-projector.ts';
import { TABLE } from '../../shared/db/table.ts';
import { logger } from '../../shared/logging/logger.ts';
import type { Clock } from '../../shared/platform/services.ts';

export interface TableEventDeps {
  candidateProjector: Pick<CandidateProjector, 'project'>;
  clock: Clock;
}

/** How many volunteers are re-projected at once. */
const CONCURRENCY = 4;

const keyOf = (record: DynamoDBRecord, name: string) => record.dynamodb?.Keys?.[name]?.S;

/**
 * Handles a batch of the table's stream: every volunteer whose profile or safeguarding facts
 * changed gets their candidate index re-projected, once per batch however many records name
 * them (the projector reads the current state). A volunteer that fails is reported by the
 * sequence number of their first record, so Lambda retries the batch from there; records
 * before it are done, and those after it are re-projected again, which is harmless.
 */
export async function consumeTableEvents(
  event: DynamoDBStreamEvent,
  deps: TableEventDeps,
): Promise<DynamoDBBatchResponse> {
  const firstRecord = new Map<string, number>();
  event.Records.forEach((record, index) => {
    const volunteerId = candidateSourceOf({
      pk: keyOf(record, TABLE.partitionKey),
      sk: keyOf(record, TABLE.sortKey),
    });
    if (volunteerId !== undefined && !firstRecord.has(volunteerId)) firstRecord.set(volunteerId, index);
  });
  const volunteers = [...firstRecord.keys()];
  const failed: number[] = [];
  let written = 0;
  let deleted = 0;
  for (let start = 0; start < volunteers.length; start += CONCURRENCY) {
    await Promise.all(
      volunteers.slice(start, start + CONCURRENCY).map(async (volunteerId) => {
        try {
          const result = await deps.candidateProjector.project(volunteerId, deps.clock());
          written += result.written;
          deleted += result.deleted;
        } catch (error) {
          logger.error('candidate projection failed', { volunteerId, error: (error as Error).message });
          failed.push(firstRecord.get(volunteerId) as number);
        }
      }),
    );
  }
  if (volunteers.length > 0)
    logger.info('candidate index', { records: event.Records.length, volunteers: volunteers.length, written, deleted });
  const earliest = Math.min(...failed);
  const sequenceNumber = event.Records[earliest]?.dynamodb?.SequenceNumber;
  return { batchItemFailures: sequenceNumber ? [{ itemIdentifier: sequenceNumber }] : [] };
}
