import { openWidget } from './support/open-widget';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('fills the whole screen on a phone, with a search box iOS will not zoom into', async ({ page }) => {
  const widget = await openWidget(page, '/mobile');
  // The open/close animation moves the panel; measure it at rest.
  await widget.panel.evaluate((panel) => Promise.all(panel.getAnimations().map((animation) => animation.finished)));
  expect(await widget.panel.boundingBox()).toEqual({ x: 0, y: 0, width: 360, height: 740 });

  const fontSize = await widget.search.evaluate((input) => parseFloat(getComputedStyle(input).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(16);

  // The launcher is covered, so the header's close button is the way out.
  await widget.closeButton.tap();
  await expect(widget.panel).toBeHidden();
  await expect(widget.launcher).toBeVisible();
});
