// Preloaded with `node --import` into every timed child (the baseline too, so its cost cancels out):
// at exit, writes the process's own CPU time (user + system, µs) to stderr for bench/lib/process-timing.ts.
// CPU time is far less sensitive than wall time to other processes competing for the machine.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\n__qh_cpu_us__ ${user + system}\n`);
});
