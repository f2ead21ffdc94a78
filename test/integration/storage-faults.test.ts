/**
 * Storage faults, end to end: this file runs its OWN DynamoDB Local (free port, data folder on
 * disk, so a restart keeps the data), supervised by the same code as `npm start`
 * (infra/local/engine-supervisor.ts), and the local app against it — once through a fault proxy
 * (test/support/fault-proxy.ts) that kills DynamoDB Local at an exact call of a flow, once
 * directly. It proves for profile save, invite and accept: 503 with Retry-After (JSON) and the
 * friendly page (HTML) instead of a hang or a 500; nothing half-written (the table read after the
 * restart); the same requests succeed after the restart, without duplicates. And a stalled
 * DynamoDB Local (SIGSTOP) answers 503 instead of hanging.
 *
 * Restarts are gated: the supervisor's launcher waits until the test opens the gate, so the
 * outage lasts exactly as long as the test needs (no race with the restart).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTable, localConfig } from '../../infra/local/bootstrap.ts';
import { type EngineSupervisor, superviseEngine } from '../../infra/local/engine-supervisor.ts';
import type { EngineHandle } from '../../infra/local/engines/child.ts';
import { startDynamoDbLocal } from '../../infra/local/engines/dynamodb.ts';
import { freePort } from '../../infra/local/ports.ts';
import { ProcessRegistry } from '../../infra/local/process-registry.ts';
import { seedCatalog } from '../../infra/local/seed.ts';
import { createLocalApp } from '../../infra/local/server.ts';
import type { StreamPoller } from '../../infra/local/stream-poller.ts';
import { createTableEvents } from '../../infra/local/table-events.ts';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { STORAGE_RETRY_AFTER_SECONDS } from '../../shared/db/storage-unavailable.ts';
import { ServiceUnavailableError } from '../../shared/errors/index.ts';
import { api, cookieFrom, createAccount, postForm, type TestAccount } from '../support/app.ts';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.ts';
import { needInput, profileInput } from '../support/fixtures.ts';
import { uniqueTableName } from '../support/platform.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const clock = () => NOW;
const PID_DIR = path.join(fileURLToPath(new URL('../../', import.meta.url)), '.test-data', 'pids');
/** Far above the ≈ 10 s a stalled DynamoDB Local call may take (shared/db/client.ts), far below a hang. */
const NO_HANG_MS = 25_000;

type Json = Record<string, any>;
type Item = Record<string, any>;

/** Holds restarts back while closed. */
class Gate {
  #opened: Promise<void> = Promise.resolve();
  #open: () => void = () => undefined;
  close(): void {
    this.#opened = new Promise((resolve) => {
      this.#open = resolve;
    });
  }
  open(): void {
    this.#open();
  }
  passed(): Promise<void> {
    return this.#opened;
  }
}

