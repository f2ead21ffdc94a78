/**
 * `npm run bench`: the benches, one after the other. Not part of the test suite.
 * Arguments after `--` go to the benches:
 *   --only bundles|matching|reminders   run one bench (default: all three, in this order)
 *   --no-write                leave bench/results/ alone (both benches)
 *   bench/bundles.ts: --experiment, --runs N, --warmups N, --keep
 *   bench/matching.ts: --sizes 1000,10000,50000, --reps N, --baseline-calls N, --scan-page-limit N, --concurrency N
 *   bench/reminders.ts: --sizes 10000,50000, --reps N
 */
import { parseArgs } from 'node:util';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { only: { type: 'string' } }, strict: false });
const only = values.only;
if (only !== undefined && only !== 'bundles' && only !== 'matching' && only !== 'reminders') {
  throw new Error(`--only must be bundles, matching or reminders (got ${String(only)})`);
}

if (only === undefined || only === 'bundles') {
  const { runBundlesBench } = await import('./bundles.ts');
  await runBundlesBench(args);
}
if (only === undefined || only === 'matching') {
  // The service logs one line per matching call: quiet it before shared/logging is first loaded.
  process.env.LOG_LEVEL ??= 'warn';
  const { runMatchingBench } = await import('./matching.ts');
  await runMatchingBench(args);
}
if (only === undefined || only === 'reminders') {
  // The job logs one line per run: quiet.
  process.env.LOG_LEVEL ??= 'warn';
  const { runRemindersBench } = await import('./reminders.ts');
  await runRemindersBench(args);
}
