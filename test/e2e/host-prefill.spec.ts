import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

// The page (hosts/host-prefill.html) queues two prefill() calls before widget.js loads.

test('warns once per call about the unknown key and the bad value, by name, without loading the panel', async ({ page, consoleLog }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/widget/')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/host-prefill');
  await page.waitForLoadState('networkidle');
  // Nothing is checked until the panel loads: holding the fields costs the page nothing.
  expect(fetched).toEqual(['/widget/widget.js']);
  expect(consoleLog.messages('warning').filter((message) => message.includes('prefill()'))).toEqual([]);

  const widget = widgetLocators(page);
  await widget.launcher.click();
  await expect(widget.panel).toBeVisible();
  await expect.poll(() => consoleLog.messages('warning').filter((message) => message.includes('prefill()'))).toHaveLength(2);
  const [first, second] = consoleLog.messages('warning').filter((message) => message.includes('prefill()'));
  expect(first).toContain('unknown field phone');
  expect(first).not.toMatch(/\b(name|subject|message|category|email):/);
  expect(second).toContain('email: must be an e-mail address');
});

test('fills the ticket form with the fields the page gave', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/host-prefill');
  await widget.launcher.click();
  await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
  await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
  const writeToUs = widget.host.locator('button.write-to-us');
  test.skip((await writeToUs.count()) === 0, 'the ticket form is not in this build (it comes with the form work)');

  await writeToUs.click();
  const form = widget.host.locator('form.ticket-form');
  await expect(form.locator('[name=name]')).toHaveValue('Ada Lovelace');
  // The second call's bad e-mail was refused: the first call's address stays.
  await expect(form.locator('[name=email]')).toHaveValue('ada@example.com');
  await expect(form.locator('[name=subject]')).toHaveValue('Invoice 1042');
  await expect(form.locator('[name=message]')).toHaveValue('I was charged twice.');
  await expect(form.locator('[name=category]')).toHaveValue('billing');
});
