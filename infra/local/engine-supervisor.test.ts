import { describe, expect, it } from 'vitest';
import { superviseEngine } from './engine-supervisor.ts';
import type { EngineHandle } from './engines/child.ts';

/** A stand-in engine: `crash()` makes it exit on its own, `stop()` as the launcher's handle does. */
function fakeEngine(pid: number) {
  let exit: (code: number | string) => void = () => undefined;
  const exited = new Promise<number | string>((resolve) => {
    exit = resolve;
  });
  let stopped = false;
  const handle: EngineHandle = {
    endpoint: 'http://127.0.0.1:1',
    pid,
    exited,
    outputTail: () => '',
    async stop() {
      stopped = true;
      exit('SIGTERM');
      await exited;
    },
  };
  /** Exits with 137 (as after SIGKILL) and resolves once the exit is known, as a real child's would be. */
  const crash = async () => {
    exit(137);
    await exited;
  };
  return { handle, crash, wasStopped: () => stopped };
}

/** A launcher that hands out fake engines, failing the starts listed in `failing` (1-based). */
function launcher(failing: number[] = []) {
  const engines: ReturnType<typeof fakeEngine>[] = [];
  let starts = 0;
  return {
    engines,
    starts: () => starts,
    start: async () => {
      starts++;
      if (failing.includes(starts)) throw new Error(`start ${starts} failed`);
      const engine = fakeEngine(starts);
      engines.push(engine);
      return engine.handle;
    },
  };
}

describe('superviseEngine', () => {
  it('starts the engine again after it exits on its own, and reports it', async () => {
    const engines = launcher();
    const seen: string[] = [];
    const supervisor = await superviseEngine(engines.start, {
      initialDelayMs: 1,
      exited: (code) => seen.push(`exited ${code}`),
      restarted: (handle) => seen.push(`restarted ${handle.pid}`),
    });
    expect(supervisor.current()?.pid).toBe(1);
    await engines.engines[0]?.crash();
    const again = await supervisor.running();
    expect(again.pid).toBe(2);
    expect(supervisor.current()).toBe(again);
    expect(supervisor.restarts()).toBe(1);
    expect(seen).toEqual(['exited 137', 'restarted 2']);
    await supervisor.stop();
    expect(engines.engines[1]?.wasStopped()).toBe(true);
  });

  it('keeps trying with growing pauses while the engine will not start', async () => {
    const engines = launcher([2, 3]);
    const pauses: number[] = [];
    const supervisor = await superviseEngine(engines.start, {
      initialDelayMs: 1,
      maxDelayMs: 3,
      restartFailed: (_error, retryInMs) => pauses.push(retryInMs),
    });
    await engines.engines[0]?.crash();
    expect((await supervisor.running()).pid).toBe(4);
    expect(pauses).toEqual([2, 3]);
    await supervisor.stop();
  });

  it('does not restart an engine that exits while the platform is stopping', async () => {
    const engines = launcher();
    let stopping = false;
    const supervisor = await superviseEngine(engines.start, { initialDelayMs: 1, shouldRestart: () => !stopping });
    stopping = true; // a Ctrl-C reached the child before the platform stopped it
    await engines.engines[0]?.crash();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engines.starts()).toBe(1);
    expect(supervisor.current()).toBeUndefined();
    await supervisor.stop();
  });

  it('stop() during the pause before a restart cancels the restart', async () => {
    const engines = launcher();
    const supervisor = await superviseEngine(engines.start, { initialDelayMs: 10_000 });
    await engines.engines[0]?.crash();
    await supervisor.stop();
    expect(engines.starts()).toBe(1);
  });

  it('stop() while a restart is starting stops the engine it brings up', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const engines = launcher();
    const supervisor = await superviseEngine(
      async () => {
        if (engines.starts() === 1) await gate;
        return engines.start();
      },
      { initialDelayMs: 1 },
    );
    await engines.engines[0]?.crash();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the restart now waits at the gate
    const stopped = supervisor.stop();
    release();
    await stopped;
    expect(engines.engines[1]?.wasStopped()).toBe(true);
    expect(supervisor.current()).toBeUndefined();
  });
});
