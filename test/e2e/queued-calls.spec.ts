import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

declare global {
  interface Window {
    openedWith: unknown[];
  }
}

test('runs the calls a page queued before widget.js loaded', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/queued-calls');

  await expect(widget.panel).toBeVisible();
  await expect(widget.search).toHaveValue('invoice');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
  await expect.poll(() => widget.titles.allTextContents()).toEqual(expect.arrayContaining(['Pay an invoice', 'Download invoices and receipts']));
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'true');

  // The listener queued first heard the open; the stub has given way to the real API.
  expect(await page.evaluate(() => window.openedWith)).toEqual([{ view: 'search' }]);
  expect(await page.evaluate(() => window.SupportWidget && 'version' in window.SupportWidget && !('q' in window.SupportWidget))).toBe(true);
});
