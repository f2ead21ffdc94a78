/**
 * axe-core in the browser tests: the WCAG 2.1 A and AA rules (issue 12, "zero violations").
 *
 * axe runs straight in the page rather than through @axe-core/playwright's AxeBuilder: the builder evaluates axe's
 * 580 KB source twice on every check, and the accessibility test checks each page twice (phone and desktop), so it
 * cost four evaluations a page where one does. Only violations are collected (`resultTypes`): axe still runs every
 * selected rule on every node, but skips building selectors and details for the passing nodes, which nobody reads.
 */
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const RUN_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };

/** axe-core's browser source, the very copy @axe-core/playwright is built against (not a dependency of our own). */
const AXE_SOURCE: string = createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core').source;

type AxeWindow = Window & { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

/** One line per violated rule and node: rule id, impact, target selectors and the rule's help page. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Once per document: a navigation starts a new one without axe.
  if (!(await page.evaluate(() => typeof (window as AxeWindow).axe?.run === 'function'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate((options) => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error('axe-core is not in the page');
    return axe.run(document, options);
  }, RUN_OPTIONS);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}) ${node.target.map(String).join(' > ')}: ${violation.help} ${violation.helpUrl}`,
    ),
  );
}

/** Fails with a readable list when axe finds a WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  if (violations.length > 0)
    throw new Error(`${label}: ${violations.length} axe violation(s)\n  ${violations.join('\n  ')}`);
}
