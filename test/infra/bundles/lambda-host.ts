/**
 * One child process per function, running its built bundle through lambda-runner.mjs with the
 * environment Lambda gives it (the variables the stack sets, resolved to the local resources, plus
 * what the Lambda runtime itself sets), pointed at the recording proxy.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNNER = fileURLToPath(new URL('./lambda-runner.mjs', import.meta.url));

export interface LambdaFunctionSpec {
  /** The function's folder name; also its SDK app id, by which the proxy knows the caller. */
  name: string;
  /** Absolute path of the bundle (`<asset>/index.mjs`). */
  bundle: string;
  /** The function's own environment variables from the template, resolved. */
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
}

/** Where Lambda unpacks the asset; an exec wrapper path under it is found in the asset folder here. */
const TASK_ROOT = '/var/task/';

interface Reply {
  id?: number;
  type?: 'ready';
  /** With 'ready': the options node was started with (process.execArgv). */
  execArgv?: string[];
  result?: unknown;
  error?: { name?: string; message: string; stack?: string };
}

export class LambdaHost {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  readonly #ready: Promise<void>;
  #next = 0;
  #output = '';
  #execArgv: string[] = [];

  constructor(
    readonly spec: LambdaFunctionSpec,
    local: { region: string; endpoint: string; now: Date },
  ) {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      // Set by the Lambda runtime.
      AWS_REGION: local.region,
      AWS_DEFAULT_REGION: local.region,
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
      AWS_LAMBDA_FUNCTION_NAME: spec.name,
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${spec.name}`,
      // Set during the init phase: the bundles prime their storage connection then (shared/db/prime.ts).
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      LAMBDA_TASK_ROOT: dirname(spec.bundle),
      AWS_ACCESS_KEY_ID: 'ASIAIAMTEST',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_SESSION_TOKEN: 'local',
      TZ: ':UTC',
      LANG: 'en_US.UTF-8',
      ...spec.environment,
      // The local stand-ins: every SDK call and the JWKS go through the recording proxy.
      DYNAMODB_ENDPOINT: local.endpoint,
      COGNITO_ENDPOINT: local.endpoint,
      AWS_ENDPOINT_URL: local.endpoint,
      AWS_SDK_UA_APP_ID: spec.name,
      // The scenario's fixed clock (lambda-runner.mjs), so no date in the test depends on today.
      QH_SCENARIO_NOW: local.now.toISOString(),
    };
    // As the runtime does with AWS_LAMBDA_EXEC_WRAPPER: <wrapper> <path of node> <arguments>.
    const wrapper = spec.environment.AWS_LAMBDA_EXEC_WRAPPER;
    if (wrapper !== undefined && !wrapper.startsWith(TASK_ROOT)) {
      throw new Error(`${spec.name}: exec wrapper ${wrapper} is not in the function's asset (${TASK_ROOT})`);
    }
    this.#child = fork(RUNNER, [spec.bundle, spec.name, String(spec.timeoutSeconds * 1000)], {
      cwd: dirname(spec.bundle),
      env,
      ...(wrapper === undefined
        ? { execArgv: [] }
        : { execPath: join(dirname(spec.bundle), wrapper.slice(TASK_ROOT.length)), execArgv: [process.execPath] }),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const keep = (chunk: Buffer) => {
      this.#output = (this.#output + chunk.toString('utf8')).slice(-20_000);
    };
    this.#child.stdout?.on('data', keep);
    this.#child.stderr?.on('data', keep);
    this.#ready = new Promise((resolve, reject) => {
      this.#child.on('message', (reply: Reply) => {
        if (reply.type === 'ready') {
          this.#execArgv = reply.execArgv ?? [];
          if (reply.error) reject(new Error(`${spec.name}: import failed: ${reply.error.message}`));
          else resolve();
          return;
        }
        const pending = this.#pending.get(reply.id ?? -1);
        if (!pending) return;
        this.#pending.delete(reply.id ?? -1);
        if (reply.error) pending.reject(Object.assign(new Error(reply.error.message), reply.error));
        else pending.resolve(reply.result);
      });
      this.#child.on('exit', (code, signal) => {
        const error = new Error(`${spec.name}: runner exited (${code ?? signal}). Output:\n${this.#output}`);
        reject(error);
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
      });
    });
    this.#ready.catch(() => {}); // reported by ready() and invoke()
  }

  /** The runner's recent stdout and stderr (the function's logs), for failure messages. */
  get output(): string {
    return this.#output;
  }

  /** The options the function's node was started with (by its exec wrapper), known once ready. */
  get execArgv(): readonly string[] {
    return this.#execArgv;
  }

  ready(): Promise<void> {
    return this.#ready;
  }

  /** Invokes the handler with one event; resolves with its result, rejects with what it threw. */
  async invoke<T = unknown>(event: unknown): Promise<T> {
    await this.#ready;
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#child.send({ id, event });
    });
  }

  /** Ends the child (by its pid) and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.#child.once('exit', resolve));
    this.#child.kill('SIGTERM');
    await exited;
  }
}
