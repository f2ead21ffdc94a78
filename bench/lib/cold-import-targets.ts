/**
 * Issue 13's targets for the HTTP functions' cold start, so that every bundle bench says whether
 * they hold. The issue asks each HTTP function's import-CPU excess over an empty Node process
 * (CPU ratio − 1) to be at most 60 % of the figure committed in bench/results/bundles.json when it
 * was filed (commit 5726b33: needs 3.77× → at most 2.66×), and each bundle to be at most 450 KB.
 */

/** CPU ratios to an empty process committed when issue 13 was filed (5726b33, bench/results/bundles.json). */
export const FILED_CPU_RATIO: Readonly<Record<string, number>> = {
  accounts: 3.64,
  admin: 3.85,
  catalog: 3.45,
  docs: 3.87,
  initiatives: 3.77,
  needs: 3.77,
  volunteers: 3.59,
};

/**
 * HTTP functions split off since: each is held to the figure of the function whose routes it
 * took. A new HTTP function must be named here (the bench refuses to judge it otherwise).
 */
export const SPLIT_FROM: Readonly<Record<string, string>> = {
  calendar: 'needs',
  dashboard: 'needs',
  manage: 'needs',
  privacy: 'volunteers',
  'quarter-data': 'needs',
  staff: 'admin',
};

/** 450 KB, read strictly as 450,000 bytes. */
export const MAX_BUNDLE_BYTES = 450_000;

/** The share of the filed excess a function may keep. */
const KEPT_EXCESS = 0.6;

/**
 * What every HTTP bundle pays at import before any code of ours runs: the Node built-ins they all import, Web
 * Request/Response (undici, which hono needs for every request) and the first Intl object (ICU: shared/time makes
 * its Berlin formatters at import). The bench times it as a file beside the empty one.
 */
export const FLOOR_SOURCE = [
  "import 'node:crypto';",
  "import 'node:fs';",
  "import 'node:https';",
  "import 'node:stream';",
  'void globalThis.Response;',
  "new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(0);",
  '',
].join('\n');

/** The CPU ratio committed when the issue was filed for the function or the one it was split from. */
function filedRatio(functionName: string): number {
  const origin = SPLIT_FROM[functionName] ?? functionName;
  const filed = FILED_CPU_RATIO[origin];
  if (filed === undefined) {
    throw new Error(`${functionName}: no filed CPU figure; name the function it was split from in SPLIT_FROM`);
  }
  return filed;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * The highest CPU ratio (import CPU ÷ an empty process's) the function may have.
 * @throws Error when the function has neither a filed figure nor an origin in SPLIT_FROM.
 */
export function cpuRatioTarget(functionName: string): number {
  return twoDecimals(1 + KEPT_EXCESS * (filedRatio(functionName) - 1));
}

/**
 * The same 60 % kept, but of the filed excess over the floor (FLOOR_SOURCE) instead of over an empty process: the
 * part our code adds. `floorRatio` is the floor's CPU ratio to the empty process in the same run. Not the issue's
 * measure: the bench shows it beside it, for the decision the closing notes ask of its owner.
 * @throws Error as cpuRatioTarget.
 */
export function flooredCpuRatioTarget(functionName: string, floorRatio: number): number {
  return twoDecimals(floorRatio + KEPT_EXCESS * (filedRatio(functionName) - floorRatio));
}

export interface TargetCheck {
  name: string;
  bytes: number;
  bytesMet: boolean;
  cpuRatio: number;
  cpuRatioTarget: number;
  cpuMet: boolean;
  /** flooredCpuRatioTarget at this run's floor, when the run timed the floor. */
  flooredCpuRatioTarget?: number;
  flooredCpuMet?: boolean;
}

/** Judges one HTTP function's measured bytes and CPU ratio against issue 13's targets (and the floored one, given the floor's ratio). */
export function checkTargets(name: string, bytes: number, cpuRatio: number, floorRatio?: number): TargetCheck {
  const target = cpuRatioTarget(name);
  const floored = floorRatio === undefined ? undefined : flooredCpuRatioTarget(name, floorRatio);
  return {
    name,
    bytes,
    bytesMet: bytes <= MAX_BUNDLE_BYTES,
    cpuRatio,
    cpuRatioTarget: target,
    cpuMet: cpuRatio <= target,
    ...(floored !== undefined && { flooredCpuRatioTarget: floored, flooredCpuMet: cpuRatio <= floored }),
  };
}
