import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

test('warns once and uses the defaults for bad options', async ({ page, consoleLog }) => {
  const widget = widgetLocators(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/bad-config');
  await expect(widget.launcher).toBeVisible();

  await expect.poll(() => consoleLog.messages('warning')).toHaveLength(1);
  const [warning] = consoleLog.messages('warning');
  for (const attribute of ['data-color="red;}"', 'data-position="middle"', 'data-server="javascript:alert(1)"']) {
    expect(warning).toContain(attribute);
  }

  // Default colour and corner.
  await expect(widget.launcher).toHaveCSS('background-color', 'rgb(36, 84, 214)');
  const box = await widget.launcher.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && Math.round(viewport.width - (box.x + box.width))).toBe(20);

  // Default server (where widget.js came from): the articles load and search works.
  await widget.launcher.click();
  await widget.search.pressSequentially('invoice');
  await expect(widget.titles).toContainText(['Pay an invoice']);
  expect(dialogs).toEqual([]);
  expect(consoleLog.messages('warning')).toHaveLength(1);
});
