/**
 * Reminders bench: writes the scheduled reminders of 10,000 and 50,000 commitments (one-off and
 * weekly, spread over the eight weeks ahead; due items as accepting writes them, from the real
 * planner) into DynamoDB Local (in memory, a fresh engine per size), puts the notice job's cursor
 * at the start of one 15-minute window and runs the real job (NoticeScheduleJob) for it. Records
 * the items it read (every read at the document client), the reminders due in the window (counted
 * from the data, not by the job), their ratio (the limit is 1), and the job's time against a
 * baseline in the same process: a Scan of the whole table filtered to the same window, what a job
 * without the schedule index would do.
 * Writes bench/results/reminders.json and bench/results/reminders.md.
 *
 *   npm run bench -- --only reminders
 *   npm run bench -- --only reminders --sizes 10000 --reps 3 --no-write
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PutCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
import { ensureTable, localConfig } from '../infra/local/bootstrap.ts';
import type { EngineHandle } from '../infra/local/engines/child.ts';
import { startDynamoDbLocal } from '../infra/local/engines/dynamodb.ts';
import { freePort } from '../infra/local/ports.ts';
import { ProcessRegistry, reapStaleProcesses } from '../infra/local/process-registry.ts';
import { batchWrite, putRequest, type WriteRequest } from '../shared/db/batch-write.ts';
import { createDocumentClient } from '../shared/db/client.ts';
import type { Schedule } from '../shared/matching/occurrences.ts';
import { dueItem } from '../shared/notifications/due-notice.ts';
import { remindersToPut } from '../shared/notifications/due-planner.ts';
import { NoticeScheduleJob } from '../shared/notifications/notice-schedule-job.ts';
import { CURSOR_KEY, NoticeScheduleRepository } from '../shared/notifications/notice-schedule-repository.ts';
import { addDays, weekdayOf } from '../shared/time/calendar.ts';
import { Prng } from './lib/prng.ts';
import { percentile, round } from './lib/process-timing.ts';
import { ReadMeter } from './lib/read-meter.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_JSON = join(PROJECT_ROOT, 'bench/results/reminders.json');
const RESULTS_MD = join(PROJECT_ROOT, 'bench/results/reminders.md');
const PID_DIR = join(tmpdir(), 'quartiershilfe-bench', 'pids');
const SEED = 9;
/** Accepting happened now; the window is two days on. */
const NOW = new Date('2026-11-02T09:00:00Z');
const TODAY = '2026-11-02';
/** (13:50Z, 14:05Z] two days on: the reminders of the dates starting at 15:00 (CET) on the 5th. */
const WINDOW_FROM = new Date('2026-11-04T13:50:00Z');
const WINDOW_TO = new Date('2026-11-04T14:05:00Z');
const WEEKS_AHEAD = 8;

