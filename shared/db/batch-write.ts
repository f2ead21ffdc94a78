/**
 * BatchWriteItem in chunks of 25, several calls in flight, unprocessed requests retried with
 * back-off. Requests come from a (lazy) iterable, so a bench's 50,000 volunteers never sit in
 * memory as one array of items. BatchWriteItem has no conditions: use it only for items whose
 * content is derived from a source of truth and rewritten from it (projections, seeds).
 */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;
export type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } };

export const putRequest = (Item: Item): WriteRequest => ({ PutRequest: { Item } });
export const deleteRequest = (Key: Item): WriteRequest => ({ DeleteRequest: { Key } });

export interface BatchWriteStats {
  items: number;
  requests: number;
  retries: number;
}

const MAX_RETRIES = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function batchWrite(
  db: DynamoDBDocumentClient,
  tableName: string,
  writes: Iterable<WriteRequest>,
  options: { concurrency?: number; onProgress?: (written: number) => void } = {},
): Promise<BatchWriteStats> {
  const stats: BatchWriteStats = { items: 0, requests: 0, retries: 0 };
  const iterator = writes[Symbol.iterator]();
  let done = false;
  // Workers take the next 25 requests synchronously, so no request is taken twice.
  const nextChunk = (): WriteRequest[] => {
    const chunk: WriteRequest[] = [];
    while (!done && chunk.length < 25) {
      const next = iterator.next();
      if (next.done) done = true;
      else chunk.push(next.value);
    }
    return chunk;
  };
  const worker = async () => {
    for (let chunk = nextChunk(); chunk.length > 0; chunk = nextChunk()) {
      let pending = chunk;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) {
          stats.retries += 1;
          if (attempt > MAX_RETRIES)
            throw new Error(
              `BatchWriteItem: ${pending.length} requests still unprocessed after ${MAX_RETRIES} retries`,
            );
          await sleep(Math.min(1000, 20 * 2 ** attempt));
        }
        stats.requests += 1;
        const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
        pending = (result.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
      }
      stats.items += chunk.length;
      options.onProgress?.(stats.items);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return stats;
}
