import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;

export interface BatchGetResult {
  /** The items found, in no particular order; keys with no item are left out. */
  items: Item[];
  /** Read capacity the calls consumed (for benchmarks). */
  capacityUnits: number;
}

const MAX_RETRIES = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GetItem for many keys: BatchGetItem, 100 keys a call, the keys DynamoDB left unprocessed asked
 * again with back-off (a bounded number of times, then an error rather than a silent gap).
 */
export async function batchGet(
  db: DynamoDBDocumentClient,
  tableName: string,
  keys: Item[],
  options: { consistent?: boolean } = {},
): Promise<BatchGetResult> {
  const result: BatchGetResult = { items: [], capacityUnits: 0 };
  for (let start = 0; start < keys.length; start += 100) {
    let pending: Item[] | undefined = keys.slice(start, start + 100);
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt > MAX_RETRIES) throw new Error(`BatchGet on ${tableName} kept returning unprocessed keys`);
      if (attempt > 0) await sleep(Math.min(1000, 50 * 2 ** attempt));
      const output: BatchGetCommandOutput = await db.send(
        new BatchGetCommand({
          RequestItems: { [tableName]: { Keys: pending, ...(options.consistent && { ConsistentRead: true }) } },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      result.items.push(...(output.Responses?.[tableName] ?? []));
      result.capacityUnits += (output.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      pending = output.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return result;
}