/** Commitment `i`: a quarter of them weekly (up to eight dates), the rest one-off; starts 08:00–19:30 on the half hour. */
function commitment(i: number): { needId: string; volunteerId: string; schedule: Schedule } {
  const random = Prng.forItem(SEED, i);
  const minutes = 8 * 60 + 30 * Math.floor(random.next() * 24);
  const start = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const end = `${String(Math.floor(minutes / 60) + 2).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const first = addDays(TODAY, 1 + Math.floor(random.next() * 7 * WEEKS_AHEAD));
  const schedule: Schedule =
    random.next() < 0.25
      ? {
          kind: 'weekly',
          weekday: weekdayOf(first),
          start,
          end,
          firstDate: first,
          lastDate: addDays(first, 7 * Math.floor(random.next() * WEEKS_AHEAD)),
        }
      : { kind: 'once', date: first, start, end };
  return { needId: `need-${Math.floor(i / 4)}`, volunteerId: `vol-${i}`, schedule };
}

function* dueWrites(size: number, counts: { items: number; dueInWindow: number }): Generator<WriteRequest> {
  const from = WINDOW_FROM.toISOString();
  const to = WINDOW_TO.toISOString();
  for (let i = 0; i < size; i++) {
    for (const due of remindersToPut(commitment(i), NOW)) {
      counts.items++;
      if (due.dueAt > from && due.dueAt <= to) counts.dueInWindow++;
      yield putRequest(dueItem(due));
    }
  }
}

interface SizeResult {
  commitments: number;
  due_items_stored: number;
  reminders_due: number;
  items_read: number;
  cursor_reads: number;
  items_read_per_reminder_due: number;
  fired_first_run: number;
  job_ms_p50: number;
  baseline_items_read: number;
  baseline_found: number;
  baseline_ms_p50: number;
  job_to_baseline: number;
  seed_seconds: number;
}

async function benchSize(endpoint: string, size: number, reps: number): Promise<SizeResult> {
  const tableName = `bench-reminders-${size}`;
  await ensureTable(endpoint, tableName);
  const config = localConfig({
    tableName,
    dynamoEndpoint: endpoint,
    cognitoEndpoint: 'http://127.0.0.1:9',
    userPoolId: 'eu-central-1_bench',
    clientId: 'bench',
  });
  const seedDb = createDocumentClient(config);
  const seeded = performance.now();
  const counts = { items: 0, dueInWindow: 0 };
  await batchWrite(seedDb, tableName, dueWrites(size, counts), { concurrency: 8 });
  const seedSeconds = round((performance.now() - seeded) / 1000, 1);
  console.log(
    `  ${size}: ${counts.items} due items written in ${seedSeconds} s; ${counts.dueInWindow} due in the window`,
  );

  const db = createDocumentClient(config);
  const meter = new ReadMeter(db);
  const job = new NoticeScheduleJob(new NoticeScheduleRepository(db, tableName));
  const jobTimes: number[] = [];
  const baselineTimes: number[] = [];
  let first: { itemsRead: number; cursorReads: number; fired: number } | undefined;
  let baseline = { itemsRead: 0, found: 0 };
  for (let rep = 0; rep < reps; rep++) {
    // Interleaved: the job (cursor back at the window's start; later reps find the notices fired), then the baseline.
    await seedDb.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...CURSOR_KEY, type: 'JobCursor', at: WINDOW_FROM.toISOString() },
      }),
    );
    const { result: run, reads, ms } = await meter.measure(() => job.run(WINDOW_TO));
    jobTimes.push(ms);
    if (rep === 0) first = { itemsRead: run.itemsRead, cursorReads: reads.itemsRead - run.itemsRead, fired: run.fired };
    const scanned = performance.now();
    baseline = await scanBaseline(seedDb, tableName);
    baselineTimes.push(performance.now() - scanned);
  }
  if (!first) throw new Error('no run');
  const jobP50 = percentile(jobTimes, 50);
  const baselineP50 = percentile(baselineTimes, 50);
  return {
    commitments: size,
    due_items_stored: counts.items,
    reminders_due: counts.dueInWindow,
    items_read: first.itemsRead,
    cursor_reads: first.cursorReads,
    items_read_per_reminder_due: round(first.itemsRead / Math.max(1, counts.dueInWindow), 3),
    fired_first_run: first.fired,
    job_ms_p50: round(jobP50, 1),
    baseline_items_read: baseline.itemsRead,
    baseline_found: baseline.found,
    baseline_ms_p50: round(baselineP50, 1),
    job_to_baseline: round(jobP50 / baselineP50, 4),
    seed_seconds: seedSeconds,
  };
}

/** A job without the schedule index: Scan everything, keep the due items of the window. */
async function scanBaseline(db: ReturnType<typeof createDocumentClient>, tableName: string) {
  let itemsRead = 0;
  let found = 0;
  const pages = paginateScan(
    { client: db },
    {
      TableName: tableName,
      FilterExpression: '#type = :due AND dueAt > :from AND dueAt <= :to',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':due': 'DueNotice',
        ':from': WINDOW_FROM.toISOString(),
        ':to': WINDOW_TO.toISOString(),
      },
    },
  );
  for await (const page of pages) {
    itemsRead += page.ScannedCount ?? 0;
    found += page.Count ?? 0;
  }
  return { itemsRead, found };
}

function markdown(result: Record<string, unknown> & { sizes: SizeResult[] }): string {
  const rows = result.sizes.map(
    (s) =>
      `| ${s.commitments.toLocaleString('en')} | ${s.due_items_stored.toLocaleString('en')} | ${s.reminders_due} | ${s.items_read} (+${s.cursor_reads} cursor) | **${s.items_read_per_reminder_due}** | ${s.job_ms_p50} | ${s.baseline_items_read.toLocaleString('en')} | ${s.baseline_ms_p50} | ${s.job_to_baseline} |`,
  );
  return [
    '# Reminders bench',
    '',
    `Generated ${String(result.generatedAt)} by \`npm run bench -- --only reminders\` (${String(result.node)}, load ${JSON.stringify((result.machine as Record<string, unknown>).load_avg_1m)}).`,
    '',
    `One 15-minute window (${WINDOW_FROM.toISOString()} to ${WINDOW_TO.toISOString()}, two days after the commitments were made) of the notice job,`,
    'reading the schedule index (`DUE#<day>`, one key range per UTC day) from its cursor. Items read are what the',
    "Queries read (at the document client); the cursor's one GetItem is listed apart. Baseline: a Scan of the whole",
    'table filtered to the same window, in the same process; times are medians over the reps, wall ms.',
    '',
    '| commitments | due items stored | reminders due | items read | read ÷ due | job ms | baseline items read | baseline ms | job ÷ baseline |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}

export async function runRemindersBench(argv: string[] = []): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10000,50000' },
      reps: { type: 'string', default: '3' },
      'no-write': { type: 'boolean', default: false },
    },
    strict: false,
  });
  const sizes = String(values.sizes)
    .split(',')
    .map((s) => Number(s.trim()));
  const reps = Number(values.reps);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes: positive integers, comma-separated');
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps must be an integer ≥ 1');
  const loadStart = loadavg()[0] as number;
  for (const reaped of await reapStaleProcesses(PID_DIR))
    console.log(`Stopped ${reaped.kind} pid ${reaped.pid} left over by a killed bench`);
  const registry = new ProcessRegistry(PID_DIR);
  registry.installExitHooks();
  let engine: EngineHandle | undefined;
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      engine = await startDynamoDbLocal({ port: await freePort(), registry });
      console.log(`${size}: DynamoDB Local (in memory) pid ${engine.pid}`);
      results.push(await benchSize(engine.endpoint, size, reps));
      console.log(`  ${size}: ${JSON.stringify(results.at(-1))}`);
      await engine.stop();
      engine = undefined;
    }
  } finally {
    await engine?.stop();
    registry.dispose();
  }
  const result = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model.trim() ?? 'unknown',
      load_avg_1m: { start: round(loadStart, 2), end: round(loadavg()[0] as number, 2) },
    },
    method: {
      data: `${SEED} seeded; commitments accepted at ${NOW.toISOString()}: 1/4 weekly (up to ${WEEKS_AHEAD} dates), 3/4 one-off, first date within ${WEEKS_AHEAD} weeks, starts 08:00–19:30 Berlin on the half hour; due items from remindersToPut (shared/notifications/due-planner.ts), BatchWriteItem`,
      window: { from: WINDOW_FROM.toISOString(), to: WINDOW_TO.toISOString() },
      job: 'NoticeScheduleJob.run at the end of the window with the cursor at its start; the first rep fires the notices (conditional Puts), later reps find them fired',
      items_read: 'Query ScannedCount at the document client (ReadMeter), first rep; cursor_reads: its GetItem(s)',
      reminders_due: 'counted from the generated data, independently of the job',
      baseline:
        'Scan of the whole table, FilterExpression type = DueNotice AND dueAt in the window, items read = ScannedCount',
      reps,
    },
    sizes: results,
  };
  if (!values['no-write']) {
    mkdirSync(dirname(RESULTS_JSON), { recursive: true });
    writeFileSync(RESULTS_JSON, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(RESULTS_MD, markdown(result));
    console.log(`Wrote ${RESULTS_JSON} and ${RESULTS_MD}`);
  }
}
