import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { DUE_TYPE, type DueNotice, duePartition } from './due-notice.ts';
import { type Notice, noticeKey } from './notice.ts';

/** The notice job's cursor: everything due up to `at` has been fired. `PK = JOB#notices`, `SK = CURSOR`. */
export const CURSOR_KEY = { [TABLE.partitionKey]: 'JOB#notices', [TABLE.sortKey]: 'CURSOR' };
/** Fired notices are kept this long: long enough that no schedule entry for the same date can come again. */
export const NOTICE_KEEP_DAYS = 30;

const DUE_FIELDS = ['kind', 'needId', 'volunteerId', 'date', 'inviteExpiresAt', 'dueAt'] as const;

/** What the notice job reads and writes: its cursor, the due items of a window, fired notices. */
export class NoticeScheduleRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The cursor's time (ISO), or undefined before the first run. */
  async cursor(): Promise<string | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: CURSOR_KEY, ConsistentRead: true }),
    );
    return result.Item?.at as string | undefined;
  }

  /**
   * Moves the cursor from `from` (as read; undefined: none yet) to `to`. False when another run
   * moved it meanwhile: nothing is written, and the caller reads it again.
   */
  async moveCursor(from: string | undefined, to: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: CURSOR_KEY,
          UpdateExpression: 'SET #at = :to, #type = :type',
          ConditionExpression: from === undefined ? 'attribute_not_exists(#pk)' : '#at = :from',
          ExpressionAttributeNames: {
            '#at': 'at',
            '#type': 'type',
            ...(from === undefined && { '#pk': TABLE.partitionKey }),
          },
          ExpressionAttributeValues: { ':to': to, ':type': 'JobCursor', ...(from !== undefined && { ':from': from }) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /**
   * The items of one day's partition due after `after` and at or before `until` (ISO instants):
   * one key range (`~` sorts after the `#` that follows each due time). `onPage` gets the count
   * of items each page read.
   */
  async *dueOn(day: string, after: string, until: string, onPage: (read: number) => void): AsyncGenerator<DueNotice> {
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
        ExpressionAttributeValues: { ':pk': duePartition(day), ':from': `${after}~`, ':to': `${until}~` },
      },
    );
    for await (const page of pages) {
      onPage(page.ScannedCount ?? page.Items?.length ?? 0);
      for (const item of page.Items ?? []) {
        if (item.type !== DUE_TYPE) continue;
        const due = Object.fromEntries(DUE_FIELDS.filter((f) => item[f] !== undefined).map((f) => [f, item[f]]));
        yield due as unknown as DueNotice;
      }
    }
  }

  /** Fires a notice: true when this call wrote it, false when it had been fired already. */
  async fire(due: DueNotice, firedAt: Date): Promise<boolean> {
    const { dueAt: _dueAt, ...which } = due;
    const notice: Notice = { ...which, firedAt: firedAt.toISOString() };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...noticeKey(notice),
            type: 'Notice',
            ...notice,
            [TABLE.timeToLiveAttribute]: Math.floor(firedAt.getTime() / 1000) + NOTICE_KEEP_DAYS * 86_400,
          },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
