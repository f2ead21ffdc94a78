import { Duration } from 'aws-cdk-lib';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE } from '../../shared/db/table.ts';
import { alarmedDeadLetterQueue } from './dead-letter-queue.ts';
import type { NodeFunction } from './node-function.ts';

export interface TableStreamConsumerProps {
  table: TableV2;
  /** The function that handles the batches (a middy handler returning a DynamoDBBatchResponse). */
  consumer: NodeFunction;
  /** Only records whose sort key is one of these, or starts with one of `sortKeyPrefixes`, reach the function. */
  sortKeys?: readonly string[];
  sortKeyPrefixes?: readonly string[];
  /** Only these kinds of change reach the function; default all (INSERT, MODIFY and REMOVE). */
  eventNames?: readonly ('INSERT' | 'MODIFY' | 'REMOVE')[];
  /** Only records whose new image matches this (an event filter pattern, e.g. `{ state: { S: ['queued'] } }`). */
  newImage?: Record<string, unknown>;
  /** Records per batch; default 100. A batch of 1 is never bisected. */
  batchSize?: number;
  /** Retries of a failed batch; default {@link TableStreamConsumer.RETRY_ATTEMPTS}. */
  retryAttempts?: number;
  /** Another consumer's dead-letter queue and alarm, to share; default a queue and alarm of its own. */
  deadLetters?: { queue: Queue; alarm: Alarm };
}

/**
 * Subscribes a function to the table's stream, in order and with partial batch failures:
 *
 * - one batch at a time per shard (parallelization factor 1): the records of one item, and of
 *   one partition key, stay in order;
 * - the function reports the first record it could not handle; Lambda retries from there,
 *   halving the batch each time, at most {@link RETRY_ATTEMPTS} times or until a record is older
 *   than {@link MAX_RECORD_AGE};
 * - then it skips the batch and sends its description (shard, sequence numbers — not the
 *   records' data) to an encrypted dead-letter queue, which raises an alarm.
 *
 * The stream keeps records 24 hours. A maximum age well below that leaves time to read a failed
 * batch from the stream with the sequence numbers in its DLQ message; the consumers are
 * idempotent, so handling it again (or re-projecting the volunteers it names) is safe.
 */
export class TableStreamConsumer extends Construct {
  static readonly RETRY_ATTEMPTS = 10;
  static readonly MAX_RECORD_AGE = Duration.hours(6);

  readonly deadLetterQueue: Queue;
  readonly eventSource: DynamoEventSource;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: TableStreamConsumerProps) {
    super(scope, id);

    const deadLetters =
      props.deadLetters ??
      alarmedDeadLetterQueue(this, {
        of: 'the on-failure destination of the table stream event source mapping',
        alarmDescription: `${id}: a batch of stream records was given up and sent to the dead-letter queue.`,
      });
    const sortKeys = [...(props.sortKeys ?? []), ...(props.sortKeyPrefixes ?? []).map((prefix) => ({ prefix }))];
    if (sortKeys.length === 0) throw new Error(`${id}: a stream consumer needs sort keys or prefixes to filter by`);
    this.deadLetterQueue = deadLetters.queue;
    this.deadLetterAlarm = deadLetters.alarm;

    this.eventSource = new DynamoEventSource(props.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: props.batchSize ?? 100,
      parallelizationFactor: 1,
      bisectBatchOnError: (props.batchSize ?? 100) > 1,
      reportBatchItemFailures: true,
      retryAttempts: props.retryAttempts ?? TableStreamConsumer.RETRY_ATTEMPTS,
      maxRecordAge: TableStreamConsumer.MAX_RECORD_AGE,
      onFailure: new SqsDlq(this.deadLetterQueue),
      filters: [
        FilterCriteria.filter({
          ...(props.eventNames && { eventName: [...props.eventNames] }),
          dynamodb: {
            Keys: { [TABLE.sortKey]: { S: sortKeys } },
            ...(props.newImage && { NewImage: props.newImage }),
          },
        }),
      ],
    });
    // Grants the function the stream read actions on this table's stream ARN and SendMessage on the queue.
    props.consumer.fn.addEventSource(this.eventSource);
  }
}
