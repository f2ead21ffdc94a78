import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { batchGet } from '../db/batch-get.ts';
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
    const { items, capacityUnits } = await batchGet(this.db, this.tableName, volunteerIds.map(safeguardingKey));
    const checks = new Map<string, SafeguardingCheck>();
    for (const check of items.map(toCheck)) if (live(check, now.getTime() / 1000)) checks.set(check.volunteerId, check);
    return { checks, itemsRead: items.length, capacityUnits };
  }
}
