/**
 * axe-core in the browser tests: the WCAG 2.1 A and AA rules (issue 12, "zero violations").
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per violated rule and node: rule id, impact, target selectors and the rule's help page. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
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
