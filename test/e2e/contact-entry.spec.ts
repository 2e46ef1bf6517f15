import { channelList } from './support/open-contact';
import { openWidget } from './support/open-widget';
import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

declare global {
  interface Window {
    openedWith: unknown[];
  }
}

test.describe('ways to the contact step', () => {
  test('leads from a search without an answer to the channels, and back to the search', async ({ page }) => {
    const widget = await openWidget(page, '/contact-entry');
    await widget.search.pressSequentially('xyzzy flurb');
    await widget.noMatch.getByRole('button', { name: widget.t.contact }).click();
    await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
    await expect(channelList(widget)).toBeVisible();
    // No "Contact us" link on the contact step itself.
    await expect(widget.host.getByRole('button', { name: widget.t.contactUs })).toHaveCount(0);
    await widget.back.click();
    await expect(widget.search).toHaveValue('xyzzy flurb');
  });

  test('leads from an article to the channels, and back to the article', async ({ page }) => {
    const widget = await openWidget(page, '/contact-entry');
    await widget.search.pressSequentially('invoice');
    await widget.options.first().click();
    await expect(widget.articleBody).toBeVisible();
    const title = (await widget.articleTitle.textContent()) ?? '';

    await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
    await expect(channelList(widget)).toBeVisible();
    await widget.back.click();
    await expect(widget.articleTitle).toHaveText(title);
    await expect(widget.articleTitle).toBeFocused();
  });

  test('opens on the channels when the page calls open("contact")', async ({ page }) => {
    const widget = widgetLocators(page);
    await page.goto('/contact-entry');
    await page.evaluate(() => {
      window.openedWith = [];
      window.SupportWidget?.('on', 'open', (detail: unknown) => window.openedWith.push(detail));
      window.SupportWidget?.('open', 'contact');
    });
    await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
    await expect(channelList(widget)).toBeVisible();
    expect(await page.evaluate(() => window.openedWith)).toEqual([{ view: 'contact' }]);
  });

  test('reaches the channels with the keyboard alone from the foot of the panel', async ({ page }) => {
    const widget = widgetLocators(page);
    await page.goto('/contact-entry');
    await widget.launcher.focus();
    await page.keyboard.press('Enter');
    await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.popular);
    const contactUs = widget.host.getByRole('button', { name: widget.t.contactUs });
    await contactUs.focus();
    await page.keyboard.press('Enter');
    await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
    await expect(channelList(widget)).toBeVisible();
    // Tab goes on from the heading to the first channel, a real link.
    await page.keyboard.press('Tab');
    await expect(channelList(widget).getByRole('link').first()).toBeFocused();
  });
});
