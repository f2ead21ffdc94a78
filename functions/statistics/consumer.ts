import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { TABLE } from '../../shared/db/table.ts';
import { logger } from '../../shared/logging/logger.ts';
import type { Clock } from '../../shared/platform/services.ts';
import type { NeedImage, StatisticsProjector } from '../../shared/statistics/index.ts';

export interface StatisticsDeps {
  projector: Pick<StatisticsProjector, 'volunteer' | 'need'>;
  clock: Clock;
}

export { STATISTICS_SOURCE_SORT_KEYS } from '../../shared/statistics/statistics-keys.ts';

const keyOf = (record: DynamoDBRecord, name: string) => record.dynamodb?.Keys?.[name]?.S;

type Source = { kind: 'volunteer'; id: string } | { kind: 'need'; id: string; image: NeedImage };

function sourceOf(record: DynamoDBRecord): Source | undefined {
  const pk = keyOf(record, TABLE.partitionKey) ?? '';
  const sk = keyOf(record, TABLE.sortKey);
  if (pk.startsWith('VOLUNTEER#') && (sk === 'PROFILE' || sk === 'LEDGER' || sk === 'SAFEGUARDING'))
    return { kind: 'volunteer', id: pk.slice('VOLUNTEER#'.length) };
  if (pk.startsWith('NEED#') && sk === 'NEED' && record.dynamodb?.NewImage)
    return {
      kind: 'need',
      id: pk.slice('NEED#'.length),
      image: unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>) as NeedImage,
    };
  return undefined;
}

/**
 * Handles a batch of the table's stream for the statistics: every need image in order, then every
 * volunteer named once (their counts are read from their current items). Delivery is at least
 * once; the projector's snapshots make a repeated record add nothing. The first record that failed
 * is reported, so Lambda retries from there; what came after it is counted again, harmlessly.
 */
export async function consumeStatisticsEvents(
  event: DynamoDBStreamEvent,
  deps: StatisticsDeps,
): Promise<DynamoDBBatchResponse> {
  const now = deps.clock();
  const failed: number[] = [];
  const volunteers = new Map<string, number>();
  const failedNeeds = new Set<string>();
  let changed = 0;
  for (const [index, record] of event.Records.entries()) {
    const source = sourceOf(record);
    if (source?.kind === 'volunteer' && !volunteers.has(source.id)) volunteers.set(source.id, index);
    // A need's later images wait for its failed one: their milestones must not skip it.
    if (source?.kind !== 'need' || failedNeeds.has(source.id)) continue;
    try {
      changed += await deps.projector.need(source.id, source.image);
    } catch (error) {
      logger.error('statistics: need failed', { needId: source.id, error: (error as Error).message });
      failedNeeds.add(source.id);
      failed.push(index);
    }
  }
  for (const [volunteerId, index] of volunteers) {
    try {
      changed += await deps.projector.volunteer(volunteerId, now);
    } catch (error) {
      logger.error('statistics: volunteer failed', { volunteerId, error: (error as Error).message });
      failed.push(index);
    }
  }
  if (changed > 0) logger.info('statistics', { records: event.Records.length, countersChanged: changed });
  const sequenceNumber = event.Records[Math.min(...failed)]?.dynamodb?.SequenceNumber;
  return { batchItemFailures: sequenceNumber ? [{ itemIdentifier: sequenceNumber }] : [] };
}
