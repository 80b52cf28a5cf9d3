import fs from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What axe-core finds wrong on the page as it is now (WCAG 2.x A and AA and axe's best
 * practices), one line per rule: `impact rule-id: first element (n elements)`. Injected by
 * evaluation, which the app's Content-Security-Policy (no inline scripts) does not block.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes[0]?.target.join(' ')} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})`);
}
