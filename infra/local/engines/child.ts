/** What the two engine launchers share: output capture, readiness polling, stopping by pid. */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ChildKind, ProcessRegistry } from '../process-registry.ts';

/** A running engine child process. */
export interface EngineHandle {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  pid: number;
  /** SIGTERM, SIGKILL after 5 s; resolves once the process has exited. Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves with the exit code (or signal name) when the child exits, for whatever reason. */
  exited: Promise<number | string>;
  /** The last lines the child wrote to stdout and stderr. */
  outputTail(): string;
}

/** An engine did not start. `summary` is one line for the console; `outputTail` is the child's last output. */
export class EngineStartError extends Error {
  override readonly name = 'EngineStartError';
  constructor(
    readonly summary: string,
    readonly outputTail: string,
  ) {
    super(outputTail ? `${summary}\n--- last output ---\n${outputTail}` : summary);
  }
}

const TAIL_BYTES = 8_000;

export interface ManagedChildOptions {
  kind: ChildKind;
  /** Shown in messages, e.g. "DynamoDB Local". */
  label: string;
  port: number;
  registry?: ProcessRegistry | undefined;
  /** Absolute; the child's stdout and stderr are appended to it. Without it, output is only kept as a tail. */
  logFile?: string | undefined;
}

/**
 * Wraps a freshly spawned child: records it in the registry, captures its output, and builds the handle.
 * Rejects if the child could not be spawned at all (e.g. `java` not on PATH).
 */
export function manageChild(
  child: ChildProcess,
  options: ManagedChildOptions,
): { handle: EngineHandle; spawned: Promise<void> } {
  let tail = '';
  let log: fs.WriteStream | undefined;
  if (options.logFile) {
    fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
    log = fs.createWriteStream(options.logFile, { flags: 'a' });
    log.write(`\n=== ${options.label} starting ${new Date().toISOString()} ===\n`);
  }
  const onData = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
    log?.write(chunk);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  let exitValue: number | string | undefined;
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      exitValue = code ?? signal ?? 'unknown';
      if (child.pid !== undefined) options.registry?.remove(child.pid);
      resolve(exitValue);
    });
  });
  // Close the log once the pipes have drained.
  child.once('close', () => log?.end());

  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', () => {
      if (child.pid !== undefined) options.registry?.add(child.pid, options.kind);
      resolve();
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (exitValue === undefined && child.pid === undefined) {
        reject(new EngineStartError(`${options.label} could not be started: ${error.message}`, tail.trim()));
      }
    });
  });

  let stopping: Promise<void> | undefined;
  const handle: EngineHandle = {
    endpoint: `http://127.0.0.1:${options.port}`,
    get pid() {
      return child.pid ?? -1;
    },
    exited,
    outputTail: () => tail.trim(),
    stop() {
      stopping ??= (async () => {
        if (exitValue !== undefined || child.pid === undefined) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
  return { handle, spawned };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` every 100 ms until it resolves true. Fails fast when the child exits, and after `timeoutMs`
 * (then the child is stopped). Errors carry the child's last output.
 */
export async function waitUntilReady(
  handle: EngineHandle,
  label: string,
  probe: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  let exitedWith: number | string | undefined;
  void handle.exited.then((value) => {
    exitedWith = value;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitedWith !== undefined) {
      throw new EngineStartError(`${label} exited during start-up (exit ${exitedWith})`, handle.outputTail());
    }
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) {
      await handle.stop();
      throw new EngineStartError(
        `${label} did not answer on ${handle.endpoint} within ${Math.round(timeoutMs / 1000)} s`,
        handle.outputTail(),
      );
    }
    await sleep(100);
  }
}
