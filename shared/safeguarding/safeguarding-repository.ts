import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';
import type { SafeguardingCheck } from './schemas.ts';

export const safeguardingKey = (volunteerId: string) => ({
  [TABLE.partitionKey]: `VOLUNTEER#${volunteerId}`,
  [TABLE.sortKey]: 'SAFEGUARDING',
});

function toCheck(item: Record<string, unknown>): SafeguardingCheck {
  const { volunteerId, inspectedOn, issuedOn, relevantConviction, inspectedBy, recordedAt, expiresAt } =
    item as SafeguardingCheck;
  return { volunteerId, inspectedOn, issuedOn, relevantConviction, inspectedBy, recordedAt, expiresAt };
}

/** Safeguarding facts carry a TTL and are also filtered on read (TTL deletion lags). */
const live = (check: SafeguardingCheck, nowSeconds: number) => check.expiresAt > nowSeconds;

export class SafeguardingRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(check: SafeguardingCheck): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...safeguardingKey(check.volunteerId), type: 'SafeguardingCheck', ...check },
      }),
    );
  }

  async get(volunteerId: string, now: Date): Promise<SafeguardingCheck | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: safeguardingKey(volunteerId), ConsistentRead: true }),
    );
    const check = result.Item ? toCheck(result.Item) : undefined;
    return check && live(check, now.getTime() / 1000) ? check : undefined;
  }

  async getMany(
    volunteerIds: string[],
    now: Date,
  ): Promise<{ checks: Map<string, SafeguardingCheck>; itemsRead: number; capacityUnits: number }> {
    const checks = new Map<string, SafeguardingCheck>();
    let itemsRead = 0;
    let capacityUnits = 0;
    for (let start = 0; start < volunteerIds.length; start += 100) {
      let keys: Record<string, unknown>[] | undefined = volunteerIds.slice(start, start + 100).map(safeguardingKey);
      while (keys && keys.length > 0) {
        const result: BatchGetCommandOutput = await this.db.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } }, ReturnConsumedCapacity: 'TOTAL' }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) {
          itemsRead++;
          const check = toCheck(item);
          if (live(check, now.getTime() / 1000)) checks.set(check.volunteerId, check);
        }
        capacityUnits += (result.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return { checks, itemsRead, capacityUnits };
  }
}
