import { hostStyleSnapshot } from './support/host-style-snapshot';
import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';
import { searchAndOpenArticle } from './support/open-article';

test('leaves every style of the host page as it was', async ({ page }) => {
  const widget = widgetLocators(page);
  await page.goto('/host-styles');
  const before = await page.evaluate(hostStyleSnapshot);

  // Loaded only now, as a tag manager would add it, so that "before" really is without the widget.
  await page.evaluate(() => {
    const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
    const script = document.createElement('script');
    script.src = meta('widget-url');
    script.async = true;
    script.setAttribute('data-server', meta('server-url'));
    document.body.appendChild(script);
  });
  await searchAndOpenArticle(widget, 'ssl');

  expect(await page.evaluate(hostStyleSnapshot)).toEqual(before);
});
