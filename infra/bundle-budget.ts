/**
 * The committed byte budget of every function's bundle (infra/bundle-budget.json, index.mjs as
 * CDK builds it). test/infra/bundles-iam.test.ts checks CDK's own assets against it, so a
 * dependency or an import that makes a cold start heavier fails a test instead of going unseen;
 * `npm run bench -- --only bundles` then names the inputs that grew (top_inputs).
 */
import { readFileSync } from 'node:fs';

export interface BundleBudget {
  /** Allowed growth over the committed figure, as a fraction (0.1: 10 %). */
  tolerance: number;
  /** Bytes of each function's index.mjs when the budget was last set. */
  bytes: Record<string, number>;
}

export const BUNDLE_BUDGET_FILE = new URL('./bundle-budget.json', import.meta.url);

export function readBundleBudget(): BundleBudget {
  return JSON.parse(readFileSync(BUNDLE_BUDGET_FILE, 'utf8')) as BundleBudget;
}

/**
 * What is wrong with the bundles' sizes against the budget: a bundle more than `tolerance` over
 * its figure, a function without a figure, a figure for a function that no longer exists. Empty
 * when all is well.
 */
export function budgetProblems(sizes: Record<string, number>, budget: BundleBudget): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of Object.entries(sizes)) {
    const allowed = budget.bytes[name];
    if (allowed === undefined) {
      problems.push(`${name}: no budget in infra/bundle-budget.json (its bundle has ${bytes} bytes)`);
    } else if (bytes > allowed * (1 + budget.tolerance)) {
      const growth = ((bytes / allowed - 1) * 100).toFixed(1);
      problems.push(
        `${name}: ${bytes} bytes, ${growth} % over its budget of ${allowed} (at most ${budget.tolerance * 100} %): ` +
          'see top_inputs of `npm run bench -- --only bundles`; raise the figure only for growth you mean',
      );
    }
  }
  for (const name of Object.keys(budget.bytes)) {
    if (!(name in sizes)) problems.push(`${name}: in infra/bundle-budget.json but no such function`);
  }
  return problems;
}
