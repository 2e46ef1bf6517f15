import type { Page } from '@playwright/test';
import { recordListeners } from './support/record-listeners';
import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

const WIDGET_ORIGIN = 'http://127.0.0.1:4317';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordListeners, WIDGET_ORIGIN);
});

async function expectNothingLeft(page: Page): Promise<void> {
  await expect(page.locator('[data-support-widget]')).toHaveCount(0);
  const left = await page.evaluate(() => ({
    markupChanged: document.documentElement.outerHTML !== window.listenerRecord.markupAtStart,
    listeners: window.listenerRecord.attached(),
    globals: window.listenerRecord.newGlobals(),
    api: typeof window.SupportWidget,
  }));
  expect(left).toEqual({ markupChanged: false, listeners: [], globals: [], api: 'undefined' });
}

test('removes every node, listener and global after a visitor used the panel', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/destroy');
  expect(await page.evaluate(() => window.listenerRecord.newGlobals())).toEqual(['SupportWidget']);

  await widget.launcher.click();
  await widget.search.pressSequentially('backup');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
  await widget.options.first().click();
  await expect(widget.articleBody).toBeVisible();
  // The recorder works: it sees the widget's own listeners (the launcher's, the panel's) while it runs.
  expect(await page.evaluate(() => window.listenerRecord.attached())).toEqual(expect.arrayContaining(['button click', 'div keydown']));

  await page.evaluate(() => window.SupportWidget?.('destroy'));
  await expectNothingLeft(page);
});

test('removes every global after the visitor reached the ticket form, whose code loads apart', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/destroy');
  await expect(widget.launcher).toBeVisible();
  await page.evaluate(() => window.SupportWidget?.('open', 'form'));
  await expect(widget.host.getByRole('heading', { name: widget.t.formTitle })).toBeFocused();
  await widget.host.locator('form.ticket-form [name="subject"]').fill('Mail bounces');

  await page.evaluate(() => window.SupportWidget?.('destroy'));
  await expectNothingLeft(page);
});

test('removes everything when destroyed before the panel ever loaded', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/destroy');
  await expect(widget.launcher).toBeVisible();
  await page.evaluate(() => window.SupportWidget?.('destroy'));
  await expectNothingLeft(page);
});

test('stays gone when the page calls a kept reference to the old API', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/destroy');
  await widget.launcher.click();
  await expect(widget.panel).toBeVisible();
  await page.evaluate(() => {
    const api = window.SupportWidget as ((method: string, ...args: unknown[]) => void) | undefined;
    api?.('destroy');
    api?.('open');
    api?.('search', 'backup');
  });
  await expectNothingLeft(page);
});
