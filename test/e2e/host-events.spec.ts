import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

interface Heard {
  name: string;
  detail: unknown;
}
declare global {
  interface Window {
    heard: Heard[];
  }
}

const heard = (page: import('@playwright/test').Page) => page.evaluate(() => window.heard);

test('tells the page’s listeners of open, search, article-viewed and close, with their payloads', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/host-events');
  await widget.launcher.click();
  await expect(widget.panel).toBeVisible();
  expect(await heard(page)).toEqual([{ name: 'open', detail: { view: 'search' } }]);

  await widget.search.pressSequentially('invoice');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
  const results = await widget.options.count();
  // Reported once typing pauses, not per keystroke.
  await expect.poll(() => heard(page)).toContainEqual({ name: 'search', detail: { query: 'invoice', results, locale: 'en' } });

  const title = (await widget.titles.first().textContent())!;
  await widget.options.first().click();
  await expect(widget.articleTitle).toHaveText(title);
  const viewed = (await heard(page)).filter((event) => event.name === 'article-viewed');
  expect(viewed).toEqual([{ name: 'article-viewed', detail: { slug: expect.stringMatching(/^[a-z0-9-]+$/), locale: 'en', query: 'invoice' } }]);

  await widget.closeButton.click();
  await expect(widget.panel).toBeHidden();
  expect((await heard(page)).map((event) => event.name)).toEqual(['open', 'search', 'article-viewed', 'close']);
  expect((await heard(page)).at(-1)).toEqual({ name: 'close', detail: {} });
});

test('opens the view the page names, and the search with one warning for a view it does not know', async ({ page, consoleLog }) => {
  const widget = widgetLocators(page);
  await page.goto('/host-events');
  await page.evaluate(() => (window.SupportWidget as { open(view: string): void }).open('contact'));
  await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
  expect(await heard(page)).toEqual([{ name: 'open', detail: { view: 'contact' } }]);

  await page.evaluate(() => (window.SupportWidget as { close(): void }).close());
  await page.evaluate(() => (window.SupportWidget as { open(view: string): void }).open('kontakt'));
  await expect(widget.search).toBeFocused();
  expect((await heard(page)).at(-1)).toEqual({ name: 'open', detail: { view: 'search' } });
  const warnings = consoleLog.messages('warning').filter((message) => message.includes('open()'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('unknown view "kontakt"');
});
