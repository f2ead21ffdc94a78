/**
 * The order test files are handed to vitest's two workers: the longest files first, whatever their project, then the
 * rest in vitest's own order (project by project, so the projects without isolation keep reusing one worker), and the
 * browser files at the end, the longest first.
 *
 * vitest's default orders by project name first, so a long file of a late project (the IAM bundle scenario) could
 * start when the other worker has little left to do, and run alone at the end.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the longest files took in a full run on two cores (no vitest cache, as in CI). Used when the cache holds
 * no duration for a file; a file listed here that no longer exists is simply not run.
 */
export const LONGEST_FILES: Readonly<Record<string, number>> = {
  'test/e2e/accessibility-ar.test.ts': 95,
  'test/e2e/accessibility-de.test.ts': 90,
  'test/infra/bundles-iam.test.ts': 120,
  'test/integration/storage-faults.test.ts': 82,
  'test/e2e/volunteer-signup.test.ts': 74,
  'test/e2e/roles-day.test.ts': 44,
  'test/integration/contract-fuzz.test.ts': 32,
  'test/integration/route-matrix.test.ts': 31,
  'test/integration/redirect-targets.test.ts': 25,
};

/** Files at least this long (by the cache, else the list above) go first. */
const LONG_FILE_MS = 20_000;

/** The browser tests' project: its files go last (see the class). */
const BROWSER_PROJECT = 'e2e';

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const expectedMs = (spec: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(spec)?.duration;
      if (cached !== undefined) return cached;
      const relative = spec.moduleId.slice(this.ctx.config.root.length).replace(/^\//, '');
      return (LONGEST_FILES[relative] ?? 0) * 1000;
    };
    const longestFirst = (specs: TestSpecification[]) => [...specs].sort((a, b) => expectedMs(b) - expectedMs(a));
    const browser = ordered.filter((spec) => spec.project.name === BROWSER_PROJECT);
    const others = ordered.filter((spec) => spec.project.name !== BROWSER_PROJECT);
    const long = longestFirst(others.filter((spec) => expectedMs(spec) >= LONG_FILE_MS));
    // The browser files last, the longest first: beside the other files Chromium competed with every engine start
    // and synth (630 s against 569 s at the end, one at a time). vitest.config.ts runs them one at a time: two at a
    // time slowed each other more than the idle second core gained (634 s against 611 s on one tree).
    return [...long, ...others.filter((spec) => !long.includes(spec)), ...longestFirst(browser)];
  }
}
