import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core's findings for the widget (its shadow tree included), one readable line each:
 * rule, what it means, and the elements concerned. An empty list means no violation.
 *
 * @example expect(await axeViolations(page)).toEqual([]);
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).include('[data-support-widget]');
  if (rules) builder = builder.withRules(rules);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
  );
}
