/**
 * cognito-local (an offline Cognito user pool service), run as a child process through cognito-launcher.cjs,
 * which writes confirmation codes and temporary passwords to an outbox file instead of the console.
 * It listens on 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcessRegistry } from '../process-registry.ts';
import { TRIGGER_SIGNING, type TriggerCredentials } from '../trigger-signature.ts';
import { type EngineHandle, EngineStartError, manageChild, waitUntilReady } from './child.ts';

export interface CognitoLocalOptions {
  port: number;
  /** Absolute; cognito-local keeps its state in <dataDir>/.cognito/ (created if missing). */
  dataDir: string;
  /** Absolute; one JSON line per message (see cognito-launcher.cjs). */
  outboxFile: string;
  /**
   * Where cognito-local sends Lambda trigger invocations (POST <lambdaEndpoint>/2015-03-31/functions/<name>/invocations).
   * Given: PostConfirmation is wired to the function "cognito-post-confirmation", CustomMessage to
   * "cognito-custom-message". Omitted: config.json is left as it is.
   */
  lambdaEndpoint?: string | undefined;
  /**
   * The secret cognito-local signs its trigger invocations with (SigV4); the endpoint verifies it
   * (infra/local/trigger-signature.ts). Required with `lambdaEndpoint`: a fresh one per start.
   */
  lambdaCredentials?: TriggerCredentials | undefined;
  registry?: ProcessRegistry | undefined;
  /** Absolute; where cognito-local's log goes (it is always kept as a tail for error messages). */
  logFile?: string | undefined;
  /** Extra environment for cognito-local, e.g. { CODE: '123456' } for fixed codes (never in npm start). */
  env?: Record<string, string> | undefined;
  /** Default 30 s: start-up is usually under 1 s, but took 11 s on a 2-core machine at load 10. */
  timeoutMs?: number | undefined;
}

export const COGNITO_LABEL = 'cognito-local';
export const POST_CONFIRMATION_FUNCTION = 'cognito-post-confirmation';
export const CUSTOM_MESSAGE_FUNCTION = 'cognito-custom-message';

const LAUNCHER = fileURLToPath(new URL('./cognito-launcher.cjs', import.meta.url));

function requireAbsolute(value: string, name: string): void {
  if (!path.isAbsolute(value))
    throw new EngineStartError(`${COGNITO_LABEL}: ${name} must be absolute, got ${value}`, '');
}

type JsonObject = Record<string, unknown>;

/** Writes the trigger wiring into <dataDir>/.cognito/config.json, keeping whatever else is there. */
export function writeTriggerConfig(dataDir: string, lambdaEndpoint: string, credentials: TriggerCredentials): string {
  const configFile = path.join(dataDir, '.cognito', 'config.json');
  fs.mkdirSync(path.dirname(configFile), { recursive: true });
  let existing: JsonObject = {};
  if (fs.existsSync(configFile)) {
    try {
      existing = JSON.parse(fs.readFileSync(configFile, 'utf8')) as JsonObject;
    } catch {
      throw new EngineStartError(`${COGNITO_LABEL}: ${configFile} is not valid JSON — fix or delete it`, '');
    }
  }
  const merged: JsonObject = {
    ...existing,
    TriggerFunctions: {
      ...((existing.TriggerFunctions as JsonObject | undefined) ?? {}),
      PostConfirmation: POST_CONFIRMATION_FUNCTION,
      CustomMessage: CUSTOM_MESSAGE_FUNCTION,
    },
    LambdaClient: {
      ...((existing.LambdaClient as JsonObject | undefined) ?? {}),
      endpoint: lambdaEndpoint,
      region: TRIGGER_SIGNING.region,
      credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    },
  };
  fs.writeFileSync(configFile, `${JSON.stringify(merged, null, 2)}\n`);
  return configFile;
}

export async function startCognitoLocal(options: CognitoLocalOptions): Promise<EngineHandle> {
  requireAbsolute(options.dataDir, 'dataDir');
  requireAbsolute(options.outboxFile, 'outboxFile');
  fs.mkdirSync(options.dataDir, { recursive: true });
  fs.mkdirSync(path.dirname(options.outboxFile), { recursive: true });
  if (options.lambdaEndpoint) {
    if (!options.lambdaCredentials) {
      throw new EngineStartError(`${COGNITO_LABEL}: lambdaEndpoint needs lambdaCredentials (a fresh secret)`, '');
    }
    writeTriggerConfig(options.dataDir, options.lambdaEndpoint, options.lambdaCredentials);
  }

  const child = spawn(process.execPath, [LAUNCHER], {
    cwd: options.dataDir,
    env: {
      ...process.env,
      ...options.env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      OUTBOX_FILE: options.outboxFile,
      PARENT_PID: String(process.pid),
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { handle, spawned } = manageChild(child, {
    kind: 'cognito-local',
    label: COGNITO_LABEL,
    port: options.port,
    registry: options.registry,
    logFile: options.logFile,
  });
  await spawned;
  try {
    await waitUntilReady(
      handle,
      COGNITO_LABEL,
      async () => (await fetch(`${handle.endpoint}/health`, { signal: AbortSignal.timeout(2000) })).ok,
      options.timeoutMs ?? 30_000,
    );
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}
