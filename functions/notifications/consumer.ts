import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../../shared/logging/logger.ts';
import { type NotifierDeps, notify } from './notifier.ts';
import { sourceOf } from './source.ts';

/** How many events are handled at once. */
const CONCURRENCY = 4;

/**
 * Handles a batch of the table's stream (filtered to new match events, need events, notices and
 * account-exists notices): each event becomes its e-mails, each sent once (delivery records). Every record is
 * tried; the earliest that failed is reported by its sequence number, so Lambda retries the
 * batch from there, and what was sent already is skipped on the retry.
 */
export async function consumeNotificationEvents(
  event: DynamoDBStreamEvent,
  deps: NotifierDeps,
): Promise<DynamoDBBatchResponse> {
  const failed: number[] = [];
  const totals = { events: 0, sent: 0, skipped: 0, failed: 0 };
  const items = event.Records.map((record, index) => ({ index, item: sourceOf(record) }));
  const wanted = items.filter((entry) => entry.item !== undefined);
  for (let start = 0; start < wanted.length; start += CONCURRENCY) {
    await Promise.all(
      wanted.slice(start, start + CONCURRENCY).map(async ({ index, item }) => {
        if (!item) return;
        totals.events++;
        try {
          const result = await notify(item, deps);
          totals.sent += result.sent;
          totals.skipped += result.skipped;
          totals.failed += result.failed;
          if (result.failed > 0) failed.push(index);
        } catch (error) {
          logger.error('notification event failed', { eventKey: item.eventKey, error: (error as Error).message });
          totals.failed++;
          failed.push(index);
        }
      }),
    );
  }
  if (totals.events > 0) logger.info('notifications', { records: event.Records.length, ...totals });
  const sequenceNumber = event.Records[Math.min(...failed)]?.dynamodb?.SequenceNumber;
  return { batchItemFailures: sequenceNumber ? [{ itemIdentifier: sequenceNumber }] : [] };
}
