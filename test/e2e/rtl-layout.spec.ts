import type { Locator } from '@playwright/test';
import { axeViolations } from './support/axe-violations';
import { openWidget } from './support/open-widget';
import { expect, test } from './support/fixtures';

const box = async (locator: Locator) => (await locator.boundingBox())!;

for (const locale of ['ar', 'he']) {
  test.describe(`right to left (${locale})`, () => {
    test('puts the launcher and the panel in the left corner and mirrors the header', async ({ page }) => {
      // English strings (there are none in this language yet), laid out right to left.
      const widget = await openWidget(page, `/rtl-layout-${locale}`);
      await expect(widget.panel).toHaveAttribute('dir', 'rtl');
      await expect(widget.host).toHaveAttribute('dir', 'rtl');
      const viewport = page.viewportSize()!;
      // By its centre: the pointer still hovers the launcher, which grows a little around it.
      const launcher = await box(widget.launcher);
      expect(Math.round(launcher.x + launcher.width / 2)).toBe(20 + 28);
      expect((await box(widget.panel)).x).toBe(20);
      expect(viewport.width).toBeGreaterThan(480);

      const title = await box(widget.host.locator('.panel-title'));
      const close = await box(widget.closeButton);
      expect(close.x + close.width).toBeLessThanOrEqual(title.x);
      // The search icon at the start (right), the clear button at the end (left).
      await widget.search.pressSequentially('dns');
      const input = await box(widget.search);
      const icon = await box(widget.host.locator('.search-icon'));
      const clear = await box(widget.host.getByRole('button', { name: widget.t.clearSearch }));
      expect(icon.x).toBeGreaterThan(input.x + input.width / 2);
      expect(clear.x + clear.width).toBeLessThan(input.x + input.width / 2);
    });

    test('points the back arrow the way back, keeps an English article left to right, and is clean for axe', async ({ page }) => {
      const widget = await openWidget(page, `/rtl-layout-${locale}`);
      await widget.search.pressSequentially('nameservers');
      await widget.options.first().click();
      await expect(widget.articleBody).toBeVisible();
      const arrow = widget.back.locator('[aria-hidden="true"]');
      await expect(arrow).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
      // The arrow starts the button, on its right.
      const label = await widget.back.evaluate((button) => {
        const range = document.createRange();
        range.selectNodeContents(button.lastChild!);
        return range.getBoundingClientRect().x;
      });
      expect((await box(arrow)).x).toBeGreaterThan(label);
      // The article is English (none is published in this language): it keeps its own direction.
      await expect(widget.host.locator('article.article')).toHaveAttribute('dir', 'ltr');
      expect(await axeViolations(page)).toEqual([]);
    });

    test.describe('on a 360 px phone', () => {
      test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

      test('overflows nowhere and is clean for axe in the search and the contact step', async ({ page }) => {
        const widget = await openWidget(page, `/rtl-layout-${locale}`);
        await widget.search.pressSequentially('password');
        await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
        // Every element of the panel within the screen's width, and nothing scrolls sideways.
        const overflow = () =>
          widget.panel.evaluate((panel) =>
            [panel, ...panel.querySelectorAll('*')]
              .filter((element) => {
                const rect = element.getBoundingClientRect();
                const scrolls = (element === panel || element.classList.contains('content')) && element.scrollWidth > element.clientWidth;
                return scrolls || (rect.width > 0 && (rect.left < -0.5 || rect.right > innerWidth + 0.5));
              })
              .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
          );
        expect(await overflow()).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        expect(await axeViolations(page)).toEqual([]);

        await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
        await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
        await expect(widget.host.locator('.channel').first()).toBeVisible();
        expect(await overflow()).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  });
}
