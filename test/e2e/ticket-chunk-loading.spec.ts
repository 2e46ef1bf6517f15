import type { Route } from '@playwright/test';
import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

const TICKET_CHUNK = /\/ticket-parts\.[\w-]+\.js$/;

test('says the form is loading while its code is on its way, then shows the form', async ({ page }) => {
  const widget = widgetLocators(page);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(TICKET_CHUNK, async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.goto('/ticket-chunk-loading');
  await expect(widget.launcher).toBeVisible();
  await page.evaluate(() => window.SupportWidget?.('open', 'form'));

  const waiting = widget.host.locator('.lazy-view');
  await expect(waiting.getByRole('status')).toHaveText(widget.t.partLoading);
  await expect(waiting).toBeFocused();
  release();
  await expect(widget.host.getByRole('heading', { name: widget.t.formTitle })).toBeFocused();
  await expect(waiting).toHaveCount(0);
});

test('says so with a retry when the form’s code could not be fetched, and shows the form after the retry', async ({ page, consoleLog }) => {
  consoleLog.allow(/Failed to load resource/, 'the test makes the first fetch of the ticket chunk fail');
  const widget = widgetLocators(page);
  // Offline for the chunk (the prefetch on the contact step and the load for the form) until the retry.
  let offline = true;
  await page.route(TICKET_CHUNK, (route: Route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/ticket-chunk-loading');
  await widget.launcher.click();
  await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
  await widget.host.locator('button.write-to-us').click();

  const alert = widget.host.locator('.lazy-view').getByRole('alert');
  await expect(alert).toContainText(widget.t.partError);
  offline = false;
  await alert.getByRole('button', { name: widget.t.retry }).click();
  await expect(widget.host.getByRole('heading', { name: widget.t.formTitle })).toBeFocused();
  expect(consoleLog.messages('warning').some((text) => text.includes('could not be loaded'))).toBe(true);
});

test('leads back to the contact step from the wait, in the panel’s language', async ({ page }) => {
  const widget = widgetLocators(page, 'sv');
  await page.route(TICKET_CHUNK, () => undefined);
  await page.goto('/ticket-chunk-loading');
  await expect(widget.launcher).toBeVisible();
  await page.evaluate(() => {
    window.SupportWidget?.('setLocale', 'sv');
    window.SupportWidget?.('open', 'form');
  });
  await expect(widget.host.locator('.lazy-view').getByRole('status')).toHaveText(widget.t.partLoading);
  await widget.back.click();
  await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
});
