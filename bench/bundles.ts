/**
 * Bundle bench: bundles every functions/<name>/handler.ts exactly as CDK does (bench/lib/cdk-bundling.ts),
 * records minified and gzip bytes and what dominates them (esbuild metafile), then times a cold
 * `node <bundle>` against `node <empty.mjs>` in fresh processes. Writes bench/results/bundles.json.
 *
 *   npm run bench                         # as deployed; writes bench/results/bundles.json
 *   npm run bench -- --experiment         # also @aws-sdk/* (and @aws-sdk/* + @smithy/*) external
 *   npm run bench -- --runs 30 --warmups 3
 *
 * See bench/README.md for what the numbers mean and their limits.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, version as esbuildVersion, type Metafile } from 'esbuild';
import { httpFunctionsDefine } from '../infra/constructs/bundling-options.ts';
import { LAMBDA_NODE_OPTIONS } from '../infra/constructs/exec-wrapper.ts';
import { httpFunctionNames } from '../shared/gateway/http-functions.ts';
import { CDK_BUNDLING, cdkEsbuildOptions } from './lib/cdk-bundling.ts';
import { checkTargets, FLOOR_SOURCE, MAX_BUNDLE_BYTES } from './lib/cold-import-targets.ts';
import { percentile, round, timeProcess } from './lib/process-timing.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const FUNCTIONS_DIR = join(PROJECT_ROOT, 'functions');
const RESULTS_FILE = join(PROJECT_ROOT, 'bench/results/bundles.json');
const PROBE = fileURLToPath(new URL('./lib/import-probe.mjs', import.meta.url));
const CPU_REPORTER = new URL('./lib/cpu-reporter.mjs', import.meta.url).href;
/** One import takes well under a second; on a machine at load 30+ one was seen to take over 10 s. */
const TIMEOUT_MS = 60_000;
/** As the stack does, the HTTP functions' bundles get their names written in (httpFunctionsDefine). */
const HTTP_FUNCTIONS = httpFunctionNames(FUNCTIONS_DIR);

interface Variant {
  id: string;
  label: string;
  externalModules: readonly string[];
  /** NODE_OPTIONS of the timed children. */
  nodeOptions: string;
  /** Time the bundles of that variant instead of building new ones. */
  bundlesOf?: string;
}

/** What CDK deploys today. */
const DEPLOYED: Variant = {
  id: 'deployed',
  label: 'as deployed (SDK bundled, no source maps)',
  externalModules: CDK_BUNDLING.externalModules,
  nodeOptions: '',
};
/** Experiments (--experiment): the Lambda Node 24 runtime ships SDK v3; CDK's defaults would leave it out. */
const EXPERIMENTS: Variant[] = [
  {
    id: 'ext-aws-sdk',
    label: "experiment: external '@aws-sdk/*' (CDK's default), SDK loaded from node_modules",
    externalModules: ['@aws-sdk/*'],
    nodeOptions: '',
  },
  {
    id: 'ext-aws-sdk-smithy',
    label: "experiment: external '@aws-sdk/*' + '@smithy/*' (CDK's default under its smithy feature flag)",
    externalModules: ['@aws-sdk/*', '@smithy/*'],
    nodeOptions: '',
  },
];

/**
 * Environment of every timed child: only what the handlers need at import (shared/config/env.ts)
 * plus NODE_OPTIONS as the functions get it in AWS. Nothing inherited (no loaders, no proxies).
 */
function childEnv(nodeOptions: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_OPTIONS: nodeOptions,
    AWS_REGION: 'eu-central-1',
    TABLE_NAME: 'bench-table',
    USER_POOL_ID: 'eu-central-1_Bench0000',
    USER_POOL_CLIENT_ID: 'bench-client-id',
    // The mail senders (inactive-accounts, notifications) refuse to start without their sender.
    MAIL_FROM: 'Quartiershilfe <noreply@quartiershilfe.example.org>',
    MAIL_CONFIGURATION_SET: 'bench-configuration-set',
    // The notifier builds the links in its e-mails from it and refuses to start without it.
    PUBLIC_URL: 'https://bench.example.org',
  };
}

