import type { Page } from '@playwright/test';

/** The search box inside the widget's open shadow root (Playwright's CSS engine pierces it). */
export const SEARCH_INPUT = '[data-support-widget] input[role="combobox"]';

/**
 * Loads the host page, opens the widget through its public API and waits until a search can run:
 * the search box is there and the articles have loaded (the popular list is shown).
 *
 * @example await openWidget(page, 'http://127.0.0.1:4318/');
 */
export async function openWidget(page: Page, hostUrl: string): Promise<void> {
  await page.goto(hostUrl);
  await page.waitForFunction('window.SupportWidget && "version" in window.SupportWidget');
  await page.evaluate('window.SupportWidget.open()');
  await page.locator(SEARCH_INPUT).waitFor();
  await page.locator('[data-support-widget] [role="listbox"]').first().waitFor();
}
