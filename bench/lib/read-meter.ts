/**
 * Counts what a document client reads: every GetItem, Query, Scan and BatchGetItem sent through it
 * gets `ReturnConsumedCapacity: 'TOTAL'` (if it did not ask already) and its items and capacity
 * units are added up. So the figures cover the whole matching call (need, staff assignment,
 * candidate index, ledgers, safeguarding, the need's partition), not only what the service itself
 * reports in `cost`.
 */
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';

export interface ReadTotals {
  /** Requests sent (pages and BatchGet rounds count one each). */
  requests: number;
  /** Items the engine read: GetItem 1 if found, Query/Scan ScannedCount, BatchGet items returned. */
  itemsRead: number;
  /** Keys asked for by BatchGet, and the items they returned (AWS charges a missing key too). */
  batchKeysRequested: number;
  batchItemsRead: number;
  capacityUnits: number;
}

const zero = (): ReadTotals => ({
  requests: 0,
  itemsRead: 0,
  batchKeysRequested: 0,
  batchItemsRead: 0,
  capacityUnits: 0,
});

type Capacity = { CapacityUnits?: number | undefined };
const units = (consumed: Capacity | Capacity[] | undefined) =>
  (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);

export class ReadMeter {
  #totals = zero();

  /** Wraps `db.send` in place; the repositories built on `db` are measured from now on. */
  constructor(db: DynamoDBDocumentClient) {
    type Send = (command: unknown, ...rest: unknown[]) => Promise<unknown>;
    const send = db.send.bind(db) as Send;
    const measured: Send = async (command, ...rest) => {
      const read =
        command instanceof GetCommand ||
        command instanceof QueryCommand ||
        command instanceof ScanCommand ||
        command instanceof BatchGetCommand;
      if (!read) return send(command, ...rest);
      const input = (command as { input: { ReturnConsumedCapacity?: string } }).input;
      input.ReturnConsumedCapacity ??= 'TOTAL';
      const output = (await send(command, ...rest)) as Record<string, unknown>;
      const totals = this.#totals;
      totals.requests += 1;
      totals.capacityUnits += units(output.ConsumedCapacity as Capacity | Capacity[] | undefined);
      if (command instanceof GetCommand) totals.itemsRead += output.Item ? 1 : 0;
      else if (command instanceof BatchGetCommand) {
        for (const items of Object.values((output.Responses ?? {}) as Record<string, unknown[]>)) {
          totals.itemsRead += items.length;
          totals.batchItemsRead += items.length;
        }
        for (const request of Object.values(command.input.RequestItems ?? {}))
          totals.batchKeysRequested += request.Keys?.length ?? 0;
      } else totals.itemsRead += (output.ScannedCount as number | undefined) ?? 0;
      return output;
    };
    (db as unknown as { send: Send }).send = measured;
  }

  /** Runs `work` and returns what it read (calls must not overlap with other measured work). */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; reads: ReadTotals; ms: number }> {
    this.#totals = zero();
    const started = performance.now();
    const result = await work();
    const ms = performance.now() - started;
    return { result, reads: this.#totals, ms };
  }
}
