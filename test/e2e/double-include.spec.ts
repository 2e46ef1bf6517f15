import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

test('works once, with one launcher and one warning, when widget.js is included twice', async ({ page, consoleLog }) => {
  const widget = widgetLocators(page);
  await page.goto('/double-include');
  await expect(widget.launcher).toBeVisible();
  // Both copies have run once the warning is out.
  await expect.poll(() => consoleLog.messages('warning')).toEqual([expect.stringContaining('included more than once')]);

  await expect(widget.host).toHaveCount(1);
  await expect(widget.launcher).toHaveCount(1);
  await widget.launcher.click();
  await expect(widget.panel).toHaveCount(1);
  await widget.search.pressSequentially('invoice');
  await expect(widget.titles).toContainText(['Pay an invoice']);
  await widget.closeButton.click();
  await expect(widget.panel).toBeHidden();
  expect(await page.evaluate(() => typeof window.SupportWidget)).toBe('function');
  expect(consoleLog.messages('warning')).toHaveLength(1);
});
