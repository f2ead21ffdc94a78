import { StateConflictError } from '../errors/index.ts';
import type { ImportRecord } from './import-record.ts';
import type { ImportStatus } from './schemas.ts';

/** What the status page and the API show: the job's states, with a stalled one shown as failed. */
export type ImportProgress = 'checked' | 'queued' | 'writing' | 'done' | 'failed';

const leaseRunOut = (record: ImportRecord, now: Date) =>
  record.leaseUntil === undefined || record.leaseUntil < now.toISOString();

/** Whether a written import still has invitations to send (confirming it again sends them). */
export const hasUninvited = (record: ImportRecord) => (record.uninvited ?? []).length > 0;

/**
 * Whether the job must still write the rows (`write`), only send invitations (`invite`: the rows
 * are written) or do nothing (`skip`: written, failed, or another job's lease still holds).
 * The job acts on a `queued` import, and takes over one whose job died (its lease ran out).
 */
export function jobAction(record: ImportRecord, now: Date): 'write' | 'invite' | 'skip' {
  const runnable =
    record.state === 'queued' ||
    ((record.state === 'writing' || record.state === 'inviting') && leaseRunOut(record, now));
  if (!runnable) return 'skip';
  return record.written === undefined ? 'write' : 'invite';
}

/**
 * The confirm's decision: the state it moves to `queued` from, or the 409 it answers. A dry run
 * (`checked`) or a failed write can be confirmed until its `validUntil`; a job that died (its
 * lease ran out) can always be resumed, since it must finish or undo what it began; a written
 * import only while invitations are left to send.
 */
export function queueFrom(record: ImportRecord, now: Date): ImportRecord['state'] {
  switch (record.state) {
    case 'written':
      if (hasUninvited(record)) return record.state;
      throw new StateConflictError('IMPORT_DONE', 'This import has been written already', { currentState: 'written' });
    case 'queued':
      throw new StateConflictError('IMPORT_IN_PROGRESS', 'This import is being written right now');
    case 'writing':
    case 'inviting':
      if (leaseRunOut(record, now)) return record.state;
      throw new StateConflictError('IMPORT_IN_PROGRESS', 'This import is being written right now');
    case 'checked':
    case 'failed':
      if (now.toISOString() > record.validUntil)
        throw new StateConflictError('IMPORT_EXPIRED', 'This dry run is too old: upload the file again');
      return record.state;
  }
}

/**
 * The state as people see it: a job whose lease ran out (it died, and nothing will take it over
 * until someone confirms again) is `failed` with a button to try again; sending invitations
 * counts as done (the rows are written).
 */
export function progressOf(record: ImportRecord, now: Date): ImportProgress {
  switch (record.state) {
    case 'checked':
    case 'queued':
    case 'failed':
      return record.state;
    case 'writing':
      return leaseRunOut(record, now) ? 'failed' : 'writing';
    case 'inviting':
    case 'written':
      return 'done';
  }
}

/** The import's status as the API and the status page give it. */
export function statusOf(record: ImportRecord, now: Date): ImportStatus {
  const state = progressOf(record, now);
  return {
    importId: record.importId,
    kind: record.kind,
    state,
    rows: record.validRows,
    rowsDone: state === 'writing' ? (record.rowsDone ?? 0) : 0,
    ...(state === 'done' && {
      written: record.written ?? 0,
      present: record.present ?? 0,
      invited: record.invited ?? 0,
      // While the job sends them, none is "not sent yet"; after it (or once it died), the rest are.
      uninvited: record.state === 'written' || leaseRunOut(record, now) ? (record.uninvited ?? []).length : 0,
    }),
    ...(state === 'failed' && { failure: record.failure ?? { code: 'UNAVAILABLE' } }),
  };
}
