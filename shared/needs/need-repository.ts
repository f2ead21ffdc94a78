import { type DynamoDBDocumentClient, GetCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { VersionConflictError } from '../errors/index.ts';
import { needItem, needKey } from './need-keys.ts';
import type { Need, NeedStatus } from './schemas.ts';

const STRIP = new Set([TABLE.partitionKey, TABLE.sortKey, 'GSI1PK', 'GSI1SK', 'type']);

export function toNeed(item: Record<string, unknown>): Need {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !STRIP.has(key))) as Need;
}

/** Needs: one item each, indexed by quarter (GSI1 `NEEDS#<quarter>`). */
export class NeedRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(needId: string): Promise<Need | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: needKey(needId), ConsistentRead: true }),
    );
    return result.Item ? toNeed(result.Item) : undefined;
  }

  /** Creates the need; false (and nothing written) if a need with this id exists already. */
  async create(need: Need): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: needItem(need),
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
   * Replaces the need if it is still at `expectedVersion` (and, optionally, still has the
   * accepted count the caller based its change on); otherwise {@link VersionConflictError}.
   */
  async replace(next: Need, expectedVersion: number): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: needItem(next),
          ConditionExpression: '#version = :expected AND acceptedCount = :accepted',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion, ':accepted': next.acceptedCount },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw new VersionConflictError('Need', (await this.get(next.needId))?.version);
    }
  }

  /** The needs of a quarter, optionally of one status, ordered by status and first date. */
  async listByQuarter(quarterId: string, status?: NeedStatus): Promise<Need[]> {
    const needs: Need[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: status ? 'GSI1PK = :pk AND begins_with(GSI1SK, :status)' : 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `NEEDS#${quarterId}`, ...(status && { ':status': `${status}#` }) },
      },
    );
    for await (const page of pages) needs.push(...(page.Items ?? []).map(toNeed));
    return needs;
  }
}
