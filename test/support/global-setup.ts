/**
 * vitest globalSetup of the "integration" and "e2e" projects: starts DynamoDB Local (in memory) and cognito-local
 * (state in a fresh temp folder) on free ports, in parallel, creates the user pool, and provides the endpoints to
 * the tests (`inject('dynamoEndpoint')` …; see test/support/platform.ts). Each test file creates its own table.
 *
 * cognito-local's Lambda triggers go to a small HTTP listener started here, which runs the real trigger code
 * (functions/cognito-post-confirmation/ and functions/cognito-custom-message/, through infra/local/cognito-triggers.ts),
 * so a confirmed user lands in the volunteer group, and a code mail is written in the account's language, exactly as
 * on the platform.
 *
 * The children are recorded in .test-data/pids/; a runner killed with SIGKILL leaves them running, and the next run
 * reaps them before it starts (see infra/local/process-registry.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { TestProject } from 'vitest/node';
import { ensureUserPool, LOCAL_REGION, localCognitoClient } from '../../infra/local/bootstrap.ts';
import type { EngineHandle } from '../../infra/local/engines/child.ts';
import { startCognitoLocal } from '../../infra/local/engines/cognito.ts';
import { startDynamoDbLocal } from '../../infra/local/engines/dynamodb.ts';
import { freePort } from '../../infra/local/ports.ts';
import { ProcessRegistry, reapStaleProcesses } from '../../infra/local/process-registry.ts';
import {
  newTriggerCredentials,
  type TriggerCredentials,
  verifyInvocation,
} from '../../infra/local/trigger-signature.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    cognitoEndpoint: string;
    userPoolId: string;
    clientId: string;
    /** Absolute path of the JSON-lines outbox cognito-local writes codes to (see readOutbox). */
    outboxFile: string;
    region: string;
    /** The trigger listener cognito-local invokes (tests try to forge invocations against it). */
    triggerEndpoint: string;
  }
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PID_DIR = path.join(REPO_ROOT, '.test-data', 'pids');
const TRIGGER_MODULE = pathToFileURL(path.join(REPO_ROOT, 'infra/local/cognito-triggers.ts')).href;

type TriggerModule = typeof import('../../infra/local/cognito-triggers.ts');

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Node's headers as one string each (repeated ones joined as fetch does). */
function headersOf(req: http.IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

/**
 * Answers cognito-local's Lambda Invoke calls like the Lambda service would: 200 with the function's result, or
 * 200 with `X-Amz-Function-Error: Unhandled` when it throws. (A 500 would make cognito-local's aws-sdk v2 client
 * retry the invocation three times.)
 */
function startTriggerListener(
  cognito: CognitoIdentityProviderClient,
  credentials: TriggerCredentials,
): Promise<{ server: http.Server; url: string }> {
  let triggerModule: Promise<TriggerModule> | undefined;
  const server = http.createServer(async (req, res) => {
    const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(req.url?.split('?')[0] ?? '');
    const name = match?.[1] ? decodeURIComponent(match[1]) : undefined;
    const body = await readBody(req).catch(() => Buffer.alloc(0));
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    // The same check as the local platform's endpoint: only cognito-local's signed invocations.
    const verdict = await verifyInvocation(
      { method: req.method ?? '', url: req.url ?? '', headers: headersOf(req), body },
      credentials,
      new Date(),
    );
    if (!verdict.ok) {
      reply(403, { message: 'Forbidden' });
      return;
    }
    const notFound = () =>
      reply(
        404,
        { Type: 'User', message: `Function not found: ${name ?? req.url}` },
        {
          'x-amzn-errortype': 'ResourceNotFoundException',
        },
      );
    if (req.method !== 'POST' || !name) {
      notFound();
      return;
    }
    try {
      const event = JSON.parse(body.toString('utf8')) as unknown;
      triggerModule ??= import(TRIGGER_MODULE) as Promise<TriggerModule>;
      const ran = await (await triggerModule).runCognitoTrigger(name, event, { cognito });
      if (!ran) {
        notFound();
        return;
      }
      reply(200, ran.result ?? event);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      console.error(`[global-setup] trigger ${name} failed: ${err.message}`);
      reply(200, { errorType: err.name, errorMessage: err.message }, { 'x-amz-function-error': 'Unhandled' });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('trigger listener: no TCP address'));
        return;
      }
      resolve({ server, url: `http://127.0.0.1:${address.port}` });
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const began = performance.now();
  const reaped = await reapStaleProcesses(PID_DIR);
  if (reaped.length > 0) {
    console.warn(
      `[global-setup] stopped ${reaped.length} engine(s) left over by a killed test run: ${reaped
        .map((p) => `${p.kind} pid ${p.pid}`)
        .join(', ')}`,
    );
  }
  const registry = new ProcessRegistry(PID_DIR);
  registry.installExitHooks({ signals: true });
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quartiershilfe-test-'));
  const outboxFile = path.join(tempDir, 'outbox.jsonl');
  registry.addScratchDir(tempDir); // a SIGKILLed runner's folder is deleted by the next run's reaper
  const removeTempDir = () => fs.rmSync(tempDir, { recursive: true, force: true });
  process.once('exit', removeTempDir); // also when the runner ends on an uncaught error
  const engines: EngineHandle[] = [];
  let listener: http.Server | undefined;
  let cognitoClient: CognitoIdentityProviderClient | undefined;

  const teardown = async () => {
    listener?.closeAllConnections();
    await Promise.all([
      ...engines.map((engine) => engine.stop()),
      new Promise<void>((resolve) => (listener ? listener.close(() => resolve()) : resolve())),
    ]);
    cognitoClient?.destroy();
    registry.dispose();
    process.off('exit', removeTempDir);
    removeTempDir();
  };

  try {
    const [dynamoPort, cognitoPort] = await Promise.all([freePort(), freePort()]);
    const cognitoEndpoint = `http://127.0.0.1:${cognitoPort}`;
    cognitoClient = localCognitoClient(cognitoEndpoint);
    const triggerCredentials = newTriggerCredentials();
    const trigger = await startTriggerListener(cognitoClient, triggerCredentials);
    listener = trigger.server;
    const track = (engine: EngineHandle) => {
      engines.push(engine);
      return engine;
    };
    const [dynamo, cognito] = await Promise.all([
      // A database per access key: each test file signs with its own (test/support/platform.ts).
      startDynamoDbLocal({ port: dynamoPort, registry, sharedDb: false }).then(track),
      startCognitoLocal({
        port: cognitoPort,
        dataDir: path.join(tempDir, 'cognito'),
        outboxFile,
        lambdaEndpoint: trigger.url,
        lambdaCredentials: triggerCredentials,
        registry,
      }).then(track),
    ]);
    const pool = await ensureUserPool(cognito.endpoint, path.join(tempDir, 'platform.json'));

    project.provide('dynamoEndpoint', dynamo.endpoint);
    project.provide('cognitoEndpoint', cognito.endpoint);
    project.provide('userPoolId', pool.userPoolId);
    project.provide('clientId', pool.clientId);
    project.provide('outboxFile', outboxFile);
    project.provide('region', LOCAL_REGION);
    project.provide('triggerEndpoint', trigger.url);
    if (process.env.QH_TIMING) {
      console.log(
        `[global-setup] ${project.name}: engines ready in ${((performance.now() - began) / 1000).toFixed(1)} s`,
      );
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
