import { createHash, randomUUID } from 'node:crypto';
import type { Via } from '../audit/schemas.ts';
import type { Caller } from '../auth/caller.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import { NotFoundError, NotYourQuarterError, StateConflictError } from '../errors/index.ts';
import type { NeedInput } from '../needs/schemas.ts';
import { berlinDate } from '../time/calendar.ts';
import { checkNeedImport, checkVolunteerImport } from './check-import.ts';
import { IMPORT_VALID_MINUTES, type ImportKind, type ImportRecord, type StagedRow } from './import-record.ts';
import type { ImportRepository } from './import-repository.ts';
import { queueFrom, statusOf } from './import-state.ts';
import type { ImportCheck, RowProblem } from './problems.ts';
import { readSheet } from './read-file.ts';
import type { ImportStatus } from './schemas.ts';
import { volunteerOutOfScope } from './scope.ts';
import type { ImportedVolunteer } from './volunteer-rows.ts';

export interface ImportServiceDeps {
  imports: ImportRepository;
  staff: StaffRepository;
  catalog: CatalogCache;
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

type Staged = StagedRow<ImportedVolunteer | NeedInput>;

/**
 * Imports of volunteers and needs from spreadsheets, the HTTP side: a dry run that writes nothing
 * but the checked rows (staged for an hour), then a confirm that queues them for the import job
 * ({@link ImportJob}, functions/imports), and the import's status as the job moves it on.
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
  async status(caller: Caller, importId: string, now: Date): Promise<ImportStatus> {
    const loaded = await this.deps.imports.load(importId, now);
    if (!loaded || loaded.record.ownerId !== caller.userId) throw new NotFoundError('Import');
    return statusOf(loaded.record, now);
  }

  /**
   * Confirms the dry run: checks it and queues it for the import job (functions/imports), which
   * writes exactly those rows, all or none, and then sends the invitations. 404 for an import
   * that is not the caller's (or gone), 409 `IMPORT_EXPIRED`, `IMPORT_DONE` or
   * `IMPORT_IN_PROGRESS` (import-state.ts `queueFrom`, also when another confirm came first),
   * 403 `NOT_YOUR_QUARTER` when a row's quarter is no longer the caller's. Confirming a failed
   * import tries again; a written one whose invitations could not all be sent sends them.
   */
  async confirm(caller: Caller, importId: string, now: Date, via: Via): Promise<ImportStatus> {
    const loaded = await this.deps.imports.load<ImportedVolunteer | NeedInput>(importId, now);
    if (!loaded || loaded.record.ownerId !== caller.userId) throw new NotFoundError('Import');
    const { record, rows } = loaded;
    const from = queueFrom(record, now);
    // A job that died is resumed whatever the quarters now: it must finish or undo what it began.
    if (from === 'checked' || from === 'failed')
      assertStillManaged(record.kind, rows, await managedQuarters(this.deps.staff, caller));
    if (!(await this.deps.imports.queue(importId, from, caller, via, now)))
      throw new StateConflictError('IMPORT_IN_PROGRESS', 'This import is being written right now');
    return statusOf({ ...record, state: 'queued' }, now);
  }
}

function assertStillManaged(kind: ImportKind, rows: readonly Staged[], managed: 'all' | string[]): void {
  const outside = rows.some((staged) =>
    kind === 'volunteers'
      ? volunteerOutOfScope((staged.value as ImportedVolunteer).quarters, managed).length > 0
      : managed !== 'all' && !managed.includes((staged.value as NeedInput).quarterId),
  );
  if (outside) throw new NotYourQuarterError('A row of this import is no longer in one of your quarters');
}
