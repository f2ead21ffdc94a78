import { createHash, randomUUID } from 'node:crypto';
import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import type { Caller } from '../auth/caller.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import { NotFoundError, NotYourQuarterError, StateConflictError } from '../errors/index.ts';
import { logger } from '../logging/logger.ts';
import { draftNeed } from '../needs/need-service.ts';
import type { NeedInput } from '../needs/schemas.ts';
import { berlinDate } from '../time/calendar.ts';
import { checkNeedImport, checkVolunteerImport } from './check-import.ts';
import { importedNeedId } from './import-ids.ts';
import { keyOf, needWrite, type RowWrite, volunteerWrite } from './import-plan.ts';
import {
  IMPORT_VALID_MINUTES,
  type ImportKind,
  type ImportRecord,
  ROWS_PER_ITEM,
  type StagedRow,
} from './import-record.ts';
import type { ImportRepository } from './import-repository.ts';
import type { ImportWriter } from './import-writer.ts';
import { importedProfile } from './imported-profile.ts';
import type { ImportCheck, RowProblem } from './problems.ts';
import { readSheet } from './read-file.ts';
import { volunteerOutOfScope } from './scope.ts';
import type { VolunteerAccount } from './volunteer-accounts.ts';
import type { ImportedVolunteer } from './volunteer-rows.ts';

/** How long a confirm may hold the write before another may take it over (and undo first). */
const LEASE_SECONDS = 120;
/** Cognito calls at once: its admin quota is a few dozen a second. */
const ACCOUNT_PARALLEL = 10;

export interface ImportServiceDeps {
  imports: ImportRepository;
  writer: ImportWriter;
  staff: StaffRepository;
  catalog: CatalogCache;
  audit: AuditRecorder;
  /** The user pool side (volunteers' accounts); a function, so a needs' import never builds a client. */
  accounts: () => {
    ensure(email: string): Promise<VolunteerAccount>;
    invite(userId: string): Promise<void>;
  };
}

/** What a dry run tells: every problem by row and field, the rows it would write, and the import to confirm. */
export interface DryRun {
  kind: ImportKind;
  rows: number;
  valid: number;
  problems: RowProblem[];
  /** Absent when no row can be written: there is nothing to confirm. */
  importId?: string;
  validUntil?: string;
}

/** What a confirm did, row by row. */
export interface ImportOutcome {
  importId: string;
  kind: ImportKind;
  written: number;
  present: number;
  rows: { row: number; outcome: 'written' | 'present' }[];
  /** Imported volunteers whose invitation e-mail could not be sent yet: confirming again sends them. */
  uninvited: number;
}

type Staged = StagedRow<ImportedVolunteer | NeedInput>;

/**
 * Imports of volunteers and needs from spreadsheets: a dry run that writes nothing but the checked
 * rows (staged for an hour), then a confirm that writes exactly those rows, all or none
 * ({@link ImportWriter}), and can be repeated: a row already present (a profile of that address's
 * account, a need of the same quarter, venue, schedule and title) is reported and not written
 * again. Volunteers get a silent account first (their profile is keyed by it), then the profiles,
 * then the invitation e-mails; if Cognito fails, confirming again picks up where it stopped.
 */
export class ImportService {
  constructor(private readonly deps: ImportServiceDeps) {}

  /** The dry run. Throws 400 at `file` for an unreadable file; problems of rows are the result, not errors. */
  async check(caller: Caller, kind: ImportKind, bytes: Uint8Array, now: Date): Promise<DryRun> {
    const managed = await managedQuarters(this.deps.staff, caller);
    const sheet = readSheet(bytes);
    const catalog = await this.deps.catalog.get(now.getTime());
    const result: ImportCheck<ImportedVolunteer | NeedInput> =
      kind === 'volunteers'
        ? checkVolunteerImport(sheet, catalog, berlinDate(now), managed)
        : checkNeedImport(sheet, catalog, managed);
    const dryRun: DryRun = { kind, rows: result.rows, valid: result.valid.length, problems: result.problems };
    if (result.valid.length === 0) return dryRun;
    const validUntil = new Date(now.getTime() + IMPORT_VALID_MINUTES * 60_000).toISOString();
    const record: ImportRecord = {
      importId: randomUUID(),
      kind,
      ownerId: caller.userId,
      fileHash: createHash('sha256').update(bytes).digest('hex'),
      rows: result.rows,
      validRows: result.valid.length,
      problemRows: new Set(result.problems.map((problem) => problem.row)).size,
      state: 'checked',
      cursor: 0,
      createdAt: now.toISOString(),
      validUntil,
    };
    await this.deps.imports.save(record, result.valid, now);
    return { ...dryRun, importId: record.importId, validUntil };
  }

  /** An import of the caller's, as the page after the confirm shows it. 404 for anyone else's or one gone. */
  async status(caller: Caller, importId: string, now: Date): Promise<ImportRecord> {
    const loaded = await this.deps.imports.load(importId, now);
    if (!loaded || loaded.record.ownerId !== caller.userId) throw new NotFoundError('Import');
    return loaded.record;
  }

