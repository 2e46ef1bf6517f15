import { expect, type Page } from '@playwright/test';
import { widgetLocators, type WidgetLocators } from './widget-locators';

/**
 * Loads a host page from test/e2e/hosts, opens the panel with the launcher as a visitor would,
 * and waits until the articles have loaded (the popular articles are listed).
 *
 * @example const widget = await openWidget(page, '/keyboard-journey', 'en');
 */
export async function openWidget(page: Page, path: string, locale = 'en'): Promise<WidgetLocators> {
  const widget = widgetLocators(page, locale);
  await page.goto(path);
  await widget.launcher.click();
  await expect(widget.panel).toBeVisible();
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.popular);
  return widget;
}
