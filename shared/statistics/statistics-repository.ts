/**
 * The statistics read model in the table (docs/access-patterns.md, "Statistics"): counter items
 * (`STATS#<quarter>` / `MONTH#<YYYY-MM>`, ADD only) and per source a snapshot of what it
 * contributed. A change is one transaction: the snapshot, put on the version read, and an ADD of
 * the difference to each counter it touches. A repeated or concurrent record fails the snapshot's
 * condition (nothing is added) or finds nothing to add.
 */
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { batchGet } from '../db/batch-get.ts';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { type Counts, parseCell } from './counts.ts';
import type { CounterAttributes } from './month-statistics.ts';
import { counterKey } from './statistics-keys.ts';

type Key = Record<string, string>;

export interface Snapshot<Extra> {
  counts: Counts;
  version: number;
  extra?: Extra | undefined;
}

/** A transaction holds at most 100 items: the snapshot and 99 cells. */
const MAX_CELLS = 99;

export class StatisticsRepository {
  /** Items read by {@link months}: the page's bounded-read test counts them. */
  itemsRead = 0;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async snapshot<Extra>(key: Key): Promise<Snapshot<Extra>> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    const item = result.Item;
    return item
      ? { counts: item.counts as Counts, version: item.version as number, extra: item.extra as Extra | undefined }
      : { counts: {}, version: 0 };
  }

  /**
   * Stores the snapshot and adds `delta` to the counters, at once. False when the snapshot changed
   * since it was read (read and compute again).
   */
  async apply<Extra>(
    key: Key,
    type: string,
    previousVersion: number,
    next: { counts: Counts; extra?: Extra | undefined },
    delta: Counts,
  ): Promise<boolean> {
    const cells = Object.entries(delta);
    if (cells.length > MAX_CELLS) throw new Error(`statistics: ${cells.length} cells in one change`);
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...key,
                  type,
                  counts: next.counts,
                  version: previousVersion + 1,
                  ...(next.extra && { extra: next.extra }),
                },
                ...(previousVersion === 0
                  ? {
                      ConditionExpression: 'attribute_not_exists(#pk)',
                      ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
                    }
                  : {
                      ConditionExpression: 'version = :version',
                      ExpressionAttributeValues: { ':version': previousVersion },
                    }),
              },
            },
            ...cells.map(([cell, attributes]) => {
              const { quarterId, month } = parseCell(cell);
              const names: Record<string, string> = { '#type': 'type', '#quarter': 'quarterId', '#month': 'month' };
              const values: Record<string, unknown> = {
                ':type': 'StatisticsMonth',
                ':quarter': quarterId,
                ':month': month,
              };
              const adds = Object.entries(attributes).map(([attribute, value], index) => {
                names[`#a${index}`] = attribute;
                values[`:a${index}`] = value;
                return `#a${index} :a${index}`;
              });
              return {
                Update: {
                  TableName: this.tableName,
                  Key: counterKey(quarterId, month),
                  UpdateExpression: `SET #type = :type, #quarter = :quarter, #month = :month ADD ${adds.join(', ')}`,
                  ExpressionAttributeNames: names,
                  ExpressionAttributeValues: values,
                },
              };
            }),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** The counter items of the given cells (BatchGet, eventually consistent): missing cells are empty. */
  async months(cells: { quarterId: string; month: string }[]): Promise<Map<string, CounterAttributes>> {
    const { items } = await batchGet(
      this.db,
      this.tableName,
      cells.map((cell) => counterKey(cell.quarterId, cell.month)),
    );
    this.itemsRead += items.length;
    const result = new Map<string, CounterAttributes>();
    for (const item of items) {
      const attributes: CounterAttributes = {};
      for (const [name, value] of Object.entries(item)) if (typeof value === 'number') attributes[name] = value;
      result.set(`${item.quarterId as string}/${item.month as string}`, attributes);
    }
    return result;
  }
}
