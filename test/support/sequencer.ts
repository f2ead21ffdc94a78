/**
 * The order test files are handed to vitest's two workers: the longest files first, whatever their project, then the
 * rest in vitest's own order (project by project, so the projects without isolation keep reusing one worker).
 *
 * vitest's default orders by project name first, so a long file of a late project (the browser tests' axe check, the
 * IAM bundle scenario) could start when the other worker has little left to do, and run alone at the end.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the longest files took in a full run on two cores (no vitest cache, as in CI). Used when the cache holds
 * no duration for a file; a file listed here that no longer exists is simply not run.
 */
export const LONGEST_FILES: Readonly<Record<string, number>> = {
  'test/e2e/accessibility.test.ts': 101,
  'test/infra/bundles-iam.test.ts': 84,
  'test/integration/redirect-targets.test.ts': 56,
  'test/e2e/volunteer-signup.test.ts': 45,
  'test/integration/storage-faults.test.ts': 42,
  'test/e2e/roles-day.test.ts': 35,
  'test/integration/contract-fuzz.test.ts': 32,
  'test/integration/route-matrix.test.ts': 31,
};

/** Files at least this long (by the cache, else the list above) go first. */
const LONG_FILE_MS = 20_000;

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const expectedMs = (spec: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(spec)?.duration;
      if (cached !== undefined) return cached;
      const relative = spec.moduleId.slice(this.ctx.config.root.length).replace(/^\//, '');
      return (LONGEST_FILES[relative] ?? 0) * 1000;
    };
    const long = ordered.filter((spec) => expectedMs(spec) >= LONG_FILE_MS);
    long.sort((a, b) => expectedMs(b) - expectedMs(a));
    return [...long, ...ordered.filter((spec) => !long.includes(spec))];
  }
}
