import type { Via } from '../audit/schemas.ts';
import type { Caller } from '../auth/caller.ts';
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
  /** Where the import stands (import-state.ts has the transitions). */
  state: ImportState;
  /** Transactions of the current write already applied (the undo's bound). */
  cursor: number;
  /** Rows the current write has applied so far (the status page's progress). */
  rowsDone?: number;
  /** The job's lease (functions/imports): whoever holds it writes; nobody else does. */
  lease?: string;
  /** ISO time the lease runs out: a job that died mid-way is taken over after it (and undone first). */
  leaseUntil?: string;
  /** Who confirmed it, and how: the job writes on their behalf (the needs' author, the audit's actor). */
  actor?: Caller;
  via?: Via;
  /** Why the last write failed (nothing of it is left): a code, and the row a conflict concerns. */
  failure?: ImportFailure;
  createdAt: string;
  /** ISO time after which the import can no longer be confirmed. */
  validUntil: string;
  /** What the write did: rows written, rows already present. */
  written?: number;
  present?: number;
  /** Accounts created by this import whose invitation e-mail is still to be sent. */
  uninvited?: string[];
  /** Invitation e-mails sent so far. */
  invited?: number;
}

/**
 * `checked` after the dry run; `queued` once confirmed (the job's stream event); `writing` while
 * the job writes the rows; `inviting` while it sends the volunteers' invitations; `written` at
 * the end; `failed` when the write was refused or storage or Cognito gave up (nothing written).
 */
export type ImportState = 'checked' | 'queued' | 'writing' | 'inviting' | 'written' | 'failed';

/** `IMPORT_CONFLICT` (someone wrote a row meanwhile) or `UNAVAILABLE` (storage or Cognito failed). */
export interface ImportFailure {
  code: 'IMPORT_CONFLICT' | 'UNAVAILABLE';
  row?: number;
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

/** The sort key of an import's record, and the state whose arrival starts its job (the stream's filter). */
export const IMPORT_SORT_KEY = 'IMPORT';
export const QUEUED_STATE = 'queued' satisfies ImportState;

export const importPartition = (importId: string) => `IMPORT#${importId}`;
export const importKey = (importId: string) => ({
  [TABLE.partitionKey]: importPartition(importId),
  [TABLE.sortKey]: IMPORT_SORT_KEY,
});
export const rowsKey = (importId: string, index: number) => ({
  [TABLE.partitionKey]: importPartition(importId),
  [TABLE.sortKey]: `ROWS#${String(index).padStart(4, '0')}`,
});
