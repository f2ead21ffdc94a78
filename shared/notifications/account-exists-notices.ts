import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { ACCOUNT_EXISTS_TTL_SECONDS, accountExistsKey } from './account-exists-notice.ts';

/** The account-exists notices in the table (./account-exists-notice.ts). */
export class AccountExistsNotices {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Records that the owner of `email` must be told. False when a notice for the address is already
   * recorded in this window (that one is mailed; this attempt adds nothing).
   */
  async record(email: string, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...accountExistsKey(email, now),
            type: 'AccountExistsNotice',
            email,
            requestedAt: now.toISOString(),
            [TABLE.timeToLiveAttribute]: Math.floor(now.getTime() / 1000) + ACCOUNT_EXISTS_TTL_SECONDS,
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

  /**
   * Removes the address from a notice once its mail is out: the item stays, holding nothing
   * personal, until its TTL, and keeps its window closed. A notice already gone is left alone.
   */
  async forgetAddress(key: { pk: string; sk: string }): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [TABLE.partitionKey]: key.pk, [TABLE.sortKey]: key.sk },
          UpdateExpression: 'REMOVE email',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