  /**
   * Writes the rows the dry run checked. 404 for an import that is not the caller's (or gone),
   * 409 when it is past its time, written, being written or refused by a concurrent write
   * (then nothing is written), 403 `NOT_YOUR_QUARTER` when a row's quarter is no longer the
   * caller's. Confirming a written import whose invitations could not all be sent sends them.
   */
  async confirm(caller: Caller, importId: string, now: Date, via: Via): Promise<ImportOutcome> {
    const loaded = await this.deps.imports.load<ImportedVolunteer | NeedInput>(importId, now);
    if (!loaded || loaded.record.ownerId !== caller.userId) throw new NotFoundError('Import');
    const { record, rows } = loaded;
    if (record.state === 'written') {
      if ((record.uninvited ?? []).length > 0) return this.resumeInvitations(record);
      throw new StateConflictError('IMPORT_DONE', 'This import has been written already', { currentState: 'written' });
    }
    if (now.toISOString() > record.validUntil)
      throw new StateConflictError('IMPORT_EXPIRED', 'This dry run is too old: upload the file again');
    this.assertStillManaged(record.kind, rows, await managedQuarters(this.deps.staff, caller));
    const lease = randomUUID();
    const taken = await this.deps.imports.takeLease(
      importId,
      lease,
      now,
      new Date(now.getTime() + LEASE_SECONDS * 1000),
    );
    if (!taken) throw new StateConflictError('IMPORT_IN_PROGRESS', 'This import is being written right now');
    try {
      return await this.write(caller, record, rows, lease, now, via);
    } catch (error) {
      // Storage or Cognito failed before anything stayed written: keep the lease (it runs out),
      // so a confirm after it first undoes whatever part of a transaction chain went through.
      if (error instanceof StateConflictError) await this.deps.imports.release(importId, lease);
      throw error;
    }
  }

  private assertStillManaged(kind: ImportKind, rows: readonly Staged[], managed: 'all' | string[]): void {
    const outside = rows.some((staged) =>
      kind === 'volunteers'
        ? volunteerOutOfScope((staged.value as ImportedVolunteer).quarters, managed).length > 0
        : managed !== 'all' && !managed.includes((staged.value as NeedInput).quarterId),
    );
    if (outside) throw new NotYourQuarterError('A row of this import is no longer in one of your quarters');
  }

  private async write(
    caller: Caller,
    record: ImportRecord,
    rows: readonly Staged[],
    lease: string,
    now: Date,
    via: Via,
  ): Promise<ImportOutcome> {
    const { importId } = record;
    const accounts = new Map<number, VolunteerAccount>();
    let writes: RowWrite[];
    if (record.kind === 'volunteers') {
      const volunteers = rows as StagedRow<ImportedVolunteer>[];
      await inParallel(volunteers, ACCOUNT_PARALLEL, async ({ row, value }) => {
        accounts.set(row, await this.deps.accounts().ensure(value.email));
      });
      const today = berlinDate(now);
      writes = volunteers.map(({ row, value }) =>
        volunteerWrite(
          row,
          importedProfile(value, (accounts.get(row) as VolunteerAccount).userId, today, now),
          importId,
        ),
      );
    } else {
      writes = (rows as StagedRow<NeedInput>[]).map(({ row, value }) =>
        needWrite(row, draftNeed(value, importedNeedId(value), caller.userId, now), importId),
      );
    }
    // A confirm that died mid-way left part of a transaction chain: take it back first, so the
    // check below does not count this import's own rows as already present.
    if (record.cursor > 0) await this.deps.writer.undo(importId, writes);
    const existing = await this.deps.imports.existing(writes.map((write) => keyOf(write.main)));
    const isPresent = (write: RowWrite) => existing.has(`${keyOf(write.main).PK}|${keyOf(write.main).SK}`);
    const fresh = writes.filter((write) => !isPresent(write));
    await this.deps.writer.write(importId, lease, fresh);

    const written = new Set(fresh.map((write) => write.row));
    const uninvited =
      record.kind === 'volunteers'
        ? [...accounts.entries()]
            .filter(([row, account]) => written.has(row) && account.needsInvitation)
            .map(([, account]) => account.userId)
        : [];
    await this.deps.imports.finish(
      importId,
      lease,
      { written: fresh.length, present: writes.length - fresh.length, uninvited },
      Math.ceil(rows.length / ROWS_PER_ITEM),
    );
    if (record.kind === 'volunteers' && written.size > 0)
      await this.deps.audit.record(
        caller,
        'import.write',
        fresh.map((write) => String(write.main.volunteerId)),
        via,
        now,
      );
    logger.info('import written', {
      importId,
      kind: record.kind,
      written: fresh.length,
      present: writes.length - fresh.length,
    });
    const left = await this.sendInvitations(importId, uninvited);
    return {
      importId,
      kind: record.kind,
      written: fresh.length,
      present: writes.length - fresh.length,
      rows: writes.map((write) => ({ row: write.row, outcome: written.has(write.row) ? 'written' : 'present' })),
      uninvited: left.length,
    };
  }

  private async resumeInvitations(record: ImportRecord): Promise<ImportOutcome> {
    const left = await this.sendInvitations(record.importId, record.uninvited ?? []);
    return {
      importId: record.importId,
      kind: record.kind,
      written: record.written ?? 0,
      present: record.present ?? 0,
      rows: [],
      uninvited: left.length,
    };
  }

  /** Sends the invitations; those that failed are recorded on the import for the next confirm. */
  private async sendInvitations(importId: string, userIds: readonly string[]): Promise<string[]> {
    const failed: string[] = [];
    await inParallel(userIds, ACCOUNT_PARALLEL, async (userId) => {
      try {
        await this.deps.accounts().invite(userId);
      } catch (error) {
        logger.warn('import invitation not sent', { importId, error: error instanceof Error ? error.name : 'unknown' });
        failed.push(userId);
      }
    });
    if (userIds.length > 0) await this.deps.imports.setUninvited(importId, failed);
    return failed;
  }
}

async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
