import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Via } from '../audit/schemas.ts';
import type { Caller } from '../auth/caller.ts';
import { batchGet } from '../db/batch-get.ts';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import {
  IMPORT_KEPT_HOURS,
  type ImportFailure,
  type ImportRecord,
  type ImportState,
  importKey,
  importPartition,
  ROWS_PER_ITEM,
  rowsKey,
  type StagedRow,
} from './import-record.ts';

type Item = Record<string, unknown>;

/** The staged import: its record and the rows it will write. */
export class ImportRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Stores a dry run's record and its valid rows in one transaction (at most 21 items). */
  async save<T>(record: ImportRecord, rows: readonly StagedRow<T>[], now: Date): Promise<void> {
    const expiresAt = Math.floor(now.getTime() / 1000) + IMPORT_KEPT_HOURS * 3600;
    const chunks: StagedRow<T>[][] = [];
    for (let start = 0; start < rows.length; start += ROWS_PER_ITEM)
      chunks.push(rows.slice(start, start + ROWS_PER_ITEM));
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...importKey(record.importId), type: 'Import', ...record, expiresAt },
            },
          },
          ...chunks.map((chunk, index) => ({
            Put: {
              TableName: this.tableName,
              Item: {
                ...rowsKey(record.importId, index),
                type: 'ImportRows',
                importId: record.importId,
                rows: chunk,
                expiresAt,
              },
            },
          })),
        ],
      }),
    );
  }

  /** The record and its staged rows, or undefined when there is none (never was, or past its TTL). */
  async load<T>(importId: string, now: Date): Promise<{ record: ImportRecord; rows: StagedRow<T>[] } | undefined> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
          ExpressionAttributeValues: { ':pk': importPartition(importId) },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const head = items.find((item) => item[TABLE.sortKey] === 'IMPORT');
    if (!head || Number(head.expiresAt) * 1000 <= now.getTime()) return undefined;
    const { PK: _pk, SK: _sk, type: _type, expiresAt: _expires, ...record } = head;
    const rows = items
      .filter((item) => String(item[TABLE.sortKey]).startsWith('ROWS#'))
      .flatMap((item) => item.rows as StagedRow<T>[]);
    return { record: record as unknown as ImportRecord, rows };
  }

  /**
   * Moves the import to `queued` from the state the confirm read (import-state.ts `queueFrom`),
   * on condition that it is still that state and holds no live lease: of two confirms at once one
   * queues, the other is refused (false). The stream event of this change starts the job.
   */
  async queue(importId: string, from: ImportState, actor: Caller, via: Via, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: importKey(importId),
          UpdateExpression:
            'SET #state = :queued, actor = :actor, via = :via, queuedAt = :now REMOVE lease, leaseUntil, failure',
          ConditionExpression: '#state = :from AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':queued': 'queued',
            ':from': from,
            ':actor': { userId: actor.userId, roles: actor.roles },
            ':via': via,
            ':now': now.toISOString(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /**
   * Takes the job's lease: from `queued`, or from a `writing` or `inviting` whose lease ran out (a
   * job that died). False when someone else holds it or there is nothing to do.
   */
  async takeLease(
    importId: string,
    lease: string,
    now: Date,
    until: Date,
    state: 'writing' | 'inviting',
  ): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: importKey(importId),
          UpdateExpression: 'SET #state = :state, lease = :lease, leaseUntil = :until',
          ConditionExpression: '#state = :queued OR ((#state = :writing OR #state = :inviting) AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':state': state,
            ':queued': 'queued',
            ':writing': 'writing',
            ':inviting': 'inviting',
            ':lease': lease,
            ':until': until.toISOString(),
            ':now': now.toISOString(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Marks a write failed (everything of it undone, the cursor back at 0): it can be confirmed again. */
  async fail(importId: string, lease: string, failure: ImportFailure): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: importKey(importId),
        UpdateExpression:
          'SET #state = :failed, #cursor = :zero, rowsDone = :zero, failure = :failure REMOVE lease, leaseUntil',
        ConditionExpression: 'lease = :lease',
        ExpressionAttributeNames: { '#state': 'state', '#cursor': 'cursor' },
        ExpressionAttributeValues: { ':failed': 'failed', ':zero': 0, ':failure': failure, ':lease': lease },
      }),
    );
  }

  /** Back to the first transaction, after the undo of a job that died: the writer's cursor condition starts at 0. */
  async resetCursor(importId: string, lease: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: importKey(importId),
        UpdateExpression: 'SET #cursor = :zero, rowsDone = :zero',
        ConditionExpression: 'lease = :lease',
        ExpressionAttributeNames: { '#cursor': 'cursor' },
        ExpressionAttributeValues: { ':zero': 0, ':lease': lease },
      }),
    );
  }

  /** Lets the lease run out now (a job that could neither finish nor undo): the next attempt takes over at once. */
  async expireLease(importId: string, lease: string, now: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: importKey(importId),
        UpdateExpression: 'SET leaseUntil = :past',
        ConditionExpression: 'lease = :lease',
        ExpressionAttributeValues: { ':past': new Date(now.getTime() - 1000).toISOString(), ':lease': lease },
      }),
    );
  }

  /**
   * Records what the write did and deletes the staged rows (the people's data now lives in their
   * profiles, or the needs, not twice): `inviting` with the lease kept while invitations are to
   * be sent, else `written`.
   */
  async finish(
    importId: string,
    lease: string,
    outcome: { written: number; present: number; uninvited: string[] },
    stagedItems: number,
  ): Promise<void> {
    const inviting = outcome.uninvited.length > 0;
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: importKey(importId),
              UpdateExpression: `SET #state = :state, written = :written_n, present = :present, uninvited = :uninvited, invited = :zero${inviting ? '' : ' REMOVE lease, leaseUntil'}`,
              ConditionExpression: 'lease = :lease',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':state': inviting ? 'inviting' : 'written',
                ':written_n': outcome.written,
                ':present': outcome.present,
                ':uninvited': outcome.uninvited,
                ':zero': 0,
                ':lease': lease,
              },
            },
          },
          ...Array.from({ length: stagedItems }, (_, index) => ({
            Delete: { TableName: this.tableName, Key: rowsKey(importId, index) },
          })),
        ],
      }),
    );
  }

  /** After the invitations: `written`, with those still to send (confirming again sends them). */
  async invitationsSent(importId: string, lease: string, sent: number, uninvited: string[]): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: importKey(importId),
        UpdateExpression:
          'SET #state = :written, uninvited = :uninvited, invited = if_not_exists(invited, :zero) + :sent REMOVE lease, leaseUntil',
        ConditionExpression: 'lease = :lease',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':written': 'written',
          ':uninvited': uninvited,
          ':sent': sent,
          ':zero': 0,
          ':lease': lease,
        },
      }),
    );
  }

  /** Which of these keys hold an item (consistent reads). */
  async existing(keys: readonly Item[]): Promise<Set<string>> {
    const { items } = await batchGet(this.db, this.tableName, [...keys], { consistent: true });
    return new Set(items.map((item) => `${item[TABLE.partitionKey]}|${item[TABLE.sortKey]}`));
  }

  /** Deletes one item if it was written by this import; true when it was. */
  async deleteIfImported(key: Item, importId: string): Promise<boolean> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: key,
          ConditionExpression: 'importId = :id',
          ExpressionAttributeValues: { ':id': importId },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async delete(key: Item): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: key }));
  }
}
