import { randomUUID } from 'node:crypto';
import type { AuditRecorder } from '../audit/audit-trail.ts';
import { StateConflictError } from '../errors/index.ts';
import { logger } from '../logging/logger.ts';
import { draftNeed } from '../needs/need-service.ts';
import type { NeedInput } from '../needs/schemas.ts';
import { berlinDate } from '../time/calendar.ts';
import { importedNeedId } from './import-ids.ts';
import { keyOf, needWrite, type RowWrite, volunteerWrite } from './import-plan.ts';
import { type ImportRecord, ROWS_PER_ITEM, type StagedRow } from './import-record.ts';
import type { ImportRepository } from './import-repository.ts';
import { jobAction } from './import-state.ts';
import type { ImportWriter } from './import-writer.ts';
import { importedProfile } from './imported-profile.ts';
import type { VolunteerAccount } from './volunteer-accounts.ts';
import type { ImportedVolunteer } from './volunteer-rows.ts';

/** Cognito calls in flight at once; their rate is the accounts' pace (call-pace.ts). */
const ACCOUNT_PARALLEL = 8;

export interface ImportJobDeps {
  imports: ImportRepository;
  writer: ImportWriter;
  audit: AuditRecorder;
  /** The user pool side (volunteers' accounts); a function, so a needs' import never builds a client. */
  accounts: () => {
    ensure(email: string): Promise<VolunteerAccount>;
    invite(userId: string): Promise<void>;
  };
}

/** What a run did: `skipped` when there was nothing to do (another run's, or a repeated stream record). */
export type JobOutcome = 'written' | 'failed' | 'skipped';

type Staged = StagedRow<ImportedVolunteer | NeedInput>;

/**
 * The import's writing half, run by the import job (functions/imports) when a confirm queued an
 * import: it takes the lease, writes the rows the dry run checked all or none ({@link ImportWriter}),
 * reports rows already present (a profile of that address's account, a need of the same quarter,
 * venue, schedule and title) instead of writing them again, and then sends the volunteers'
 * invitations. Volunteers get a silent account first (their profile is keyed by it), then the
 * profiles, then the invitation e-mails.
 *
 * A refused write (someone wrote a row meanwhile), or storage or Cognito giving up, ends `failed`
 * with nothing of the write left: confirming again tries again. Only when even the undo fails
 * does the run throw, with its lease run out, so that the next attempt takes over and undoes first.
 */
export class ImportJob {
  constructor(private readonly deps: ImportJobDeps) {}

  /** Runs the import's job once; `leaseUntil` is when this run is over at the latest (the function's timeout). */
  async run(importId: string, now: Date, leaseUntil: Date): Promise<JobOutcome> {
    const loaded = await this.deps.imports.load<ImportedVolunteer | NeedInput>(importId, now);
    if (!loaded) return 'skipped';
    const { record, rows } = loaded;
    const action = jobAction(record, now);
    if (action === 'skip') return 'skipped';
    const lease = randomUUID();
    const phase = action === 'write' ? 'writing' : 'inviting';
    if (!(await this.deps.imports.takeLease(importId, lease, now, leaseUntil, phase))) return 'skipped';
    if (action === 'invite') {
      await this.sendInvitations(importId, lease, record.uninvited ?? [], now);
      return 'written';
    }
    let writes: RowWrite[] | undefined;
    let uninvited: string[];
    try {
      const planned = await this.plan(record, rows, now);
      writes = planned.writes;
      uninvited = await this.write(record, lease, planned, now);
    } catch (error) {
      return this.failed(record, lease, writes, error, now);
    }
    // The rows are written: whatever fails from here on leaves them, and the invitations to send.
    if (uninvited.length > 0) await this.sendInvitations(importId, lease, uninvited, now);
    return 'written';
  }

  /** Every row's items: the volunteers' accounts first (their profiles are keyed by them). */
  private async plan(
    record: ImportRecord,
    rows: readonly Staged[],
    now: Date,
  ): Promise<{ writes: RowWrite[]; accounts: Map<number, VolunteerAccount> }> {
    const { importId } = record;
    const accounts = new Map<number, VolunteerAccount>();
    if (record.kind === 'needs') {
      const author = record.actor?.userId ?? record.ownerId;
      const writes = (rows as StagedRow<NeedInput>[]).map(({ row, value }) =>
        needWrite(row, draftNeed(value, importedNeedId(value), author, now), importId),
      );
      return { writes, accounts };
    }
    const volunteers = rows as StagedRow<ImportedVolunteer>[];
    await inParallel(volunteers, ACCOUNT_PARALLEL, async ({ row, value }) => {
      accounts.set(row, await this.deps.accounts().ensure(value.email));
    });
    const today = berlinDate(now);
    const writes = volunteers.map(({ row, value }) =>
      volunteerWrite(row, importedProfile(value, (accounts.get(row) as VolunteerAccount).userId, today, now), importId),
    );
    return { writes, accounts };
  }

