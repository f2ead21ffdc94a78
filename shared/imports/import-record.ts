import { TABLE } from '../db/table.ts';

export type ImportKind = 'volunteers' | 'needs';

/**
 * A checked import (`IMPORT#<id>` / `IMPORT`): what the dry run found, whose it is and where its
 * write stands. The rows the dry run passed are stored beside it (`ROWS#<nnnn>`, at most 100 rows
 * each) and are what the confirm writes: never a second upload.
 */
export interface ImportRecord {
  importId: string;
  kind: ImportKind;
  ownerId: string;
  /** SHA-256 of the uploaded file, for the audit and to recognise the same file again. */
  fileHash: string;
  /** Data rows in the file, rows the dry run passed, rows with problems. */
  rows: number;
  validRows: number;
  problemRows: number;
  /** `checked` until confirmed; `writing` while a confirm holds the lease; `written` at the end. */
  state: 'checked' | 'writing' | 'written';
  /** Transactions of the current write already applied (the undo's bound). */
  cursor: number;
  lease?: string;
  /** ISO time the lease runs out: a confirm that died mid-way is taken over after it (and undone first). */
  leaseUntil?: string;
  createdAt: string;
  /** ISO time after which the import can no longer be confirmed. */
  validUntil: string;
  /** What the write did: rows written, rows already present. */
  written?: number;
  present?: number;
  /** Accounts created by this import whose invitation e-mail is still to be sent. */
  uninvited?: string[];
}

export interface StagedRow<T> {
  row: number;
  value: T;
}

/** How long a dry run can be confirmed, and how long its staged rows are kept at most (TTL). */
export const IMPORT_VALID_MINUTES = 60;
export const IMPORT_KEPT_HOURS = 24;
/** Rows per staged item: 100 rows of either kind stay far below DynamoDB's 400 KB per item. */
export const ROWS_PER_ITEM = 100;

export const importPartition = (importId: string) => `IMPORT#${importId}`;
export const importKey = (importId: string) => ({
  [TABLE.partitionKey]: importPartition(importId),
  [TABLE.sortKey]: 'IMPORT',
});
export const rowsKey = (importId: string, index: number) => ({
  [TABLE.partitionKey]: importPartition(importId),
  [TABLE.sortKey]: `ROWS#${String(index).padStart(4, '0')}`,
});
