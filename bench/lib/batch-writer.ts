/**
 * Bulk seeding for benches: BatchWriteItem, 25 puts a call, several calls in flight, unprocessed
 * items retried with back-off. Items come from a (lazy) iterable, so 50,000 volunteers never sit
 * in memory as one array of items.
 */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;

export interface BatchWriteStats {
  items: number;
  requests: number;
  retries: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function batchWrite(
  db: DynamoDBDocumentClient,
  tableName: string,
  items: Iterable<Item>,
  options: { concurrency?: number; onProgress?: (written: number) => void } = {},
): Promise<BatchWriteStats> {
  const stats: BatchWriteStats = { items: 0, requests: 0, retries: 0 };
  const iterator = items[Symbol.iterator]();
  let done = false;
  // Workers take the next 25 items synchronously, so no item is taken twice.
  const nextChunk = (): Item[] => {
    const chunk: Item[] = [];
    while (!done && chunk.length < 25) {
      const next = iterator.next();
      if (next.done) done = true;
      else chunk.push(next.value);
    }
    return chunk;
  };
  const worker = async () => {
    for (let chunk = nextChunk(); chunk.length > 0; chunk = nextChunk()) {
      let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) {
          stats.retries += 1;
          if (attempt > 10)
            throw new Error(`BatchWriteItem: ${pending.length} items still unprocessed after 10 retries`);
          await sleep(Math.min(1000, 20 * 2 ** attempt));
        }
        stats.requests += 1;
        const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
        pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
      stats.items += chunk.length;
      options.onProgress?.(stats.items);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return stats;
}
