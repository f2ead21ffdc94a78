import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { batchGet } from '../db/batch-get.ts';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import {
  IMPORT_KEPT_HOURS,
  type ImportRecord,
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
   * Takes the write lease: from `checked`, or from a `writing` whose lease ran out (a confirm that
   * died). False when someone else holds it or the import is written.
   */
  async takeLease(importId: string, lease: string, now: Date, until: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: importKey(importId),
          UpdateExpression: 'SET #state = :writing, lease = :lease, leaseUntil = :until',
          ConditionExpression: '#state = :checked OR (#state = :writing AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':writing': 'writing',
            ':checked': 'checked',
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

  /** Gives the lease back after a refused or failed write (everything undone): the import can be confirmed again. */
  async release(importId: string, lease: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: importKey(importId),
        UpdateExpression: 'SET #state = :checked, #cursor = :zero REMOVE lease, leaseUntil',
        ConditionExpression: 'lease = :lease',
        ExpressionAttributeNames: { '#state': 'state', '#cursor': 'cursor' },
        ExpressionAttributeValues: { ':checked': 'checked', ':zero': 0, ':lease': lease },
      }),
    );
  }

  /**
   * Marks the import written with what it did, and deletes the staged rows: the people's data
   * now lives in their profiles (or the needs), not twice.
   */
  async finish(
    importId: string,
    lease: string,
    outcome: { written: number; present: number; uninvited: string[] },
    stagedItems: number,
  ): Promise<void> {
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: importKey(importId),
              UpdateExpression:
                'SET #state = :written, written = :written_n, present = :present, uninvited = :uninvited REMOVE lease, leaseUntil',
              ConditionExpression: 'lease = :lease',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':written': 'written',
                ':written_n': outcome.written,
                ':present': outcome.present,
                ':uninvited': outcome.uninvited,
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

  /** Records which invitations are still to be sent (after sending some of them). */
  async setUninvited(importId: string, uninvited: string[]): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: importKey(importId),
        UpdateExpression: 'SET uninvited = :uninvited',
        ExpressionAttributeValues: { ':uninvited': uninvited },
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