  private async write(
    record: ImportRecord,
    lease: string,
    { writes, accounts }: { writes: RowWrite[]; accounts: Map<number, VolunteerAccount> },
    now: Date,
  ): Promise<string[]> {
    const { importId } = record;
    // A job that died mid-way left part of a transaction chain: take it back first, so the
    // check below does not count this import's own rows as already present.
    if (record.cursor > 0) {
      await this.deps.writer.undo(importId, writes);
      await this.deps.imports.resetCursor(importId, lease);
    }
    const existing = await this.deps.imports.existing(writes.map((write) => keyOf(write.main)));
    const isPresent = (write: RowWrite) => existing.has(`${keyOf(write.main).PK}|${keyOf(write.main).SK}`);
    const fresh = writes.filter((write) => !isPresent(write));
    await this.deps.writer.write(importId, lease, fresh);

    const written = new Set(fresh.map((write) => write.row));
    const uninvited = [...accounts.entries()]
      .filter(([row, account]) => written.has(row) && account.needsInvitation)
      .map(([, account]) => account.userId);
    // Before the import counts as written: without its audit entry the write is undone (all or none).
    if (record.kind === 'volunteers' && written.size > 0 && record.actor && record.via)
      await this.deps.audit.record(
        record.actor,
        'import.write',
        fresh.map((write) => String(write.main.volunteerId)),
        record.via,
        now,
      );
    const outcome = { written: fresh.length, present: writes.length - fresh.length, uninvited };
    await this.deps.imports.finish(importId, lease, outcome, Math.ceil(writes.length / ROWS_PER_ITEM));
    logger.info('import written', { importId, kind: record.kind, written: outcome.written, present: outcome.present });
    return uninvited;
  }

  /**
   * Ends a write that threw: `failed` once nothing of it is left. The writer undid a refused
   * write itself; after any other error this run undoes what it knows it wrote. Throws (the
   * stream retries) only when it cannot: then the lease runs out now, for the next attempt.
   */
  private async failed(
    record: ImportRecord,
    lease: string,
    writes: RowWrite[] | undefined,
    error: unknown,
    now: Date,
  ): Promise<JobOutcome> {
    const { importId } = record;
    const conflict = error instanceof StateConflictError && error.code === 'IMPORT_CONFLICT';
    logger.warn('import failed', { importId, error: error instanceof Error ? error.name : 'unknown' });
    try {
      // An answer lost after the import was marked written (finish went through): nothing to undo.
      const current = await this.deps.imports.load(importId, now);
      if (current?.record.state !== 'writing' || current.record.lease !== lease) throw error;
      // Without its rows' keys (the accounts could not be read) only a write that never began is clean.
      if (!conflict && writes === undefined && record.cursor > 0) throw error;
      if (!conflict && writes !== undefined) await this.deps.writer.undo(importId, writes);
      const row = conflict ? (error.details as { row?: number } | undefined)?.row : undefined;
      await this.deps.imports.fail(importId, lease, {
        code: conflict ? 'IMPORT_CONFLICT' : 'UNAVAILABLE',
        ...(row !== undefined && { row }),
      });
      return 'failed';
    } catch (cleanup) {
      await this.deps.imports.expireLease(importId, lease, now).catch(() => undefined);
      throw cleanup;
    }
  }

  /**
   * Sends the invitations; those that failed stay on the import for the next confirm. Should the
   * record not take the result, the lease runs out now: the stream's retry sends them again.
   */
  private async sendInvitations(importId: string, lease: string, userIds: readonly string[], now: Date): Promise<void> {
    const failed: string[] = [];
    await inParallel(userIds, ACCOUNT_PARALLEL, async (userId) => {
      try {
        await this.deps.accounts().invite(userId);
      } catch (error) {
        logger.warn('import invitation not sent', { importId, error: error instanceof Error ? error.name : 'unknown' });
        failed.push(userId);
      }
    });
    try {
      await this.deps.imports.invitationsSent(importId, lease, userIds.length - failed.length, failed);
    } catch (error) {
      await this.deps.imports.expireLease(importId, lease, now).catch(() => undefined);
      throw error;
    }
  }
}

async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
