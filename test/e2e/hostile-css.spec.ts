import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { pixelDifference } from './support/pixel-difference';
import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

// Tall enough that the panel clears the host page's (huge, unstyled) text behind its rounded corners.
test.use({ viewport: { width: 1280, height: 900 } });

/** Screenshots of the closed launcher, and of the open panel with suggestions for "invoice". */
async function shootWidget(page: Page, path: string): Promise<{ launcher: Buffer; panel: Buffer }> {
  const widget = widgetLocators(page);
  await page.goto(path);
  await expect(widget.launcher).toBeVisible();
  const launcher = await widget.launcher.screenshot({ animations: 'disabled' });

  // Opened through the API so that no pointer hovers (and scales) the launcher.
  await page.waitForFunction(() => window.SupportWidget && 'version' in window.SupportWidget);
  await page.evaluate(() => window.SupportWidget?.('open'));
  await expect(widget.search).toBeFocused();
  await widget.search.pressSequentially('invoice');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
  await expect(widget.options.first().locator('mark').first()).toBeVisible();
  const panel = await widget.panel.screenshot({ animations: 'disabled' });
  return { launcher, panel };
}

test('looks the same on a page whose CSS attacks every element as on a plain page', async ({ page }, testInfo) => {
  const plain = await shootWidget(page, '/hostile-css-baseline');
  const hostile = await shootWidget(page, '/hostile-css');
  for (const [name, body] of Object.entries({ 'plain-panel': plain.panel, 'hostile-panel': hostile.panel, 'plain-launcher': plain.launcher, 'hostile-launcher': hostile.launcher })) {
    // Written beside the test's results so a failure can be looked at.
    await writeFile(testInfo.outputPath(`${name}.png`), body);
  }

  // A handful of edge pixels (the search box's rounded focus shadow) now and then rasterise a shade
  // apart even on one page; any style that leaks in changes thousands.
  for (const [part, difference] of [
    ['launcher', await pixelDifference(page, plain.launcher, hostile.launcher)],
    ['panel', await pixelDifference(page, plain.panel, hostile.panel)],
  ] as const) {
    expect(difference.sizes[1], `${part} size`).toBe(difference.sizes[0]);
    expect(difference.differing, `${part} pixels that differ, of ${difference.total}, first at ${difference.firstAt}`).toBeLessThanOrEqual(difference.total / 1000);
  }
});

test('can tell two different panels apart', async ({ page }) => {
  // Guards the comparison above: an empty panel and one with suggestions differ by more than it forgives.
  const widget = widgetLocators(page);
  await page.goto('/hostile-css-baseline');
  await page.waitForFunction(() => window.SupportWidget && 'version' in window.SupportWidget);
  await page.evaluate(() => window.SupportWidget?.('open'));
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.popular);
  const popular = await widget.panel.screenshot({ animations: 'disabled' });
  await widget.search.pressSequentially('invoice');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
  const results = await widget.panel.screenshot({ animations: 'disabled' });

  const difference = await pixelDifference(page, popular, results);
  expect(difference.differing).toBeGreaterThan(difference.total / 1000);
});
