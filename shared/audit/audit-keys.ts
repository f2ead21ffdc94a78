import { TABLE } from '../db/table.ts';
import { ValidationError } from '../errors/index.ts';
import type { AuditEntry } from './schemas.ts';

/**
 * Audit items. Every partition key starts with `AUDIT#`: IAM denies updates and deletes of such
 * items to every function (infra/stack.ts), and other code recognises them by it.
 *
 * An entry is stored twice, in one transaction:
 * - about the subject: `PK = AUDIT#SUBJECT#<subjectId>`, `SK = <at>#<entryId>`, and in GSI1
 *   `GSI1PK = AUDIT#MONTH#<YYYY-MM of at, UTC>`, `GSI1SK = <at>#<entryId>` (the period view);
 * - by the actor: `PK = AUDIT#ACTOR#<actorId>`, `SK = <at>#<entryId>`.
 */
const PK = TABLE.partitionKey;
const SK = TABLE.sortKey;
export const GSI1 = TABLE.globalSecondaryIndexes[0];

export const AUDIT_PREFIX = 'AUDIT#';
export const subjectPartition = (subjectId: string) => `${AUDIT_PREFIX}SUBJECT#${subjectId}`;
export const actorPartition = (actorId: string) => `${AUDIT_PREFIX}ACTOR#${actorId}`;
export const monthPartition = (month: string) => `${AUDIT_PREFIX}MONTH#${month}`;
export const sortKeyOf = (entry: Pick<AuditEntry, 'at' | 'entryId'>) => `${entry.at}#${entry.entryId}`;
export const monthOfInstant = (iso: string) => iso.slice(0, 7);

/** Where a page stops: the sort key of its last entry and, in the period view, that entry's subject. */
export interface AuditCursor {
  sortKey: string;
  subjectId?: string | undefined;
}

const SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[A-Za-z0-9-]{1,64}$/;
const PERSON = /^[A-Za-z0-9-]{1,64}$/;

export function encodeCursor(cursor: AuditCursor): string {
  const text = cursor.subjectId === undefined ? cursor.sortKey : `${cursor.sortKey}|${cursor.subjectId}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** Reads a cursor from a client; anything we did not write is a 400, never a storage error. */
export function decodeCursor(text: string): AuditCursor {
  const [sortKey = '', subjectId, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (!SORT_KEY.test(sortKey) || rest.length > 0 || (subjectId !== undefined && !PERSON.test(subjectId))) {
    throw new ValidationError([{ path: 'cursor', code: 'invalid_cursor', message: 'Unknown cursor' }]);
  }
  return { sortKey, subjectId };
}

/** The two items of one entry. */
export function auditItems(entry: AuditEntry): Record<string, unknown>[] {
  const sortKey = sortKeyOf(entry);
  const body = { type: 'AuditEntry', ...entry };
  return [
    {
      [PK]: subjectPartition(entry.subjectId),
      [SK]: sortKey,
      [GSI1.partitionKey]: monthPartition(monthOfInstant(entry.at)),
      [GSI1.sortKey]: sortKey,
      ...body,
    },
    { [PK]: actorPartition(entry.actorId), [SK]: sortKey, ...body },
  ];
}

/** The entry an item holds, without its keys. */
export function entryOf(item: Record<string, unknown>): AuditEntry {
  const { entryId, at, actorId, actorRoles, subjectId, action, method, route, expiresAt } = item as AuditEntry;
  return { entryId, at, actorId, actorRoles, subjectId, action, method, route, expiresAt };
}
