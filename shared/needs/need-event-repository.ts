import { randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { transactionCancellation } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import type { NeedEvent } from '../notifications/need-event.ts';
import { messageKey, needEventItem } from './need-events.ts';
import { needKey } from './need-keys.ts';
import type { TransactItem } from './need-repository.ts';

const STRIP = new Set([TABLE.partitionKey, TABLE.sortKey, 'type']);

/** What writing a message came to. */
export type MessageWrite = 'written' | 'duplicate' | 'needNotOpen';

/** The need's own events beyond what the need's transaction writes: managers' messages. */
export class NeedEventRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The Put of an event, for the transaction of the change it records. */
  put(event: NeedEvent): TransactItem {
    return { Put: { TableName: this.tableName, Item: needEventItem(event, randomBytes(4).toString('hex')) } };
  }

  /**
   * Writes a message event, once per message id and only while the need is open or filled: one
   * transaction of a check on the need, the idempotency record (`attribute_not_exists`) and the
   * event. Nothing is written when either condition fails.
   */
  async addMessage(event: NeedEvent & { messageId: string }): Promise<MessageWrite> {
    const item = needEventItem(event, randomBytes(4).toString('hex'));
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName: this.tableName,
                Key: needKey(event.needId),
                ConditionExpression: '#status IN (:open, :filled)',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':open': 'open', ':filled': 'filled' },
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...messageKey(event.needId, event.messageId),
                  type: 'NeedMessage',
                  eventKey: item[TABLE.sortKey],
                },
                ConditionExpression: 'attribute_not_exists(#pk)',
                ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
              },
            },
            { Put: { TableName: this.tableName, Item: item } },
          ],
        }),
      );
      return 'written';
    } catch (error) {
      const cancelled = transactionCancellation(error);
      if (cancelled?.failed === 0) return 'needNotOpen';
      if (cancelled?.failed === 1) return 'duplicate';
      throw error;
    }
  }

  /** The message written under this id, if any. */
  async message(needId: string, messageId: string): Promise<NeedEvent | undefined> {
    const marker = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: messageKey(needId, messageId), ConsistentRead: true }),
    );
    const eventKey = marker.Item?.eventKey;
    if (typeof eventKey !== 'string') return undefined;
    const result = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { ...messageKey(needId, messageId), [TABLE.sortKey]: eventKey },
        ConsistentRead: true,
      }),
    );
    return result.Item
      ? (Object.fromEntries(Object.entries(result.Item).filter(([key]) => !STRIP.has(key))) as NeedEvent)
      : undefined;
  }
}
