import { axeViolations } from './support/axe-violations';
import { relativeLuminance } from './support/contrast';
import { openWidget } from './support/open-widget';
import { expect, test } from './support/fixtures';

test.use({ colorScheme: 'dark' });

test.describe('dark mode', () => {
  test('shows a dark panel with light text', async ({ page }) => {
    const widget = await openWidget(page, '/dark-mode');
    const colours = await widget.panel.evaluate((panel) => ({ background: getComputedStyle(panel).backgroundColor, text: getComputedStyle(panel).color }));
    expect(relativeLuminance(colours.background)).toBeLessThan(0.05);
    expect(relativeLuminance(colours.text)).toBeGreaterThan(0.7);
  });

  test('keeps text readable in suggestions and in an article (axe colour contrast)', async ({ page }) => {
    const widget = await openWidget(page, '/dark-mode');
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
    await widget.search.pressSequentially('invoice');
    await expect(widget.options.first().locator('mark').first()).toBeVisible();
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
    await widget.options.first().click();
    await expect(widget.articleBody).toBeVisible();
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  });
});
