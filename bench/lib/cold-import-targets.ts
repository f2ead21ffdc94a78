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
  privacy: 'volunteers',
  'quarter-data': 'needs',
  staff: 'admin',
};

/** 450 KB, read strictly as 450,000 bytes. */
export const MAX_BUNDLE_BYTES = 450_000;

/** The share of the filed excess a function may keep. */
const KEPT_EXCESS = 0.6;

/**
 * The highest CPU ratio (import CPU ÷ an empty process's) the function may have.
 * @throws Error when the function has neither a filed figure nor an origin in SPLIT_FROM.
 */
export function cpuRatioTarget(functionName: string): number {
  const origin = SPLIT_FROM[functionName] ?? functionName;
  const filed = FILED_CPU_RATIO[origin];
  if (filed === undefined) {
    throw new Error(`${functionName}: no filed CPU figure; name the function it was split from in SPLIT_FROM`);
  }
  return Math.round((1 + KEPT_EXCESS * (filed - 1)) * 100) / 100;
}

export interface TargetCheck {
  name: string;
  bytes: number;
  bytesMet: boolean;
  cpuRatio: number;
  cpuRatioTarget: number;
  cpuMet: boolean;
}

/** Judges one HTTP function's measured bytes and CPU ratio against issue 13's targets. */
export function checkTargets(name: string, bytes: number, cpuRatio: number): TargetCheck {
  const target = cpuRatioTarget(name);
  return {
    name,
    bytes,
    bytesMet: bytes <= MAX_BUNDLE_BYTES,
    cpuRatio,
    cpuRatioTarget: target,
    cpuMet: cpuRatio <= target,
  };
}
