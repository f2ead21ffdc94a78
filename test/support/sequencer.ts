/**
 * The order test files are handed to vitest's two workers: the longest files first, whatever their project, then the
 * rest in vitest's own order (project by project, so the projects without isolation keep reusing one worker), with the
 * browser files spread through it, the longest first.
 *
 * vitest's default orders by project name first, so a long file of a late project (the IAM bundle scenario) could
 * start when the other worker has little left to do, and run alone at the end. Browser files at the end, one at a
 * time, left the second worker idle for their three minutes; two side by side slowed each other (634 s against 611 s
 * on one tree). Spread out, each runs beside other files: between two browser files come at least as many expected
 * seconds of other files as the first browser file takes, so the other worker is busy with them meanwhile.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the longest files took in a full run on two cores (no vitest cache, as in CI). Used when the cache holds
 * no duration for a file; a file listed here that no longer exists is simply not run.
 */
export const LONGEST_FILES: Readonly<Record<string, number>> = {
  'test/e2e/accessibility-ar.test.ts': 55,
  'test/e2e/accessibility-de.test.ts': 50,
  'test/infra/bundles-iam.test.ts': 75,
  'test/integration/storage-faults.test.ts': 68,
  'test/e2e/volunteer-signup.test.ts': 45,
  'test/e2e/roles-day.test.ts': 32,
  'test/integration/contract-fuzz.test.ts': 20,
  'test/integration/route-matrix.test.ts': 23,
  'test/integration/imports.test.ts': 25,
  'test/integration/cover.test.ts': 24,
  'test/integration/demo-history.test.ts': 24,
  'test/integration/invitations-closed.test.ts': 23,
};

/**
 * Seconds assumed for a file neither the cache nor the list knows, by project: an integration file took 12 s on
 * average in a full run (55 files, 676 s), a unit file well under one.
 */
const TYPICAL_FILE_SECONDS: Readonly<Record<string, number>> = { integration: 10, infra: 5, e2e: 10, unit: 0.1 };

/** Files at least this long (by the cache, else the list above) go first. */
const LONG_FILE_MS = 20_000;

/** The browser tests' project: its files are spread through the others (see the class). */
const BROWSER_PROJECT = 'e2e';

/**
 * `others` in order with `browser` spread through them: the first browser file first, each next one once the other
 * files queued since the previous one are expected to take at least as long as it.
 */
export function spreadBrowserFiles<T>(
  others: readonly T[],
  browser: readonly T[],
  expectedMs: (spec: T) => number,
): T[] {
  const waiting = [...browser];
  const order: T[] = [];
  let due = 0;
  const nextBrowser = () => {
    const spec = waiting.shift();
    if (spec === undefined) return;
    order.push(spec);
    due = expectedMs(spec);
  };
  nextBrowser();
  for (const spec of others) {
    order.push(spec);
    due -= expectedMs(spec);
    if (due <= 0) nextBrowser();
  }
  return [...order, ...waiting];
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const expectedMs = (spec: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(spec)?.duration;
      if (cached !== undefined) return cached;
      const relative = spec.moduleId.slice(this.ctx.config.root.length).replace(/^\//, '');
      return (LONGEST_FILES[relative] ?? TYPICAL_FILE_SECONDS[spec.project.name] ?? 1) * 1000;
    };
    const longestFirst = (specs: TestSpecification[]) => [...specs].sort((a, b) => expectedMs(b) - expectedMs(a));
    const browser = ordered.filter((spec) => spec.project.name === BROWSER_PROJECT);
    const others = ordered.filter((spec) => spec.project.name !== BROWSER_PROJECT);
    const long = longestFirst(others.filter((spec) => expectedMs(spec) >= LONG_FILE_MS));
    const rest = [...long, ...others.filter((spec) => !long.includes(spec))];
    return spreadBrowserFiles(rest, longestFirst(browser), expectedMs);
  }
}
