import { readFileSync } from 'node:fs';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeImportEvents } from '../../functions/imports/consumer.ts';
import { createImports } from '../../infra/local/imports.ts';
import { StreamPoller } from '../../infra/local/stream-poller.ts';
import { AuditRepository } from '../../shared/audit/audit-repository.ts';
import { AuditTrail } from '../../shared/audit/audit-trail.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { QUARTERS } from '../../shared/catalog/seed-data.ts';
import { batchGet } from '../../shared/db/batch-get.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { ServiceUnavailableError, StateConflictError } from '../../shared/errors/index.ts';
import { ImportJob } from '../../shared/imports/import-job.ts';
import { keyOf, type RowWrite } from '../../shared/imports/import-plan.ts';
import { ImportRepository } from '../../shared/imports/import-repository.ts';
import { ImportWriter } from '../../shared/imports/import-writer.ts';
import { MAX_IMPORT_BYTES } from '../../shared/imports/schemas.ts';
import { VolunteerAccounts } from '../../shared/imports/volunteer-accounts.ts';
import { ProfileRepository } from '../../shared/volunteers/profile-repository.ts';
import {
  api,
  cookieFrom,
  createAccount,
  ORIGIN,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { readOutbox } from '../support/platform.ts';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
/** Tuesday 24 November 2026, 11:00 in Berlin. */
const NOW = new Date('2026-11-24T10:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`../../shared/imports/fixtures/${name}`, import.meta.url));
const ALL_QUARTERS = QUARTERS.map((quarter) => quarter.id);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const VIA = { method: 'POST', route: '/api/imports/:importId/confirm' };

const upload = (platform: TestPlatform, kind: string, body: Uint8Array | string, token?: string, type = 'text/csv') =>
  Promise.resolve(
    platform.app.request(`/api/imports/${kind}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token && { authorization: `Bearer ${token}` }) },
      body: body as unknown as BodyInit,
    }),
  );

/** Cognito-local answers as fast as it can: the test does not wait for AWS's quotas. */
const UNPACED = { creation: 10_000, update: 10_000, read: 10_000 };

/**
 * Issue 12 item 3, the import's writing half: a manager imports the 200 volunteers after a dry run
 * that names the three broken rows; the confirm queues, the import job (functions/imports, on the
 * table's stream) writes; repeating writes nothing new; all or none over chunked transactions;
 * foreign quarters refused; XLSX through the pages; needs; a failed job and trying again.
 */
describe('imports: dry run, all-or-none write, repeat without duplicates', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let staff: StaffRepository;
  let job: StreamPoller;
  const db = () => createDocumentClient(platform.config);
  /** Confirms through the API (202, the status to follow), runs the job, and gives the status it reached. */
  const confirmAndRun = async (importId: string, beforeRun?: () => Promise<void>) => {
    const token = manager.accessToken;
    const queued = await api(platform.app, 'POST', `/api/imports/${importId}/confirm`, token);
    expect(queued.status).toBe(202);
    expect(queued.headers.get('location')).toBe(`/api/imports/${importId}`);
    expect(await json(queued)).toMatchObject({ importId, state: 'queued' });
    await beforeRun?.();
    await job.drain();
    const status = await api(platform.app, 'GET', `/api/imports/${importId}`, token);
    expect(status.status).toBe(200);
    expect(status.headers.get('cache-control')).toContain('no-store');
    return json(status);
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW, ownUserPool: true });
    job = createImports(platform.config, () => NOW, UNPACED);
    staff = new StaffRepository(db(), platform.config.tableName);
    manager = await createAccount(platform.config, 'manager');
    await staff.put({ userId: manager.userId, quarters: ALL_QUARTERS });
  });

  afterAll(async () => {
    await job?.stop();
  });

  it('imports the 200 volunteers after a dry run naming rows 18, 77 and 154; a repeat writes nothing new', async () => {
    const file = fixture('volunteers-200.csv');
    const dry = await upload(platform, 'volunteers', file, manager.accessToken);
    expect(dry.status).toBe(200);
    expect(dry.headers.get('cache-control')).toContain('no-store');
    const dryRun = await json(dry);
    expect([...new Set(dryRun.problems.map((p: Json) => p.row))]).toEqual([18, 77, 154]);
    expect(dryRun.problems[0]).toEqual({ row: 18, path: 'email', column: 'E-Mail', code: 'invalid_email' });
    expect(dryRun).toMatchObject({ kind: 'volunteers', rows: 200, valid: 197 });

    const cognito = createCognitoClient(platform.config);
    const aminaAccount = () =>
      cognito.send(
        new AdminGetUserCommand({
          UserPoolId: platform.config.cognito.userPoolId,
          Username: 'amina.haddad.1@example.org',
        }),
      );
    const outcome = await confirmAndRun(dryRun.importId, async () => {
      // The confirm only queued: no account is made within the request (the job makes them).
      await expect(aminaAccount()).rejects.toMatchObject({ name: 'UserNotFoundException' });
      const status = await json(await api(platform.app, 'GET', `/api/imports/${dryRun.importId}`, manager.accessToken));
      expect(status).toMatchObject({ state: 'queued', rows: 197, rowsDone: 0 });
    });
    expect(outcome).toMatchObject({ state: 'done', rows: 197, written: 197, present: 0, invited: 197, uninvited: 0 });

    // 197 volunteers exist: a profile each (keyed by their account), with the recorded consent,
    // found as managers find them (the quarter memberships written in the profile's transaction).
    const members = new Set<string>();
    for (const quarter of [...ALL_QUARTERS, '*']) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await db().send(
          new QueryCommand({
            TableName: platform.config.tableName,
            IndexName: 'GSI1',
            KeyConditionExpression: 'GSI1PK = :q',
            ExpressionAttributeValues: { ':q': `QUARTER#${quarter}` },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) members.add(String(item.volunteerId));
        start = page.LastEvaluatedKey;
      } while (start);
    }
    expect(members.size).toBe(197);
    const amina = await aminaAccount();
    const aminaId = amina.UserAttributes?.find((a) => a.Name === 'sub')?.Value as string;
    expect(members.has(aminaId)).toBe(true);
    expect(await new ProfileRepository(db(), platform.config.tableName).get(aminaId)).toMatchObject({
      firstName: 'Amina',
      email: 'amina.haddad.1@example.org',
      consent: { version: 'import', acceptedAt: '2026-01-01T00:00:00.000Z' },
      weeklySlots: [],
    });
    // The invitation went out after the write (Cognito's own e-mail with a temporary password).
    const invited = readOutbox(platform.outboxFile).filter((entry) => entry.to === 'amina.haddad.1@example.org');
    expect(invited.map((entry) => entry.kind)).toContain('AdminCreateUser');

    // Confirming the same dry run again: 409. The same file again: nothing new, every row present.
    const again = await api(platform.app, 'POST', `/api/imports/${dryRun.importId}/confirm`, manager.accessToken);
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe('IMPORT_DONE');
    const second = await json(await upload(platform, 'volunteers', file, manager.accessToken));
    const repeat = await confirmAndRun(second.importId);
    expect(repeat).toMatchObject({ state: 'done', written: 0, present: 197, invited: 0 });
    expect(readOutbox(platform.outboxFile).filter((entry) => entry.to === 'amina.haddad.1@example.org')).toHaveLength(
      invited.length,
    );
  });

  it('writes all or none: a conflict in a later transaction takes back the earlier ones', async () => {
    const imports = new ImportRepository(db(), platform.config.tableName);
    const writer = new ImportWriter(db(), platform.config.tableName, imports);
    const importId = '00000000-0000-4000-8000-00000000a11f';
    await imports.save(
      {
        importId,
        kind: 'needs',
        ownerId: manager.userId,
        fileHash: 'test',
        rows: 150,
        validRows: 150,
        problemRows: 0,
        state: 'checked',
        cursor: 0,
        createdAt: NOW.toISOString(),
        validUntil: new Date(NOW.getTime() + 3_600_000).toISOString(),
      },
      [],
      NOW,
    );
    expect(await imports.queue(importId, 'checked', { userId: manager.userId, roles: ['manager'] }, VIA, NOW)).toBe(
      true,
    );
    expect(await imports.takeLease(importId, 'lease-1', NOW, new Date(NOW.getTime() + 60_000), 'writing')).toBe(true);
    // 150 rows of two items each: transactions of 49 rows (98 items and the cursor), the fourth the last.
    const rows: RowWrite[] = Array.from({ length: 150 }, (_, index) => ({
      row: index + 2,
      main: { PK: `TESTIMPORT#${index}`, SK: 'MAIN', importId },
      companions: [{ PK: `TESTIMPORT#${index}`, SK: 'COMPANION' }],
    }));
    // Someone else's item where row 132 (the third transaction) would go.
    const table = platform.config.tableName;
    await db().send(new PutCommand({ TableName: table, Item: { PK: 'TESTIMPORT#130', SK: 'MAIN' } }));
    const refused = await writer.write(importId, 'lease-1', rows).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StateConflictError);
    expect((refused as StateConflictError).code).toBe('IMPORT_CONFLICT');
    expect((refused as StateConflictError).details).toEqual({ row: 132 });
    const keys = rows.flatMap((row) => [keyOf(row.main), ...row.companions.map(keyOf)]);
    const { items } = await batchGet(db(), table, keys, { consistent: true });
    // Nothing of the import is left; the other writer's item is untouched.
    expect(items).toEqual([{ PK: 'TESTIMPORT#130', SK: 'MAIN' }]);
  });

  it('refuses rows of quarters not hers, a confirm after her quarters changed, and bad requests', async () => {
    const hoehe = await createAccount(platform.config, 'manager');
    await staff.put({ userId: hoehe.userId, quarters: ['hoehe'] });
    const csv =
      'Vorname;Nachname;E-Mail;Sprachen;Quartiere;Einwilligung am\n' +
      'Lina;Berger;lina.berger@example.org;Deutsch (Muttersprache);Höhe;01.10.2026\n' +
      'Omar;Saleh;omar.saleh@example.org;Arabisch (Muttersprache);Nordstadt;01.10.2026\n';
    const dryRun = await json(await upload(platform, 'volunteers', csv, hoehe.accessToken));
    expect(dryRun.problems).toEqual([{ row: 3, path: 'quarters', column: 'Quartiere', code: 'not_your_quarter' }]);
    expect(dryRun.valid).toBe(1);
    // Someone else's import is not found; after her quarters changed, its row is no longer hers.
    expect(
      (await api(platform.app, 'POST', `/api/imports/${dryRun.importId}/confirm`, manager.accessToken)).status,
    ).toBe(404);
    await staff.put({ userId: hoehe.userId, quarters: ['nordstadt'] });
    const moved = await api(platform.app, 'POST', `/api/imports/${dryRun.importId}/confirm`, hoehe.accessToken);
    expect(moved.status).toBe(403);
    expect((await json(moved)).error.code).toBe('NOT_YOUR_QUARTER');

    expect((await upload(platform, 'volunteers', csv)).status).toBe(401);
    const volunteer = await createAccount(platform.config, 'volunteer');
    expect((await upload(platform, 'volunteers', csv, volunteer.accessToken)).status).toBe(403);
    const unknownKind = await upload(platform, 'staff', csv, manager.accessToken);
    expect(unknownKind.status).toBe(400);
    expect((await json(unknownKind)).error.issues[0].path).toBe('params.kind');
    const broken = await upload(platform, 'needs', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), manager.accessToken, XLSX);
    expect(broken.status).toBe(400);
    expect((await json(broken)).error.issues[0]).toMatchObject({ path: 'file', code: 'unreadable_file' });
    expect((await upload(platform, 'needs', csv, manager.accessToken, 'application/json')).status).toBe(415);
    const tooLarge = await upload(platform, 'needs', new Uint8Array(MAX_IMPORT_BYTES + 1), manager.accessToken);
    expect(tooLarge.status).toBe(413);
    // The exception is for the upload alone: other routes keep 64 KiB.
    const big = await api(platform.app, 'POST', '/api/needs', manager.accessToken, { title: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
  });

  it('takes an XLSX through the pages: form, dry run, confirm, what was written', async () => {
    const signIn = await postForm(platform.app, '/signin', { email: manager.email, password: manager.password });
    const cookie = cookieFrom(signIn, 'qh_session') as string;
    const form = await platform.app.request('/manage/import', { headers: { cookie } });
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toContain('no-store');
    expect(await (await platform.app.request('/manage', { headers: { cookie } })).text()).toContain(
      'href="/manage/import"',
    );

    const body = new FormData();
    body.set('kind', 'volunteers');
    body.set('file', new File([fixture('volunteers-sheetjs.xlsx')], 'Ehrenamtliche "Höhe".xlsx', { type: XLSX }));
    const dry = await platform.app.request('/manage/import', {
      method: 'POST',
      headers: { cookie, origin: ORIGIN },
      body,
    });
    expect(dry.status).toBe(200);
    expect(dry.headers.get('cache-control')).toContain('no-store');
    expect(dry.headers.get('content-disposition')).toBeNull();
    const page = await dry.text();
    expect(page).toContain('<td>3</td><td>E-Mail</td><td>Das ist keine gültige E-Mail-Adresse.</td>');
    const action = /action="(\/manage\/import\/[0-9a-f-]+\/confirm)"/.exec(page)?.[1] as string;
    const confirmed = await postForm(platform.app, action, {}, cookie);
    expect(confirmed.status).toBe(303);
    const statusPage = confirmed.headers.get('location') as string;
    // Queued: the page says so, reloads itself (no JavaScript) and offers a link that does.
    const queued = await platform.app.request(statusPage, { headers: { cookie } });
    expect(queued.status).toBe(200);
    expect(queued.headers.get('cache-control')).toContain('no-store');
    const queuedPage = await queued.text();
    expect(queuedPage).toContain('Der Import ist eingereiht');
    // No timed reload (WCAG 2.2.1): a link to look again.
    expect(queuedPage).not.toContain('http-equiv="refresh"');
    expect(queuedPage).toContain(`href="${statusPage}"`);
    // A second click meanwhile: back to the status page, nothing queued twice.
    expect((await postForm(platform.app, action, {}, cookie)).headers.get('location')).toBe(statusPage);
    await job.drain();
    const done = await platform.app.request(statusPage, { headers: { cookie } });
    expect(done.status).toBe(200);
    const donePage = await done.text();
    expect(donePage).toContain('Geschrieben: 1.');
    expect(donePage).toContain('Einladungen per E-Mail verschickt: 1.');
    expect(donePage).not.toContain('http-equiv="refresh"');
    // The same dry run once more: back to what it wrote.
    expect((await postForm(platform.app, action, {}, cookie)).headers.get('location')).toBe(
      confirmed.headers.get('location'),
    );
  });

  it('imports needs as drafts of the quarter, once however often the file comes', async () => {
    const file = fixture('needs-exceljs.xlsx');
    const dryRun = await json(await upload(platform, 'needs', file, manager.accessToken, XLSX));
    expect(dryRun).toMatchObject({ valid: 2, problems: [] });
    const outcome = await confirmAndRun(dryRun.importId);
    expect(outcome).toMatchObject({ state: 'done', written: 2, present: 0 });
    const listed = await json(await api(platform.app, 'GET', '/api/needs', manager.accessToken));
    const imported = listed.needs.filter((need: Json) =>
      ['Lesepaten & Vorlesen <Höhe>', 'Hausaufgabenhilfe'].includes(need.title),
    );
    expect(imported.map((need: Json) => need.status)).toEqual(['draft', 'draft']);
    const again = await json(await upload(platform, 'needs', file, manager.accessToken, XLSX));
    const repeat = await confirmAndRun(again.importId);
    expect(repeat).toMatchObject({ state: 'done', written: 0, present: 2 });
  });

  it('ends a job that storage failed half-way as failed with nothing written; trying again takes over a job that died', async () => {
    const csv =
      'Vorname;Nachname;E-Mail;Sprachen;Quartiere;Einwilligung am\n' +
      'Rana;Aziz;rana.aziz@example.org;Arabisch (Muttersprache);Nordstadt;01.10.2026\n' +
      'Jonas;Weber;jonas.weber@example.org;Deutsch (Muttersprache);Höhe;01.10.2026\n';
    const dryRun = await json(await upload(platform, 'volunteers', csv, manager.accessToken));
    expect(dryRun.valid).toBe(2);
    const imports = new ImportRepository(db(), platform.config.tableName);
    const writer = new ImportWriter(db(), platform.config.tableName, imports);
    /** Runs a job whose storage gives out after the first transaction (one row), and, if `undoFails`, in the undo too. */
    const runBroken = async (undoFails: boolean) => {
      const broken = Object.assign(Object.create(writer) as ImportWriter, {
        write: async (importId: string, lease: string, rows: readonly RowWrite[]) => {
          await writer.write(importId, lease, rows.slice(0, 1));
          throw new ServiceUnavailableError('storage');
        },
        undo: async (importId: string, rows: readonly RowWrite[]) => {
          if (undoFails) throw new ServiceUnavailableError('storage');
          await writer.undo(importId, rows);
        },
      });
      const brokenJob = new ImportJob({
        imports,
        writer: broken,
        audit: new AuditTrail({ repository: new AuditRepository(db(), platform.config.tableName) }),
        accounts: () =>
          new VolunteerAccounts(createCognitoClient(platform.config), platform.config.cognito.userPoolId, UNPACED),
      });
      const poller = new StreamPoller(platform.config, (event) =>
        consumeImportEvents(event, {
          job: brokenJob,
          clock: () => NOW,
          deadline: () => new Date(NOW.getTime() + 60_000),
        }),
      );
      try {
        return await poller.drain().then(
          () => 'drained',
          (error: unknown) => (error as Error).message,
        );
      } finally {
        await poller.stop();
      }
    };
    const status = async () =>
      json(await api(platform.app, 'GET', `/api/imports/${dryRun.importId}`, manager.accessToken));
    const profiles = new ProfileRepository(db(), platform.config.tableName);
    const cognito = createCognitoClient(platform.config);
    const userId = async (email: string) =>
      (
        await cognito.send(new AdminGetUserCommand({ UserPoolId: platform.config.cognito.userPoolId, Username: email }))
      ).UserAttributes?.find((a) => a.Name === 'sub')?.Value as string;

    // 1. Storage fails after the first transaction: the job undoes it and the import is failed.
    expect(
      (await api(platform.app, 'POST', `/api/imports/${dryRun.importId}/confirm`, manager.accessToken)).status,
    ).toBe(202);
    expect(await runBroken(false)).toBe('drained');
    expect(await status()).toMatchObject({ state: 'failed', failure: { code: 'UNAVAILABLE' } });
    const ranaId = await userId('rana.aziz@example.org');
    expect(await profiles.get(ranaId)).toBeUndefined();
    expect(readOutbox(platform.outboxFile).filter((entry) => entry.to === 'rana.aziz@example.org')).toEqual([]);

    // The status page says why and offers to try again.
    const signIn = await postForm(platform.app, '/signin', { email: manager.email, password: manager.password });
    const cookie = cookieFrom(signIn, 'qh_session') as string;
    const page = await (
      await platform.app.request(`/manage/import/${dryRun.importId}`, { headers: { cookie } })
    ).text();
    expect(page).toContain('Import fehlgeschlagen');
    expect(page).toContain('Es wurde nichts geschrieben.');
    expect(page).not.toContain('http-equiv="refresh"');
    const tryAgain = () => postForm(platform.app, `/manage/import/${dryRun.importId}/confirm`, {}, cookie);

    // 2. Trying again, the job dies half-way and cannot even undo: the stream is told to retry,
    // the first row stays for now, and the import shows failed (its lease ran out).
    expect((await tryAgain()).status).toBe(303);
    expect(await runBroken(true)).toContain('could not be processed');
    expect(await profiles.get(ranaId)).toMatchObject({ firstName: 'Rana' });
    expect(await status()).toMatchObject({ state: 'failed' });

    // 3. Trying again once more: the job takes over, undoes what the dead one wrote, writes both
    // from the start and invites them.
    expect((await tryAgain()).status).toBe(303);
    await job.drain();
    expect(await status()).toMatchObject({ state: 'done', written: 2, present: 0, invited: 2, uninvited: 0 });
    expect(await profiles.get(await userId('jonas.weber@example.org'))).toMatchObject({ firstName: 'Jonas' });
  });
});