interface Sized {
  bytes: number;
  gzip_bytes: number;
  /** index.mjs.map, which Node reads and parses at import under --enable-source-maps. */
  sourcemap_bytes: number;
  top_inputs: { path: string; bytes: number }[];
  top_packages: { name: string; bytes: number }[];
}

interface Target {
  key: string;
  file: string;
  env: NodeJS.ProcessEnv;
  /** Node's options: a bundle gets what its exec wrapper gives it in Lambda; the empty process none. */
  options: readonly string[];
  wall: number[];
  cpu: number[];
}

interface ImportStats {
  p50_ms: number;
  p90_ms: number;
  ratio_to_baseline: number;
  /** Median user+system CPU of the child: robust against a busy machine, unlike wall time. */
  cpu_p50_ms: number;
  cpu_ratio_to_baseline: number;
}

/** A bundle to time: run as Lambda runs it, with the exec wrapper's options (infra/constructs/exec-wrapper.ts). */
function bundleTarget(key: string, file: string, variant: Variant): Target {
  return { key, file, env: childEnv(variant.nodeOptions), options: LAMBDA_NODE_OPTIONS, wall: [], cpu: [] };
}

/** functions/<name>/handler.ts, sorted by name. */
function discoverFunctions(): { name: string; entry: string }[] {
  return readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
    .filter((dirent) => dirent.isDirectory() && existsSync(join(FUNCTIONS_DIR, dirent.name, 'handler.ts')))
    .map((dirent) => ({ name: dirent.name, entry: join(FUNCTIONS_DIR, dirent.name, 'handler.ts') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `node_modules/@smithy/core/dist-es/x.js` → `@smithy/core`; own code → `functions/<name>` or `shared/<area>`. */
function packageOf(inputPath: string): string {
  const at = inputPath.lastIndexOf('node_modules/');
  if (at === -1) return inputPath.split('/').slice(0, 2).join('/');
  const parts = inputPath.slice(at + 'node_modules/'.length).split('/');
  return (parts[0] ?? '').startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? inputPath);
}

function analyse(file: string, metafile: Metafile): Sized {
  const code = readFileSync(file);
  const outputs = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.mjs'));
  if (outputs.length !== 1) throw new Error(`expected one .mjs output, got ${outputs.map(([p]) => p).join(', ')}`);
  const inputs = Object.entries((outputs[0] as [string, Metafile['outputs'][string]])[1].inputs)
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const byPackage = new Map<string, number>();
  for (const input of inputs)
    byPackage.set(packageOf(input.path), (byPackage.get(packageOf(input.path)) ?? 0) + input.bytes);
  return {
    bytes: code.length,
    gzip_bytes: gzipSync(code, { level: 9 }).length,
    sourcemap_bytes: existsSync(`${file}.map`) ? statSync(`${file}.map`).size : 0,
    top_inputs: inputs.slice(0, 10),
    top_packages: [...byPackage]
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 10),
  };
}

/** One import of the bundle with network calls trapped; throws unless it is clean. */
function probe(file: string, what: string): string[] {
  const out = execFileSync(process.execPath, [PROBE, file], {
    env: childEnv(''),
    encoding: 'utf8',
    timeout: 15_000,
  });
  const report = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
    handlerIsFunction: boolean;
    attempts: { call: string; target: string }[];
    error?: string;
    activeResources: string[];
  };
  if (report.error) throw new Error(`${what}: import failed: ${report.error}`);
  if (!report.handlerIsFunction) throw new Error(`${what}: no exported function \`handler\``);
  if (report.attempts.length > 0) {
    throw new Error(
      `${what}: network calls at import: ${report.attempts.map((a) => `${a.call} ${a.target}`).join(', ')}`,
    );
  }
  // Stdio pipes appear once anything loads the `process` built-in as a module; they hold nothing open.
  return report.activeResources.filter((resource) => resource !== 'PipeWrap' && resource !== 'TTYWrap');
}

/** `…/node_modules/zod/v4/core/schemas.js` → `zod/v4/core/schemas.js`; own code as it is. */
function shortInput(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  return at === -1 ? path : path.slice(at + 'node_modules/'.length);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pad = (text: string | number, width: number) => String(text).padStart(width);

export async function runBundlesBench(argv: string[] = []): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '15' },
      warmups: { type: 'string', default: '2' },
      experiment: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      // Comma-separated function names (e.g. `--functions needs,accounts`) for a quicker A/B; never written.
      functions: { type: 'string' },
    },
    strict: false,
  });
  const runs = Number(values.runs);
  const warmups = Number(values.warmups);
  if (!Number.isInteger(runs) || runs < 3 || !Number.isInteger(warmups) || warmups < 0) {
    throw new Error('--runs must be an integer ≥ 3 and --warmups ≥ 0');
  }

  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 24) {
    throw new Error(
      `bench must run on the pinned Node 24 (got ${process.version} at ${process.execPath}); use npm run bench`,
    );
  }

  const started = Date.now();
  const variants = values.experiment ? [DEPLOYED, ...EXPERIMENTS] : [DEPLOYED];
  const only = typeof values.functions === 'string' ? values.functions.split(',') : undefined;
  const functions = discoverFunctions().filter((fn) => !only || only.includes(fn.name));
  if (only && !values['no-write']) throw new Error('--functions measures a subset: use it with --no-write');
  // Outside the repository: a bundle that still needs something from node_modules fails to import.
  // Variants with externals get a node_modules link, as the Lambda runtime provides its SDK copy.
  const work = mkdtempSync(join(tmpdir(), 'qh-bench-bundles-'));
  try {
    const baselineFile = join(work, 'baseline', 'empty.mjs');
    mkdirSync(join(work, 'baseline'));
    writeFileSync(baselineFile, '');
    // What every bundle pays before our code runs (cold-import-targets.ts), with the bundles' Node options.
    const floorFile = join(work, 'baseline', 'floor.mjs');
    writeFileSync(floorFile, FLOOR_SOURCE);

    // 1. Bundle and size.
    const sized = new Map<string, Sized>();
    const targets: Target[] = [
      { key: 'baseline', file: baselineFile, env: childEnv(''), options: [], wall: [], cpu: [] },
      { key: 'floor', file: floorFile, env: childEnv(''), options: LAMBDA_NODE_OPTIONS, wall: [], cpu: [] },
    ];
    const bundleTargets = () => targets.slice(2);
    for (const variant of variants) {
      if (variant.bundlesOf) {
        for (const fn of functions) {
          const key = `${variant.id}/${fn.name}`;
          sized.set(key, sized.get(`${variant.bundlesOf}/${fn.name}`) as Sized);
          const file = join(work, variant.bundlesOf, fn.name, 'index.mjs');
          targets.push(bundleTarget(key, file, variant));
        }
        continue;
      }
      if (variant.externalModules.length > 0) {
        mkdirSync(join(work, variant.id), { recursive: true });
        symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(work, variant.id, 'node_modules'), 'dir');
      }
      await Promise.all(
        functions.map(async (fn) => {
          const outdir = join(work, variant.id, fn.name);
          const result = await build(
            cdkEsbuildOptions({
              projectRoot: PROJECT_ROOT,
              entry: fn.entry,
              outdir,
              externalModules: variant.externalModules,
              define: HTTP_FUNCTIONS.includes(fn.name) ? httpFunctionsDefine(HTTP_FUNCTIONS) : undefined,
            }),
          );
          const file = join(outdir, 'index.mjs');
          sized.set(`${variant.id}/${fn.name}`, analyse(file, result.metafile));
        }),
      );
      for (const fn of functions) {
        const file = join(work, variant.id, fn.name, 'index.mjs');
        targets.push(bundleTarget(`${variant.id}/${fn.name}`, file, variant));
      }
    }

    // 2. Each bundle imports cleanly: handler exported, no network call, nothing left running.
    const lingering: Record<string, string[]> = {};
    const probed = new Set<string>();
    for (const target of bundleTargets()) {
      if (probed.has(target.file)) continue;
      probed.add(target.file);
      const active = probe(target.file, target.key);
      if (active.length > 0) lingering[target.key] = active;
    }

    // 3. Cold imports, round-robin so drift of the machine spreads over all targets alike.
    const loadStart = loadavg()[0] as number;
    const nodeArgs = (target: Target) => [...target.options, '--import', CPU_REPORTER, target.file];
    for (let i = 0; i < warmups; i++) {
      for (const target of targets) await timeProcess(process.execPath, nodeArgs(target), target.env, TIMEOUT_MS);
    }
    for (let round_ = 0; round_ < runs; round_++) {
      const order = targets.map((_, i) => targets[(i + round_) % targets.length] as Target);
      for (const target of order) {
        const timing = await timeProcess(process.execPath, nodeArgs(target), target.env, TIMEOUT_MS);
        target.wall.push(timing.wallMs);
        target.cpu.push(timing.cpuMs);
      }
    }
    const loadEnd = loadavg()[0] as number;
    const base = targets[0] as Target;
    const baseWall50 = percentile(base.wall, 50);
    const baseCpu50 = percentile(base.cpu, 50);
    const baseline = {
      p50_ms: round(baseWall50),
      p90_ms: round(percentile(base.wall, 90)),
      cpu_p50_ms: round(baseCpu50),
    };
    const floorCpu50 = percentile((targets[1] as Target).cpu, 50);
    const floor = { cpu_p50_ms: round(floorCpu50), cpu_ratio_to_baseline: round(floorCpu50 / baseCpu50, 2) };
    const importStats = new Map<string, ImportStats>();
    for (const target of bundleTargets()) {
      const wall50 = percentile(target.wall, 50);
      const cpu50 = percentile(target.cpu, 50);
      importStats.set(target.key, {
        p50_ms: round(wall50),
        p90_ms: round(percentile(target.wall, 90)),
        ratio_to_baseline: round(wall50 / baseWall50, 2),
        cpu_p50_ms: round(cpu50),
        cpu_ratio_to_baseline: round(cpu50 / baseCpu50, 2),
      });
    }

    // 4. Report.
    const deployedRows = functions.map((fn) => {
      const size = sized.get(`deployed/${fn.name}`) as Sized;
      return { name: fn.name, ...size, import: importStats.get(`deployed/${fn.name}`) as ImportStats };
    });
    // Issue 13's targets, judged on this run's figures (bench/lib/cold-import-targets.ts).
    const targetChecks = deployedRows
      .filter((row) => HTTP_FUNCTIONS.includes(row.name))
      .map((row) => checkTargets(row.name, row.bytes, row.import.cpu_ratio_to_baseline, floor.cpu_ratio_to_baseline));
    const result = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model.trim() ?? 'unknown',
        // Other work on the machine inflates wall times (not bytes, hardly CPU time).
        load_avg_1m: { start: round(loadStart, 2), end: round(loadEnd, 2) },
      },
      method: {
        esbuild: esbuildVersion,
        bundling: 'infra/constructs/bundling-options.ts (the object the CDK stack uses)',
        external_modules: DEPLOYED.externalModules,
        bytes: 'index.mjs as written by esbuild (banner and sourceMappingURL comment included, .map excluded)',
        gzip: 'zlib gzip level 9 of index.mjs',
        top_inputs:
          "esbuild metafile outputs['index.mjs'].inputs[].bytesInOutput (minified bytes each input contributes)",
        import: `wall ms from spawn to exit of \`node ${LAMBDA_NODE_OPTIONS.join(' ')} --import cpu-reporter.mjs <bundle>\` (the options the exec wrapper gives every function in Lambda, infra/constructs/exec-wrapper.ts; no NODE_OPTIONS), ${runs} runs after ${warmups} warm-up(s), round-robin over all targets; baseline: \`node --import cpu-reporter.mjs <empty .mjs>\`, without the options; cpu = user+system of the child (process.cpuUsage at exit)`,
        lingering_handles: lingering,
      },
      baseline,
      floor: { ...floor, source: FLOOR_SOURCE },
      functions: deployedRows,
      issue13_targets: targetChecks,
    };
    if (!values['no-write']) {
      mkdirSync(dirname(RESULTS_FILE), { recursive: true });
      writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
    }

    console.log(
      `\nBundles (${process.version}, ${result.machine.cpus}× ${result.machine.model}, esbuild ${esbuildVersion}; ` +
        `${runs} runs after ${warmups} warm-ups; load avg 1m ${result.machine.load_avg_1m.start} → ${result.machine.load_avg_1m.end})`,
    );
    if (Math.max(loadStart, loadEnd) > cpus().length / 2) {
      console.log('NOTE: the machine was busy: wall times are inflated and noisy; compare bytes and CPU ratios.');
    }
    console.log(
      `baseline: node <empty.mjs>  wall p50 ${baseline.p50_ms} ms, p90 ${baseline.p90_ms} ms; cpu p50 ${baseline.cpu_p50_ms} ms`,
    );
    console.log(
      `floor:    node <floor.mjs>  cpu p50 ${floor.cpu_p50_ms} ms, ×${floor.cpu_ratio_to_baseline} (built-ins, Response, Intl: cold-import-targets.ts)\n`,
    );
    for (const variant of variants) {
      console.log(variant.label);
      console.log(
        `${'function'.padEnd(26)}${pad('bytes', 10)}${pad('gzip', 10)}${pad('wall p50', 10)}${pad('p90', 8)}${pad('×base', 7)}` +
          `${pad('cpu p50', 9)}${pad('×base', 7)}  largest packages (minified bytes in bundle)`,
      );
      for (const fn of functions) {
        const key = `${variant.id}/${fn.name}`;
        const size = sized.get(key) as Sized;
        const time = importStats.get(key) as ImportStats;
        const largest = size.top_packages
          .slice(0, 4)
          .map((p) => `${p.name} ${kb(p.bytes)}`)
          .join(', ');
        console.log(
          `${fn.name.padEnd(26)}${pad(size.bytes.toLocaleString('en'), 10)}${pad(size.gzip_bytes.toLocaleString('en'), 10)}` +
            `${pad(time.p50_ms, 10)}${pad(time.p90_ms, 8)}${pad(time.ratio_to_baseline, 7)}` +
            `${pad(time.cpu_p50_ms, 9)}${pad(time.cpu_ratio_to_baseline, 7)}  ${largest}`,
        );
      }
      console.log('\nlargest inputs (minified bytes in bundle; all ten per function in bundles.json top_inputs)');
      for (const fn of functions) {
        const size = sized.get(`${variant.id}/${fn.name}`) as Sized;
        const inputs = size.top_inputs.slice(0, 5).map((input) => `${shortInput(input.path)} ${kb(input.bytes)}`);
        console.log(`${fn.name.padEnd(26)}${inputs.join(', ')}`);
      }
      console.log('');
    }
    if (targetChecks.length > 0) {
      const mark = (met: boolean) => (met ? 'met' : 'MISSED');
      console.log(
        `issue 13 targets (HTTP functions): bytes ≤ ${MAX_BUNDLE_BYTES.toLocaleString('en')}; ` +
          'CPU ratio ≤ 1 + 60 % of the excess committed when the issue was filed',
      );
      for (const check of targetChecks) {
        console.log(
          `${check.name.padEnd(26)}${pad(check.bytes.toLocaleString('en'), 10)} ${mark(check.bytesMet).padEnd(7)}` +
            `cpu ×${check.cpuRatio} ≤ ×${check.cpuRatioTarget} ${mark(check.cpuMet).padEnd(7)}` +
            `above the floor: ≤ ×${check.flooredCpuRatioTarget} ${mark(check.flooredCpuMet ?? false)}`,
        );
      }
      const met = targetChecks.filter((check) => check.bytesMet && check.cpuMet).length;
      const flooredMet = targetChecks.filter((check) => check.bytesMet && check.flooredCpuMet).length;
      console.log(`${met} of ${targetChecks.length} HTTP functions meet both`);
      console.log(
        `${flooredMet} of ${targetChecks.length} would with 60 % kept of the filed excess above the floor instead ` +
          "(not the issue's measure: for its owner's decision)\n",
      );
    }
    if (Object.keys(lingering).length > 0)
      console.log(`handles still open 300 ms after import: ${JSON.stringify(lingering)}`);
    if (!values['no-write']) console.log(`wrote ${RESULTS_FILE}`);
    console.log(`bundles bench: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (values.keep) console.log(`kept bundles in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runBundlesBench(process.argv.slice(2));
}
