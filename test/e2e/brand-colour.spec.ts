import { axeViolations } from './support/axe-violations';
import { contrastRatio } from './support/contrast';
import { openWidget } from './support/open-widget';
import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

const brands = [
  { page: '/brand-colour', colour: 'rgb(194, 24, 91)' /* #c2185b */ },
  // Too light for text on white: links must not take it.
  { page: '/brand-colour-light', colour: 'rgb(255, 221, 0)' /* #ffdd00 */ },
];

test.describe('brand colour', () => {
  for (const { page: path, colour } of brands) {
    test(`paints the launcher ${colour} with an icon that stands out on it`, async ({ page }) => {
      const widget = widgetLocators(page);
      await page.goto(path);
      await expect(widget.launcher).toHaveCSS('background-color', colour);
      // The icon is drawn in the launcher's text colour; WCAG asks 3:1 for graphics.
      const icon = await widget.launcher.evaluate((launcher) => getComputedStyle(launcher).color);
      expect(contrastRatio(icon, colour)).toBeGreaterThanOrEqual(3);
    });

    test(`uses ${colour} in the panel with readable text on it`, async ({ page }) => {
      const widget = await openWidget(page, path);
      await expect(widget.host.locator('.header')).toHaveCSS('background-color', colour);
      await widget.search.pressSequentially('xyzzy flurb');
      await expect(widget.noMatch).toBeVisible();
      expect(await axeViolations(page, ['color-contrast'])).toEqual([]);

      // Links and the back button take the brand colour too, on the panel's own background.
      await widget.search.fill('');
      await widget.search.pressSequentially('nameservers');
      await widget.options.first().click();
      const link = widget.articleBody.locator('a').first();
      await expect(link).toBeVisible();
      expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
      // axe skips text it cannot place over a known background, so the link is measured here as well.
      const linkColour = await link.evaluate((element) => getComputedStyle(element).color);
      const background = await widget.panel.evaluate((panel) => getComputedStyle(panel).backgroundColor);
      expect(contrastRatio(linkColour, background)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
