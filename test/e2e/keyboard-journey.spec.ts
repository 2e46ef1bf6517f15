import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

test('finds, reads and leaves an article with the keyboard alone', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/keyboard-journey');
  await expect(widget.launcher).toBeAttached();

  // The launcher sits in the tab order right after the page's own link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'See plans' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(widget.launcher).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(widget.panel).toBeVisible();
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'true');
  await expect(widget.search).toBeFocused();

  await page.keyboard.type('email');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
  await expect(widget.search).not.toHaveAttribute('aria-activedescendant');

  await page.keyboard.press('ArrowDown');
  await expect(widget.search).toHaveAttribute('aria-activedescendant', 'sw-suggestions-0');
  await expect(widget.options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(widget.search).toHaveAttribute('aria-activedescendant', 'sw-suggestions-1');
  await expect(widget.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(widget.options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(widget.search).toHaveAttribute('aria-activedescendant', 'sw-suggestions-0');
  await page.keyboard.press('ArrowDown');
  await expect(widget.search).toHaveAttribute('aria-activedescendant', 'sw-suggestions-1');
  // The focus never left the search box while moving through the list.
  await expect(widget.search).toBeFocused();

  const chosen = (await widget.titles.nth(1).textContent()) ?? '';
  expect(chosen).not.toBe('');
  await page.keyboard.press('Enter');
  await expect(widget.articleTitle).toHaveText(chosen);
  await expect(widget.articleTitle).toBeFocused();
  await expect(widget.articleBody).toBeVisible();

  // Back to the results, as they were.
  await page.keyboard.press('Shift+Tab');
  await expect(widget.back).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.search).toBeFocused();
  await expect(widget.search).toHaveValue('email');
  await expect(widget.titles.nth(1)).toHaveText(chosen);

  // Escape clears the box first, then closes the panel and hands focus back to the launcher.
  await page.keyboard.press('Escape');
  await expect(widget.search).toHaveValue('');
  await expect(widget.panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(widget.panel).toBeHidden();
  await expect(widget.launcher).toBeFocused();
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'false');
});

test('closes from an open article with Escape and returns focus to the launcher', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/keyboard-journey');
  await widget.launcher.focus();
  await page.keyboard.press('Enter');
  await expect(widget.search).toBeFocused();
  await page.keyboard.type('invoice');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
  // Enter without choosing opens the best match.
  const best = (await widget.titles.first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(widget.articleTitle).toHaveText(best);

  await page.keyboard.press('Escape');
  await expect(widget.panel).toBeHidden();
  await expect(widget.launcher).toBeFocused();

  // Opening again comes back to where the visitor was.
  await page.keyboard.press('Enter');
  await expect(widget.articleTitle).toHaveText(best);
  await expect(widget.articleTitle).toBeFocused();
});

test('keeps the highlight of arrow keys pressed right after typing', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/keyboard-journey');
  await widget.launcher.focus();
  await page.keyboard.press('Enter');
  await expect(widget.search).toBeFocused();
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.popular);
  // No waiting between the keys, as a quick typist goes.
  await page.keyboard.type('email');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(widget.search).toHaveAttribute('aria-activedescendant', 'sw-suggestions-1');
  const second = (await widget.titles.nth(1).textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(widget.articleTitle).toHaveText(second);
});

test('keeps the keys pressed right after the panel changes view', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/keyboard-journey');
  await widget.launcher.focus();
  await page.keyboard.press('Enter');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.popular);
  await page.keyboard.type('invoice');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);

  // Open an article and go back at once: the back button must already have somewhere to send keys.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.type(' pdf');
  await expect(widget.search).toHaveValue('invoice pdf');

  // Open an article and close at once.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(widget.panel).toBeHidden();
  await expect(widget.launcher).toBeFocused();
});
