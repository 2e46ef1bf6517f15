import { expect } from '@playwright/test';
import type { WidgetLocators } from './widget-locators';

/**
 * The common visitor journey: open the panel with the launcher, type a query, open the first
 * suggestion, and wait for the article's body.
 *
 * @example await searchAndOpenArticle(widgetLocators(page), 'ssl');
 */
export async function searchAndOpenArticle(widget: WidgetLocators, query: string): Promise<void> {
  await widget.launcher.click();
  await expect(widget.search).toBeFocused();
  await widget.search.pressSequentially(query);
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
  await widget.options.first().click();
  await expect(widget.articleBody).toBeVisible();
}
