/**
 * Child processes of the local platform and of the test setup, recorded in pidfiles so that a runner killed with
 * SIGKILL (which runs no handler) does not leave DynamoDB Local's Java process holding its port forever.
 *
 * One pidfile per registry: `<pidDir>/<ownerPid>-<random>.json` with the owner's and each child's pid and start
 * time. At the next start {@link reapStaleProcesses} kills the children of every pidfile whose owner is gone —
 * but only a child whose start time is unchanged and whose command line still names our program (the
 * DynamoDBLocal.jar / cognito-launcher.cjs), so a recycled pid of someone else's process is never touched, nor
 * are the engines of a test run that is still going on in parallel.
 *
 * A registry may also name scratch folders (the test setup's temp folder); the reaper deletes those too.
 *
 * Start times and command lines come from /proc (Linux). Elsewhere `ps` gives the command line and the start
 * time check is skipped.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type ChildKind = 'dynamodb-local' | 'cognito-local';

/** A substring of the child's command line that identifies it as ours. */
const CMDLINE_MARKERS: Record<ChildKind, string> = {
  'dynamodb-local': 'DynamoDBLocal.jar',
  'cognito-local': 'cognito-launcher.cjs',
};

interface ProcessIdentity {
  pid: number;
  /** /proc/<pid>/stat field 22 (clock ticks after boot); null where /proc is unavailable. */
  startTime: string | null;
}

interface ChildRecord extends ProcessIdentity {
  kind: ChildKind;
}

interface PidFileContent {
  owner: ProcessIdentity & { argv: string[] };
  children: ChildRecord[];
  /** Scratch folders of the owner (test data), deleted with its children. */
  scratchDirs?: string[];
}

export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 overall; fields[0] is field 3
  } catch {
    return null;
  }
}

export function processCmdline(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    if (fs.existsSync('/proc/self')) return null; // Linux: no such process
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'args='], { encoding: 'utf8' }).trim() || null;
    } catch {
      return null;
    }
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process is still the one recorded (same pid, same start time where known). */
function isSameProcess(identity: ProcessIdentity): boolean {
  if (!isAlive(identity.pid)) return false;
  if (identity.startTime === null) return true;
  return processStartTime(identity.pid) === identity.startTime;
}

function isOurChild(child: ChildRecord): boolean {
  if (!isSameProcess(child)) return false;
  const cmdline = processCmdline(child.pid);
  return cmdline?.includes(CMDLINE_MARKERS[child.kind]) ?? false;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function terminate(pid: number, graceMs = 5000): Promise<void> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (isAlive(pid)) {
    signal(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(20);
  }
}

export interface ReapedProcess {
  pid: number;
  kind: ChildKind;
  pidFile: string;
}

/**
 * Kills the recorded children of registries whose owner process has died, and deletes their pidfiles.
 * Pidfiles of living owners (a parallel test run, a running `npm start`) are left alone.
 */
export async function reapStaleProcesses(pidDir: string): Promise<ReapedProcess[]> {
  let names: string[];
  try {
    names = fs.readdirSync(pidDir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const reaped: ReapedProcess[] = [];
  for (const name of names) {
    const pidFile = path.join(pidDir, name);
    let content: PidFileContent;
    try {
      content = JSON.parse(fs.readFileSync(pidFile, 'utf8')) as PidFileContent;
    } catch {
      fs.rmSync(pidFile, { force: true }); // unreadable: written by a runner that died mid-write
      continue;
    }
    if (content.owner.pid === process.pid || isSameProcess(content.owner)) continue;
    const victims = content.children.filter(isOurChild);
    await Promise.all(victims.map((child) => terminate(child.pid)));
    for (const child of victims) reaped.push({ pid: child.pid, kind: child.kind, pidFile });
    for (const dir of content.scratchDirs ?? []) {
      if (path.isAbsolute(dir) && dir.split(path.sep).filter(Boolean).length >= 2) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    fs.rmSync(pidFile, { force: true });
  }
  return reaped;
}

export interface ExitHookOptions {
  /**
   * Also kill the children on SIGINT, SIGTERM and SIGHUP. When no other listener handles the signal, the
   * signal is re-raised afterwards so the process still ends the default way. Leave false when the caller
   * handles these signals itself (start.ts stops gracefully).
   */
  signals?: boolean;
}

/** The children one process started, mirrored in its pidfile. */
export class ProcessRegistry {
  readonly pidFile: string;
  readonly #children = new Map<number, ChildRecord>();
  readonly #scratchDirs = new Set<string>();
  #uninstall: (() => void) | undefined;

  constructor(readonly pidDir: string) {
    fs.mkdirSync(pidDir, { recursive: true });
    this.pidFile = path.join(pidDir, `${process.pid}-${randomBytes(4).toString('hex')}.json`);
  }

  add(pid: number, kind: ChildKind): void {
    this.#children.set(pid, { pid, kind, startTime: processStartTime(pid) });
    this.#write();
  }

  remove(pid: number): void {
    if (this.#children.delete(pid)) this.#write();
  }

  /** An absolute scratch folder (e.g. test data) that a later reap deletes if this process dies without cleaning up. */
  addScratchDir(dir: string): void {
    this.#scratchDirs.add(path.resolve(dir));
    this.#write();
  }

  pids(): number[] {
    return [...this.#children.keys()];
  }

  /** Synchronous, so it works inside an 'exit' handler. Children are not waited for. */
  killAllSync(sig: NodeJS.Signals = 'SIGTERM'): void {
    for (const child of this.#children.values()) {
      // Only signal what is still our child: the pid may have been recycled after the child exited.
      if (isOurChild(child)) signal(child.pid, sig);
    }
  }

  /** Registers exit (and optionally signal) handlers that kill the children by pid. Idempotent. */
  installExitHooks(options: ExitHookOptions = {}): void {
    if (this.#uninstall) return;
    const onExit = () => this.killAllSync();
    process.on('exit', onExit);
    // The monitor does not change how an uncaught exception ends the process (its 'exit' still follows).
    process.on('uncaughtExceptionMonitor', onExit);
    const signals: NodeJS.Signals[] = options.signals ? ['SIGINT', 'SIGTERM', 'SIGHUP'] : [];
    const onSignal = (sig: NodeJS.Signals) => {
      this.killAllSync();
      if (process.listenerCount(sig) === 1) {
        this.#uninstall?.();
        process.kill(process.pid, sig); // nobody else handles it: end the default way
      }
    };
    for (const sig of signals) process.on(sig, onSignal);
    this.#uninstall = () => {
      process.off('exit', onExit);
      process.off('uncaughtExceptionMonitor', onExit);
      for (const sig of signals) process.off(sig, onSignal);
      this.#uninstall = undefined;
    };
  }

  /** After a clean stop: removes the pidfile and the handlers. */
  dispose(): void {
    this.#uninstall?.();
    this.#children.clear();
    this.#scratchDirs.clear();
    fs.rmSync(this.pidFile, { force: true });
  }

  #write(): void {
    const content: PidFileContent = {
      owner: { pid: process.pid, startTime: processStartTime(process.pid), argv: process.argv },
      children: [...this.#children.values()],
      scratchDirs: [...this.#scratchDirs],
    };
    const tmp = `${this.pidFile}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(content, null, 2)}\n`);
    fs.renameSync(tmp, this.pidFile);
  }
}
