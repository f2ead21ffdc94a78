import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { transactionCancellation } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { StateConflictError } from '../errors/index.ts';
import { keyOf, packTransactions, type RowWrite } from './import-plan.ts';
import { importKey } from './import-record.ts';
import type { ImportRepository } from './import-repository.ts';

/** How many undo deletions run at once. */
const UNDO_PARALLEL = 8;

/**
 * Writes an import's rows all or none. DynamoDB's transactions hold 100 items, an import up to
 * 2000 rows of up to 8 items each; so the rows go in transactions of at most 99 items, in order,
 * each also advancing the import's `cursor` on condition that this write still holds the lease
 * and the cursor is where it left it (two jobs never interleave). Every row's main item is
 * written only where none is (`attribute_not_exists`) and carries the import's id.
 *
 * The guarantee: when {@link write} returns, every row is written; when it throws, no row of this
 * import is left: a transaction refused because someone wrote one of its items meanwhile makes
 * it delete what the earlier transactions wrote (main items only where they still carry this
 * import's id, that is: nobody changed them since) before it throws `IMPORT_CONFLICT` naming the
 * row. Between the first transaction and the end of an undo, readers can see part of the rows,
 * and the stream sees them come and go (the candidate index and statistics follow as for any
 * profile or need written and deleted). Should the process die before the undo is done, the
 * cursor stays above 0 with the lease; the next job after the lease ran out first undoes
 * (`undo`, idempotent) and then writes from the start.
 */
export class ImportWriter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly repository: ImportRepository,
  ) {}

  async write(importId: string, lease: string, rows: readonly RowWrite[]): Promise<void> {
    const transactions = packTransactions(rows);
    let done = 0;
    for (const [index, group] of transactions.entries()) {
      done += group.length;
      // Which row each transaction item belongs to, to name the row a refusal concerns.
      const owners = group.flatMap((row) => [row, ...row.companions.map(() => row)]);
      try {
        await this.db.send(
          new TransactWriteCommand({
            TransactItems: [
              ...group.flatMap((row) => [
                {
                  Put: {
                    TableName: this.tableName,
                    Item: row.main,
                    ConditionExpression: 'attribute_not_exists(#pk)',
                    ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
                  },
                },
                ...row.companions.map((Item) => ({ Put: { TableName: this.tableName, Item } })),
              ]),
              {
                Update: {
                  TableName: this.tableName,
                  Key: importKey(importId),
                  UpdateExpression: 'SET #cursor = :next, rowsDone = :done',
                  ConditionExpression: 'lease = :lease AND #cursor = :at',
                  ExpressionAttributeNames: { '#cursor': 'cursor' },
                  ExpressionAttributeValues: { ':lease': lease, ':at': index, ':next': index + 1, ':done': done },
                },
              },
            ],
          }),
        );
      } catch (error) {
        const cancelled = transactionCancellation(error);
        // Only a refused condition means "someone else wrote here": anything else (storage down)
        // leaves the cursor for the next attempt, which undoes first.
        if (!cancelled || cancelled.failed < 0) throw error;
        await this.undo(importId, transactions.slice(0, index).flat());
        const row = owners[cancelled.failed]?.row;
        throw new StateConflictError(
          'IMPORT_CONFLICT',
          row === undefined
            ? 'The import was confirmed elsewhere meanwhile; nothing was written'
            : `Row ${row} was written by someone else meanwhile; nothing was written`,
          row === undefined ? undefined : { row },
        );
      }
    }
  }

  /**
   * Deletes what this import wrote of these rows: a main item only while it carries the import's
   * id, and then the items that came with it. Idempotent; rows never written are skipped. Each
   * transaction's rows go in one transaction of deletes (a row never written deletes nothing);
   * should one of them hold someone else's item, that group is taken back row by row instead.
   */
  async undo(importId: string, rows: readonly RowWrite[]): Promise<void> {
    for (const group of packTransactions(rows, 0)) {
      try {
        await this.db.send(
          new TransactWriteCommand({
            TransactItems: group.flatMap((row) => [
              {
                Delete: {
                  TableName: this.tableName,
                  Key: keyOf(row.main),
                  ConditionExpression: 'attribute_not_exists(#pk) OR importId = :id',
                  ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
                  ExpressionAttributeValues: { ':id': importId },
                },
              },
              ...row.companions.map((companion) => ({ Delete: { TableName: this.tableName, Key: keyOf(companion) } })),
            ]),
          }),
        );
      } catch (error) {
        if (!transactionCancellation(error)) throw error;
        await this.undoRowByRow(importId, group);
      }
    }
  }

  private async undoRowByRow(importId: string, rows: readonly RowWrite[]): Promise<void> {
    const queue = [...rows];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        if (!(await this.repository.deleteIfImported(keyOf(row.main), importId))) continue;
        for (const companion of row.companions) await this.repository.delete(keyOf(companion));
      }
    };
    await Promise.all(Array.from({ length: UNDO_PARALLEL }, worker));
  }
}
