import { spawn } from 'node:child_process';

export interface ProcessTiming {
  /** ms from spawn() to the child's 'exit' event. */
  wallMs: number;
  /** user + system CPU ms the child reported (bench/lib/cpu-reporter.mjs), NaN if it did not. */
  cpuMs: number;
}

const CPU_MARKER = /__qh_cpu_us__ (\d+)/;

/** Times one child process. Rejects on a non-zero exit or timeout. */
export function timeProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 10_000,
): Promise<ProcessTiming> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    let wallMs = Number.NaN;
    child.on('exit', () => {
      wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    });
    // 'close' comes after 'exit' and after stderr has drained (the CPU marker is written at exit).
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        const cpu = CPU_MARKER.exec(stderr);
        resolve({ wallMs, cpuMs: cpu ? Number(cpu[1]) / 1000 : Number.NaN });
      } else {
        const why = signal === 'SIGKILL' ? `did not exit within ${timeoutMs} ms` : `exited with ${code ?? signal}`;
        reject(new Error(`${command} ${args.join(' ')} ${why}\n${stderr.slice(0, 2000)}`));
      }
    });
  });
}

/** Percentile by linear interpolation between closest ranks (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
