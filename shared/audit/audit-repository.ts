import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';
import { ValidationError } from '../errors/index.ts';
import { isKept } from './audit-entry.ts';
import {
  type AuditCursor,
  actorPartition,
  auditItems,
  entryOf,
  GSI1,
  monthOfInstant,
  monthPartition,
  subjectPartition,
} from './audit-keys.ts';
import { monthsOf, type Span } from './period.ts';
import type { AuditEntry } from './schemas.ts';

/** Items per transaction: two per entry, well inside DynamoDB's 100. */
const ITEMS_PER_TRANSACTION = 50;
/** Items evaluated per query; a page is cut to its size afterwards, so filters never cost a page. */
const QUERY_BATCH = 100;

export interface AuditFilter {
  subjectId?: string | undefined;
  actorId?: string | undefined;
  span: Span;
  limit: number;
  after?: AuditCursor | undefined;
}

export interface AuditEntriesPage {
  entries: AuditEntry[];
  /** Where the next page starts, if there may be one. */
  next?: AuditCursor | undefined;
}

/** Entries past their expiry are skipped: DynamoDB deletes them late (DynamoDB Local never). */
const KEPT = '#expiresAt > :now';

const badCursor = () =>
  new ValidationError([{ path: 'cursor', code: 'invalid_cursor', message: 'The cursor does not fit the filter' }]);

/**
 * The audit trail in the one table. Append-only: entries are only ever put, on the condition
 * that the item does not exist; nothing here updates or deletes them (IAM denies both).
 */
export class AuditRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Stores entries, each as its two items in the same transaction (several transactions for many entries). */
  async append(entries: readonly AuditEntry[]): Promise<void> {
    const items = entries.flatMap(auditItems);
    for (let start = 0; start < items.length; start += ITEMS_PER_TRANSACTION) {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: items.slice(start, start + ITEMS_PER_TRANSACTION).map((Item) => ({
            Put: {
              TableName: this.tableName,
              Item,
              ConditionExpression: 'attribute_not_exists(#pk)',
              ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
            },
          })),
        }),
      );
    }
  }

  /**
   * Every entry still kept about one person, oldest first (all pages). The data export (GDPR
   * Art. 15) includes them: keep this signature stable.
   */
  async about(subjectId: string, now: Date = new Date()): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          FilterExpression: KEPT,
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#expiresAt': TABLE.timeToLiveAttribute },
          ExpressionAttributeValues: { ':pk': subjectPartition(subjectId), ':now': Math.floor(now.getTime() / 1000) },
          ExclusiveStartKey: start,
        }),
      );
      entries.push(...(result.Items ?? []).map(entryOf).filter((entry) => isKept(entry, now)));
      start = result.LastEvaluatedKey;
    } while (start);
    return entries;
  }

  /**
   * A page of entries, newest first: about a person (and, if given, by an actor), or by an
   * actor, each within the period; without either, the period alone through GSI1, month by month.
   */
  async page(filter: AuditFilter, now: Date): Promise<AuditEntriesPage> {
    const lo = filter.span.start.toISOString();
    const hi = filter.span.end.toISOString();
    if (filter.after && !(filter.after.sortKey >= lo && filter.after.sortKey < hi)) throw badCursor();
    if (filter.subjectId !== undefined || filter.actorId !== undefined) {
      const partition =
        filter.subjectId !== undefined ? subjectPartition(filter.subjectId) : actorPartition(filter.actorId as string);
      const byActor = filter.subjectId !== undefined && filter.actorId !== undefined;
      if (filter.after?.subjectId !== undefined) throw badCursor();
      const collected = await this.collect(
        filter.limit,
        [
          (exclusiveStart) => ({
            KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lo AND :hi',
            FilterExpression: byActor ? `${KEPT} AND actorId = :actor` : KEPT,
            ExpressionAttributeNames: {
              '#pk': TABLE.partitionKey,
              '#sk': TABLE.sortKey,
              '#expiresAt': TABLE.timeToLiveAttribute,
            },
            ExpressionAttributeValues: {
              ':pk': partition,
              ':lo': lo,
              ':hi': hi,
              ':now': Math.floor(now.getTime() / 1000),
              ...(byActor && { ':actor': filter.actorId }),
            },
            ExclusiveStartKey:
              exclusiveStart ??
              (filter.after && { [TABLE.partitionKey]: partition, [TABLE.sortKey]: filter.after.sortKey }),
          }),
        ],
        now,
      );
      return { entries: collected.entries, next: collected.next && { sortKey: collected.next.sortKey } };
    }
    let months = monthsOf(filter.span);
    if (filter.after) {
      if (filter.after.subjectId === undefined) throw badCursor();
      const month = monthOfInstant(filter.after.sortKey);
      months = months.filter((m) => m <= month);
    }
    const after = filter.after;
    const collected = await this.collect(
      filter.limit,
      months.map((month, index) => (exclusiveStart) => ({
        IndexName: GSI1.indexName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lo AND :hi',
        FilterExpression: KEPT,
        ExpressionAttributeNames: {
          '#pk': GSI1.partitionKey,
          '#sk': GSI1.sortKey,
          '#expiresAt': TABLE.timeToLiveAttribute,
        },
        ExpressionAttributeValues: {
          ':pk': monthPartition(month),
          ':lo': lo,
          ':hi': hi,
          ':now': Math.floor(now.getTime() / 1000),
        },
        ExclusiveStartKey:
          exclusiveStart ??
          (index === 0 && after
            ? {
                [GSI1.partitionKey]: monthPartition(month),
                [GSI1.sortKey]: after.sortKey,
                [TABLE.partitionKey]: subjectPartition(after.subjectId as string),
                [TABLE.sortKey]: after.sortKey,
              }
            : undefined),
      })),
      now,
    );
    return { entries: collected.entries, next: collected.next };
  }

  /** Runs the queries in turn, newest first, until `limit` entries are found or all are read. */
  private async collect(
    limit: number,
    queries: ((exclusiveStart: Record<string, unknown> | undefined) => Omit<QueryCommandInput, 'TableName'>)[],
    now: Date,
  ): Promise<AuditEntriesPage> {
    const entries: AuditEntry[] = [];
    for (const [index, query] of queries.entries()) {
      let start: Record<string, unknown> | undefined;
      do {
        const input = query(start);
        const result = await this.db.send(
          new QueryCommand({
            ...input,
            TableName: this.tableName,
            ScanIndexForward: false,
            Limit: QUERY_BATCH,
          }),
        );
        entries.push(...(result.Items ?? []).map(entryOf).filter((entry) => isKept(entry, now)));
        start = result.LastEvaluatedKey;
        if (entries.length >= limit) {
          const page = entries.slice(0, limit);
          const last = page.at(-1) as AuditEntry;
          const more = entries.length > limit || start !== undefined || index < queries.length - 1;
          return {
            entries: page,
            next: more ? { sortKey: `${last.at}#${last.entryId}`, subjectId: last.subjectId } : undefined,
          };
        }
      } while (start);
    }
    return { entries };
  }
}