/** The request must come back (any status) within NO_HANG_MS: a hang fails here, clearly. */
async function answered(request: Response | Promise<Response>): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${NO_HANG_MS / 1000} s: the request hangs`)),
      NO_HANG_MS,
    );
  });
  try {
    return await Promise.race([request, hang]);
  } finally {
    clearTimeout(timer);
  }
}

async function expectUnavailableJson(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe(String(STORAGE_RETRY_AFTER_SECONDS));
  expect(((await response.json()) as Json).error.code).toBe('SERVICE_UNAVAILABLE');
}

async function expectUnavailablePage(response: Response, lang: 'de' | 'en'): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe(String(STORAGE_RETRY_AFTER_SECONDS));
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toContain(
    lang === 'de' ? 'Bitte versuchen Sie es in einem Moment noch einmal' : 'Please try again in a moment',
  );
}

/** The profile form as the browser posts it, for the same change as `profileInput(overrides)`. */
function profileForm(input: Json): Record<string, string | string[]> {
  const slots = input.weeklySlots as { weekday: string; start: string; end: string }[];
  return {
    action: 'save',
    version: input.version === undefined ? '' : String(input.version),
    firstName: input.firstName,
    lastName: input.lastName,
    phone: '',
    ...Object.fromEntries(
      (input.languages as { code: string; level: string }[]).map((l) => [`lang_${l.code}`, l.level]),
    ),
    skills: input.skills,
    quarters: input.quarters,
    slotRows: String(slots.length),
    ...Object.fromEntries(
      slots.flatMap((slot, i) => [
        [`slot${i}_weekday`, slot.weekday],
        [`slot${i}_start`, slot.start],
        [`slot${i}_end`, slot.end],
      ]),
    ),
    availableFrom: input.availableFrom,
    availableUntil: '',
    blackoutRows: '0',
    maxHoursPerMonth: String(input.maxHoursPerMonth),
    consent: 'on',
  };
}

describe('storage faults', { timeout: 90_000 }, () => {
  // 90 s instead of 30 s per test: each test restarts DynamoDB Local's JVM, which takes 3–5 s on
  // a calm machine and up to 28 s on a busy 2-core one (see infra/local/engines/dynamodb.ts), and
  // a stalled call takes ≈ 10 s to give up; at load 20 the slowest test took 33 s.
  let registry: ProcessRegistry | undefined;
  let dataDir: string | undefined;
  let engine: EngineSupervisor | undefined;
  /** The first JVM this file started (the supervisor starts later ones after the faults). */
  let firstEngine: EngineHandle | undefined;
  /** This process's DDB_LOCAL_TELEMETRY before the start, which must come back unchanged. */
  const telemetryBefore = process.env.DDB_LOCAL_TELEMETRY;
  let proxy: FaultProxy | undefined;
  let events: StreamPoller | undefined;
  let db: DynamoDBDocumentClient | undefined;
  const restarts = new Gate();
  /** The app as deployed code runs it, through the fault proxy; `direct` talks to DynamoDB Local itself. */
  let app: Hono;
  let direct: Hono;
  let config: PlatformConfig;
  let manager: TestAccount;
  let managerCookie: string;
  /** The need and the volunteer the invite test leaves invited, for the accept test. */
  let invited: { needId: string; amina: TestAccount } | undefined;

  /** Ends DynamoDB Local behind the supervisor's back and waits until it is gone. */
  const endEngine = async (signal: 'SIGKILL' | 'SIGTERM') => {
    const running = engine?.current();
    if (!running) throw new Error('DynamoDB Local is not running');
    process.kill(running.pid, signal);
    await running.exited;
  };
  /** A crash: no clean shutdown. Used where nothing of the flow's write has reached it yet. */
  const crash = () => endEngine('SIGKILL');
  /**
   * Stopped right after it answered a write. Not SIGKILL: DynamoDB Local acknowledges a
   * transaction before it is on disk, and a SIGKILL right after the answer lost it (1 in 4 tries
   * on a busy machine); DynamoDB itself acknowledges only durable writes. SIGTERM lets it finish
   * what it acknowledged — the case under test is "written, but the answer never arrived".
   */
  const stopAfterAnswer = () => endEngine('SIGTERM');

  /** Lets the supervisor restart DynamoDB Local and waits until it answers again. */
  const recover = async () => {
    restarts.open();
    await engine?.running();
  };

  const partition = async (pk: string): Promise<Item[]> => {
    const result = await db?.send(
      new QueryCommand({
        TableName: config.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
      }),
    );
    return result?.Items ?? [];
  };

  const signIn = async (account: TestAccount) =>
    cookieFrom(
      await postForm(app, '/signin', { email: account.email, password: account.password }),
      'qh_session',
    ) as string;

  const volunteerWithProfile = async (overrides: Json = {}) => {
    const account = await createAccount(config, 'volunteer');
    expect((await api(app, 'PUT', '/api/volunteers/me', account.idToken, profileInput(overrides))).status).toBe(201);
    return account;
  };

  beforeAll(async () => {
    // Starts a JVM and signs in through cognito-local: up to 40 s at load 20, so 120 s, not 60 s.
    registry = new ProcessRegistry(PID_DIR);
    registry.installExitHooks(); // a crashed worker still kills its Java child
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qh-storage-faults-'));
    registry.addScratchDir(dataDir);
    const port = await freePort();
    const folder = dataDir;
    engine = await superviseEngine(async () => {
      await restarts.passed();
      const started = await startDynamoDbLocal({ port, dataDir: folder, registry });
      firstEngine ??= started;
      return started;
    });
    const endpoint = `http://127.0.0.1:${port}`;
    proxy = await startFaultProxy(endpoint);
    const tableName = uniqueTableName('faults');
    await ensureTable(endpoint, tableName);
    config = localConfig({
      tableName,
      dynamoEndpoint: proxy.endpoint,
      cognitoEndpoint: inject('cognitoEndpoint'),
      userPoolId: inject('userPoolId'),
      clientId: inject('clientId'),
      region: inject('region'),
    });
    const directConfig = { ...config, dynamoEndpoint: endpoint };
    // A fresh JVM on a busy machine can miss the 5 s limit on its first burst of calls: the
    // catalogue puts are idempotent, so try again once it has warmed up.
    for (let attempt = 1; ; attempt++) {
      try {
        await seedCatalog(directConfig);
        break;
      } catch (error) {
        if (!(error instanceof ServiceUnavailableError) || attempt === 3) throw error;
      }
    }
    const outboxFile = inject('outboxFile');
    app = await createLocalApp(config, { outboxFile, clock });
    direct = await createLocalApp(directConfig, { outboxFile, clock });
    events = createTableEvents(directConfig, clock);
    db = createDocumentClient(directConfig);
    manager = await createAccount(config, 'manager');
    await new StaffRepository(db, tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
    managerCookie = await signIn(manager);
  }, 120_000);

  afterEach(async () => {
    // A test that failed half-way must not leave the next one without storage.
    restarts.open();
    await engine?.running();
  });

  afterAll(async () => {
    restarts.open();
    const running = engine?.current();
    if (running) process.kill(running.pid, 'SIGCONT'); // in case a stall test failed half-way
    await proxy?.close();
    await events?.stop();
    await engine?.stop();
    db?.destroy();
    registry?.dispose();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts DynamoDB Local with its telemetry off and leaves the environment of this process as it was', () => {
    const environ = fs.readFileSync(`/proc/${firstEngine?.pid}/environ`, 'utf8').split('\0');
    expect(environ).toContain('DDB_LOCAL_TELEMETRY=0');
    expect(process.env.DDB_LOCAL_TELEMETRY).toBe(telemetryBefore);
  });

  it('profile save: cut after its transaction, 503 everywhere, and the retry returns the saved version', async () => {
    const volunteer = await volunteerWithProfile();
    const cookie = await signIn(volunteer);
    await events?.drain(); // the poller is in the middle of the stream when storage goes away
    const change = profileInput({ version: 1, firstName: 'Valentina', quarters: ['ostersbaum'] });

    restarts.close();
    const cut = proxy?.arm('TransactWriteItems', 'after-answer', stopAfterAnswer);
    await expectUnavailableJson(await answered(api(app, 'PUT', '/api/volunteers/me', volunteer.idToken, change)));
    expect(await cut, 'DynamoDB Local committed the transaction before it stopped').toEqual({ answered: 200 });
    // The same change from the form while storage is down (no connection at all): the friendly page.
    const page = postForm(direct, '/profile/edit', profileForm(change), `${cookie}; qh_lang=en`);
    await expectUnavailablePage(await answered(page), 'en');
    // The stream poller fails its round (it does not hang) ...
    await expect(events?.drain()).rejects.toThrow();
    await recover();

    // The transaction had committed before the stop: the whole change is there, index items too.
    const stored = await partition(`VOLUNTEER#${volunteer.userId}`);
    const profile = stored.find((item) => item.SK === 'PROFILE');
    expect(profile).toMatchObject({ version: 2, firstName: 'Valentina', quarters: ['ostersbaum'] });
    expect(stored.filter((item) => item.type === 'QuarterMembership').map((item) => item.SK)).toEqual([
      'QUARTER#ostersbaum',
    ]);

    // The same requests again: both succeed with the version already saved, no third version.
    const again = await api(app, 'PUT', '/api/volunteers/me', volunteer.idToken, change);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Json).version).toBe(2);
    const pageAgain = await postForm(app, '/profile/edit', profileForm(change), cookie);
    expect(pageAgain.status).toBe(303);
    const after = await partition(`VOLUNTEER#${volunteer.userId}`);
    expect(after.find((item) => item.SK === 'PROFILE')?.version).toBe(2);
    expect(after.filter((item) => item.type === 'QuarterMembership')).toHaveLength(1);
    // ... and carries on after the restart.
    await expect(events?.drain()).resolves.toBeUndefined();
  });

  it('invite: cut before the second invitation, 503, the first kept whole, the retry invites the rest once', async () => {
    const [amina, basel] = [await volunteerWithProfile(), await volunteerWithProfile()];
    const need = await api(
      app,
      'POST',
      '/api/needs',
      manager.accessToken,
      needInput({ description: 'Grundschulkinder, dienstags' }),
    );
    expect(need.status).toBe(201);
    const { needId } = (await need.json()) as Json;
    const publish = { action: 'publish', version: 1 };
    expect((await api(app, 'POST', `/api/needs/${needId}/status`, manager.accessToken, publish)).status).toBe(200);
    const body = { volunteerIds: [amina.userId, basel.userId] };
    const invite = () => api(app, 'POST', `/api/needs/${needId}/invitations`, manager.accessToken, body);

    restarts.close();
    // Counted by the invitation's own item: the audit entries of the invite are transactions too.
    const cut = proxy?.arm('TransactWriteItems', 'before-forwarding', crash, {
      skip: 1,
      containing: '"S":"Invitation"',
    });
    await expectUnavailableJson(await answered(invite()));
    expect(await cut).toEqual({});
    const page = direct.request(`/manage/needs/${needId}`, { headers: { cookie: managerCookie } });
    await expectUnavailablePage(await answered(page), 'de');
    await recover();

    // Each invitation is one transaction: Amina's is complete, Basel's did not start.
    const stored = await partition(`NEED#${needId}`);
    const bySk = (prefix: string) => stored.filter((item) => String(item.SK).startsWith(prefix));
    expect(bySk('MATCH#').map((item) => [item.volunteerId, item.status, item.version])).toEqual([
      [amina.userId, 'invited', 1],
    ]);
    expect(bySk('INVITE#').map((item) => item.SK)).toEqual([`INVITE#${amina.userId}`]);
    expect(bySk('EVENT#').map((item) => [item.volunteerId, item.action])).toEqual([[amina.userId, 'invite']]);

    const again = await invite();
    expect(again.status).toBe(200);
    expect(((await again.json()) as Json).matches.map((m: Json) => m.volunteerId).sort()).toEqual(
      [amina.userId, basel.userId].sort(),
    );
    const after = await partition(`NEED#${needId}`);
    const matches = after.filter((item) => item.type === 'Match');
    expect(matches.map((item) => [item.volunteerId, item.status, item.version]).sort()).toEqual(
      [
        [amina.userId, 'invited', 1],
        [basel.userId, 'invited', 1],
      ].sort(),
    );
    expect(after.filter((item) => String(item.SK).startsWith('INVITE#'))).toHaveLength(2);
    const invites = after.filter((item) => item.type === 'MatchEvent').map((item) => item.volunteerId);
    expect(invites.sort()).toEqual([amina.userId, basel.userId].sort());
    invited = { needId, amina };
  });

  it('accept: cut after its transaction, 503 page and JSON, kept whole, and the retries change nothing', async () => {
    if (!invited) throw new Error('needs the invitations of the test before');
    const { needId, amina } = invited;
    const aminaCookie = await signIn(amina);
    const accept = () => postForm(app, `/dashboard/needs/${needId}/accept`, {}, aminaCookie);
    restarts.close();
    const acceptCut = proxy?.arm('TransactWriteItems', 'after-answer', stopAfterAnswer);
    await expectUnavailablePage(await answered(accept()), 'de');
    expect(await acceptCut, 'DynamoDB Local committed the transaction before it stopped').toEqual({
      answered: 200,
    });
    const viaApi = direct.request(`/api/needs/${needId}/me/accept`, {
      method: 'POST',
      headers: { authorization: `Bearer ${amina.accessToken}` },
    });
    await expectUnavailableJson(await answered(viaApi));
    await recover();

    const accepted = async () => {
      const items = await partition(`NEED#${needId}`);
      const ledger = (await partition(`VOLUNTEER#${amina.userId}`)).find((item) => item.SK === 'LEDGER');
      return {
        need: items.find((item) => item.SK === 'NEED')?.acceptedCount,
        match: items.find((item) => item.SK === `MATCH#${amina.userId}`)?.status,
        invitation: items.some((item) => item.SK === `INVITE#${amina.userId}`),
        accepts: items.filter((item) => item.type === 'MatchEvent' && item.action === 'accept').length,
        commitments: ledger?.commitments.map((c: Json) => c.needId),
      };
    };
    const whole = { need: 1, match: 'accepted', invitation: false, accepts: 1, commitments: [needId] };
    expect(await accepted()).toEqual(whole);
    const retried = await accept();
    expect(retried.status).toBe(303);
    expect(retried.headers.get('location')).toBe('/dashboard?notice=accept');
    const apiRetry = await api(app, 'POST', `/api/needs/${needId}/me/accept`, amina.accessToken);
    expect(apiRetry.status).toBe(200);
    expect(await accepted()).toEqual(whole);
  });

  it('a stalled DynamoDB Local answers 503 instead of hanging, and the retry after it resumes saves once', async () => {
    const volunteer = await volunteerWithProfile();
    const cookie = await signIn(volunteer);
    const change = profileInput({ version: 1, firstName: 'Stella' });
    const running = engine?.current();
    if (!running) throw new Error('DynamoDB Local is not running');

    process.kill(running.pid, 'SIGSTOP'); // connections are accepted, nothing is answered
    try {
      const [json, page] = await Promise.all([
        answered(api(direct, 'PUT', '/api/volunteers/me', volunteer.idToken, change)),
        answered(direct.request('/profile', { headers: { cookie: `${cookie}; qh_lang=en` } })),
      ]);
      await expectUnavailableJson(json);
      await expectUnavailablePage(page, 'en');
    } finally {
      process.kill(running.pid, 'SIGCONT');
    }

    const again = await api(direct, 'PUT', '/api/volunteers/me', volunteer.idToken, change);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Json).version).toBe(2);
    expect((await partition(`VOLUNTEER#${volunteer.userId}`)).find((item) => item.SK === 'PROFILE')).toMatchObject({
      version: 2,
      firstName: 'Stella',
    });
  });
});
