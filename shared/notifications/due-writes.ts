import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { type DueChanges, dueItem, dueKey } from './due-notice.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The transaction items that put and delete a step's scheduled notices: written in the step's
 * own transaction, so the schedule changes exactly when the step does. Puts are unconditional
 * (the same notice at the same time is the same item), deletes too (gone already is fine).
 */
export function dueWrites(tableName: string, changes: DueChanges): TransactItem[] {
  return [
    ...changes.put.map((due): TransactItem => ({ Put: { TableName: tableName, Item: dueItem(due) } })),
    ...changes.remove.map((due): TransactItem => ({ Delete: { TableName: tableName, Key: dueKey(due) } })),
  ];
}

/** {@link dueWrites} bound to the table, for domain services that do not know its name. */
export type DueWriter = (changes: DueChanges) => TransactItem[];

export const dueWriter =
  (tableName: string): DueWriter =>
  (changes) =>
    dueWrites(tableName, changes);
