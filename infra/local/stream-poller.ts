/**
 * The local stand-in for Lambda's DynamoDB stream event source: polls DynamoDB Local's stream of
 * one table and hands each shard's new records to the same consumer the table-events Lambda runs.
 * Like the event source it retries from a failed record (reportBatchItemFailures) and keeps the
 * order within a shard. `drain()` reads until nothing is left, so tests and seeding can wait for
 * the projections their writes cause.
 */
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { storageClientConfig } from '../../shared/db/client.ts';
import { logger } from '../../shared/logging/logger.ts';

export type StreamConsumer = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

interface Shard {
  iterator: string | undefined;
  /** The last record handed to the consumer successfully, to resume after an expired iterator. */
  lastSequence: string | undefined;
  closed: boolean;
}

const BATCH = 100;
const MAX_BACKOFF_MS = 30_000;

/** A Lambda stream record from the Streams API's record (the shapes differ only in details). */
function toLambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const { ApproximateCreationDateTime, ...dynamodb } = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(dynamodb as DynamoDBRecord['dynamodb']),
      ...(ApproximateCreationDateTime && { ApproximateCreationDateTime: ApproximateCreationDateTime.getTime() / 1000 }),
    },
  };
}

export class StreamPoller {
  private readonly streams: DynamoDBStreamsClient;
  private readonly tables: DynamoDBClient;
  private readonly shards = new Map<string, Shard>();
  private streamArn: string | undefined;
  /** Polls never overlap (timer and drain): each waits for the one before. */
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly config: PlatformConfig,
    private readonly consume: StreamConsumer,
  ) {
    // The platform's limits: a stalled DynamoDB Local fails a poll within seconds instead of hanging it.
    const options = storageClientConfig(config);
    this.streams = new DynamoDBStreamsClient(options);
    this.tables = new DynamoDBClient(options);
  }

  /**
   * Polls every `intervalMs` until {@link stop}. A failed poll or record is logged and tried
   * again, waiting twice as long each time (up to 30 s) so that a record that keeps failing does
   * not flood the log.
   */
  start(intervalMs = 250): void {
    let delay = intervalMs;
    const tick = () => {
      this.timer = undefined;
      void this.poll()
        .then(({ failed }) => (failed ? Promise.reject(new Error('a stream record failed; retrying')) : undefined))
        .then(
          () => {
            delay = intervalMs;
          },
          (error: unknown) => {
            delay = Math.min(delay * 2, MAX_BACKOFF_MS);
            logger.error('stream poll failed', { error: (error as Error).message, retryInMs: delay });
          },
        )
        .finally(() => {
          if (this.running) this.timer = setTimeout(tick, delay);
        });
    };
    this.running = true;
    tick();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.queue.catch(() => undefined);
    this.streams.destroy();
    this.tables.destroy();
  }

  /** Polls until a round finds no new record (or a record keeps failing). */
  async drain(maxRounds = 50): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      const { records, failed } = await this.poll();
      if (failed) throw new Error('A stream record could not be processed; see the log');
      if (records === 0) return;
    }
    throw new Error(`The stream of ${this.config.tableName} did not drain in ${maxRounds} rounds`);
  }

  /** One round over every shard; the number of records handed to the consumer. */
  poll(): Promise<{ records: number; failed: boolean }> {
    const next = this.queue.then(() => this.pollShards());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async pollShards(): Promise<{ records: number; failed: boolean }> {
    const streamArn = await this.arn();
    await this.discoverShards(streamArn);
    let records = 0;
    let failed = false;
    for (const [shardId, shard] of this.shards) {
      if (shard.closed) continue;
      shard.iterator ??= await this.iterator(streamArn, shardId, shard.lastSequence);
      if (shard.iterator === undefined) {
        shard.closed = true;
        continue;
      }
      let page: GetRecordsCommandOutput;
      try {
        page = await this.streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: BATCH }));
      } catch (error) {
        if ((error as Error).name !== 'ExpiredIteratorException') throw error;
        shard.iterator = undefined; // resume after the last processed record next round
        continue;
      }
      const batch = (page.Records ?? []).map((record) => toLambdaRecord(record, streamArn));
      const nextIterator = page.NextShardIterator;
      if (batch.length === 0) {
        shard.iterator = nextIterator;
        shard.closed = nextIterator === undefined;
        continue;
      }
      const response = await this.consume({ Records: batch });
      const failedAt = response.batchItemFailures[0]?.itemIdentifier;
      // As Lambda does, an identifier that names no record of the batch fails the whole batch.
      const failedIndex =
        failedAt === undefined
          ? batch.length
          : Math.max(
              0,
              batch.findIndex((r) => r.dynamodb?.SequenceNumber === failedAt),
            );
      const done = batch.slice(0, failedIndex);
      records += done.length;
      shard.lastSequence = done.at(-1)?.dynamodb?.SequenceNumber ?? shard.lastSequence;
      const retryFrom = batch[failedIndex]?.dynamodb?.SequenceNumber;
      if (retryFrom === undefined) {
        shard.iterator = nextIterator;
        shard.closed = nextIterator === undefined;
      } else {
        // As the event source does: retry from the failed record on the next round.
        failed = true;
        shard.iterator = await this.iterator(streamArn, shardId, undefined, retryFrom);
      }
    }
    return { records, failed };
  }

  private async arn(): Promise<string> {
    if (this.streamArn) return this.streamArn;
    const table = await this.tables.send(new DescribeTableCommand({ TableName: this.config.tableName }));
    const arn = table.Table?.LatestStreamArn;
    if (!arn) throw new Error(`Table ${this.config.tableName} has no stream`);
    this.streamArn = arn;
    return arn;
  }

  private async discoverShards(streamArn: string): Promise<void> {
    let start: string | undefined;
    do {
      const page = await this.streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
      );
      for (const shard of page.StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !this.shards.has(shard.ShardId))
          this.shards.set(shard.ShardId, { iterator: undefined, lastSequence: undefined, closed: false });
      }
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
  }

  private async iterator(streamArn: string, shardId: string, after?: string, at?: string): Promise<string | undefined> {
    const result = await this.streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(at
          ? { ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: at }
          : after
            ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
            : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return result.ShardIterator;
  }
}
