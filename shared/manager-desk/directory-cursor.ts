import { createHash } from 'node:crypto';
import { ValidationError } from '../errors/index.ts';

/** Where a search stopped: the partition it was reading (index into the searched quarters) and DynamoDB's key. */
export interface DirectoryPosition {
  partition: number;
  /** Absent: the partition's start. */
  key?: Record<string, string> | undefined;
}

/** What a cursor is bound to: the same quarters and filters, or it is refused. */
export interface DirectoryFilter {
  partitions: string[];
  prefix: string;
  skill?: string | undefined;
  language?: string | undefined;
}

const fingerprint = (filter: DirectoryFilter) =>
  createHash('sha256')
    .update(JSON.stringify([filter.partitions, filter.prefix, filter.skill ?? '', filter.language ?? '']))
    .digest('base64url')
    .slice(0, 16);

/** The opaque `next` of a page: base64url JSON, bound to the filter that made it. */
export function encodeCursor(position: DirectoryPosition, filter: DirectoryFilter): string {
  return Buffer.from(
    JSON.stringify({ f: fingerprint(filter), p: position.partition, k: position.key ?? null }),
  ).toString('base64url');
}

const invalid = () =>
  new ValidationError([{ path: 'query.next', code: 'invalid_cursor', message: 'Not a cursor of this search' }]);

const VOLUNTEER_KEY = /^VOLUNTEER#[A-Za-z0-9-]{1,64}$/;

/**
 * Reads a client's `next` back, trusting nothing: it must be one this search made for the same
 * quarters and filters, point into one of the searched partitions, and name a membership key of
 * that partition within the name prefix (else 400, never a storage error or another partition's read).
 */
export function decodeCursor(next: string, filter: DirectoryFilter): DirectoryPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(next, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { f, p, k } = parsed as { f?: unknown; p?: unknown; k?: unknown };
  if (f !== fingerprint(filter)) throw invalid();
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p >= filter.partitions.length) throw invalid();
  if (k === null) return { partition: p };
  if (typeof k !== 'object') throw invalid();
  const key = k as Record<string, unknown>;
  if (Object.keys(key).sort().join() !== 'GSI1PK,GSI1SK,PK,SK') throw invalid();
  const quarterKey = `QUARTER#${filter.partitions[p]}`;
  const { PK, SK, GSI1PK, GSI1SK } = key;
  if (typeof PK !== 'string' || !VOLUNTEER_KEY.test(PK)) throw invalid();
  if (SK !== quarterKey || GSI1PK !== quarterKey) throw invalid();
  if (typeof GSI1SK !== 'string' || GSI1SK.length > 400 || !GSI1SK.startsWith(filter.prefix)) throw invalid();
  if (!GSI1SK.endsWith(`#${PK.slice('VOLUNTEER#'.length)}`)) throw invalid();
  return { partition: p, key: { PK, SK, GSI1PK, GSI1SK } };
}
