/**
 * Keeps a local engine (DynamoDB Local) running: when it exits unexpectedly it is started again
 * by the same launcher — same port, same data folder — after a growing pause, until it runs or
 * the supervisor is stopped. Meanwhile the apps answer 503 (their clients fail fast on a refused
 * connection) and the stream poller backs off; both carry on once the engine is back.
 *
 * Each start goes through the launcher, which records the child in the process registry, so a
 * restarted Java process is killed on exit like the first one.
 */
import type { EngineHandle } from './engines/child.ts';

export interface SupervisorEvents {
  /** The engine exited on its own (and was not wanted stopped): it is being started again. */
  exited?(code: number | string): void;
  /** A restart attempt failed; the next follows in `retryInMs`. */
  restartFailed?(error: unknown, retryInMs: number): void;
  /** The engine runs again (after `attempts` tries). */
  restarted?(handle: EngineHandle, attempts: number): void;
}

export interface SupervisorOptions extends SupervisorEvents {
  /** First pause before a restart; doubled after each failed attempt (default 500 ms). */
  initialDelayMs?: number;
  /** Longest pause (default 15 s). */
  maxDelayMs?: number;
  /**
   * Asked before every restart; false ends supervision (e.g. the platform is shutting down and a
   * Ctrl-C in the terminal reached the child first).
   */
  shouldRestart?: () => boolean;
}

export interface EngineSupervisor {
  /** The running engine, or undefined while it is down or restarting. */
  current(): EngineHandle | undefined;
  /** Resolves with the running engine: at once, or when the next restart has succeeded. */
  running(): Promise<EngineHandle>;
  /** How many times the engine was started again. */
  restarts(): number;
  /** Ends supervision and stops the engine (also one that is just being restarted). */
  stop(): Promise<void>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/** Starts the engine once (failures of this first start are the caller's) and supervises it. */
export async function superviseEngine(
  start: () => Promise<EngineHandle>,
  options: SupervisorOptions = {},
): Promise<EngineSupervisor> {
  const initialDelay = options.initialDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 15_000;
  const stopped = new AbortController();
  const wanted = () => !stopped.signal.aborted && (options.shouldRestart?.() ?? true);
  let handle: EngineHandle | undefined = await start();
  let restartCount = 0;
  let starting: Promise<EngineHandle> | undefined;
  let waiters: ((handle: EngineHandle) => void)[] = [];

  const restart = async (exitCode: number | string) => {
    let delay = initialDelay;
    for (let attempt = 1; ; attempt++) {
      // The first pause also lets a Ctrl-C, which reaches the child too, mark the platform as stopping.
      await sleep(delay, stopped.signal);
      if (!wanted()) return;
      if (attempt === 1) options.exited?.(exitCode);
      starting = start();
      try {
        const next = await starting;
        if (!wanted()) {
          await next.stop();
          return;
        }
        handle = next;
        restartCount++;
        watch(next);
        options.restarted?.(next, attempt);
        for (const resolve of waiters) resolve(next);
        waiters = [];
        return;
      } catch (error) {
        delay = Math.min(delay * 2, maxDelay);
        options.restartFailed?.(error, delay);
      } finally {
        starting = undefined;
      }
    }
  };

  const watch = (running: EngineHandle) => {
    void running.exited.then((code) => {
      if (handle === running) handle = undefined;
      if (wanted()) void restart(code);
    });
  };
  watch(handle);

  return {
    current: () => handle,
    running: () => (handle ? Promise.resolve(handle) : new Promise((resolve) => waiters.push(resolve))),
    restarts: () => restartCount,
    async stop() {
      stopped.abort();
      const pending = starting?.catch(() => undefined);
      await Promise.all([handle?.stop(), pending?.then((next) => next?.stop())]);
    },
  };
}
