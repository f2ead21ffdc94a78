import { describe, expect, it } from 'vitest';
import type { StateConflictError } from '../errors/index.ts';
import type { ImportRecord } from './import-record.ts';
import { jobAction, progressOf, queueFrom } from './import-state.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const LATER = '2026-11-24T10:05:00.000Z';
const EARLIER = '2026-11-24T09:55:00.000Z';
const record = (fields: Partial<ImportRecord>): ImportRecord => ({
  importId: '00000000-0000-4000-8000-000000000001',
  kind: 'volunteers',
  ownerId: 'owner',
  fileHash: 'hash',
  rows: 3,
  validRows: 2,
  problemRows: 1,
  state: 'checked',
  cursor: 0,
  createdAt: EARLIER,
  validUntil: LATER,
  ...fields,
});
const refusal = (fields: Partial<ImportRecord>) => {
  try {
    queueFrom(record(fields), NOW);
  } catch (error) {
    return (error as StateConflictError).code;
  }
  return 'queued';
};

describe('import states', () => {
  it('queues a dry run or a failed write until it is too old', () => {
    expect(queueFrom(record({ state: 'checked' }), NOW)).toBe('checked');
    expect(queueFrom(record({ state: 'failed', failure: { code: 'UNAVAILABLE' } }), NOW)).toBe('failed');
    expect(refusal({ state: 'checked', validUntil: EARLIER })).toBe('IMPORT_EXPIRED');
    expect(refusal({ state: 'failed', validUntil: EARLIER })).toBe('IMPORT_EXPIRED');
  });

  it('refuses while queued or while a job holds the lease; resumes a job that died, however old', () => {
    expect(refusal({ state: 'queued' })).toBe('IMPORT_IN_PROGRESS');
    expect(refusal({ state: 'writing', leaseUntil: LATER })).toBe('IMPORT_IN_PROGRESS');
    expect(refusal({ state: 'inviting', leaseUntil: LATER, written: 2 })).toBe('IMPORT_IN_PROGRESS');
    expect(queueFrom(record({ state: 'writing', leaseUntil: EARLIER, validUntil: EARLIER }), NOW)).toBe('writing');
    expect(queueFrom(record({ state: 'inviting', leaseUntil: EARLIER, written: 2 }), NOW)).toBe('inviting');
  });

  it('refuses a written import unless invitations are left to send', () => {
    expect(refusal({ state: 'written', written: 2, uninvited: [] })).toBe('IMPORT_DONE');
    expect(queueFrom(record({ state: 'written', written: 2, uninvited: ['u1'], validUntil: EARLIER }), NOW)).toBe(
      'written',
    );
  });

  it('lets the job write a queued import, send the invitations of a written one, and take over a dead job', () => {
    expect(jobAction(record({ state: 'queued' }), NOW)).toBe('write');
    expect(jobAction(record({ state: 'queued', written: 2, uninvited: ['u1'] }), NOW)).toBe('invite');
    expect(jobAction(record({ state: 'writing', leaseUntil: EARLIER, cursor: 1 }), NOW)).toBe('write');
    expect(jobAction(record({ state: 'inviting', leaseUntil: EARLIER, written: 2 }), NOW)).toBe('invite');
    for (const fields of [
      { state: 'checked' },
      { state: 'writing', leaseUntil: LATER },
      { state: 'inviting', leaseUntil: LATER, written: 2 },
      { state: 'written', written: 2 },
      { state: 'failed' },
    ] as Partial<ImportRecord>[])
      expect(jobAction(record(fields), NOW), fields.state).toBe('skip');
  });

  it('shows a job that died as failed, and sending invitations as done', () => {
    expect(progressOf(record({ state: 'writing', leaseUntil: LATER }), NOW)).toBe('writing');
    expect(progressOf(record({ state: 'writing', leaseUntil: EARLIER }), NOW)).toBe('failed');
    expect(progressOf(record({ state: 'inviting', leaseUntil: LATER, written: 2 }), NOW)).toBe('done');
    expect(progressOf(record({ state: 'queued' }), NOW)).toBe('queued');
  });
});
