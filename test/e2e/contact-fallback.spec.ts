import { axeViolations } from './support/axe-violations';
import { channelList } from './support/open-contact';
import { openWidget } from './support/open-widget';
import { expect, test } from './support/fixtures';

test.describe('contact step without the server\'s channels', () => {
  test('offers the page\'s own address when the server cannot be reached, and the channels after a retry', async ({ page, consoleLog }) => {
    consoleLog.allow(/Failed to load resource: net::ERR_FAILED/, 'the test cuts the channel requests off on purpose');
    await page.route('**/api/channels', (route) => route.abort('failed'));
    const widget = await openWidget(page, '/contact-fallback');
    await widget.host.getByRole('button', { name: widget.t.contactUs }).click();

    const error = widget.host.getByRole('alert');
    await expect(error).toContainText(widget.t.channelsError);
    await expect(widget.host.getByText(widget.t.fallbackIntro)).toBeVisible();
    await expect(widget.host.getByRole('link', { name: widget.t.contactEmail('help@kestrelhost.example') })).toHaveAttribute('href', 'mailto:help@kestrelhost.example');
    expect(consoleLog.messages('warning')).toEqual([expect.stringContaining('the contact channels could not be loaded')]);
    expect(await axeViolations(page)).toEqual([]);

    await page.unroute('**/api/channels');
    await error.getByRole('button', { name: widget.t.retry }).click();
    await expect(channelList(widget)).toBeVisible();
    await expect(widget.host.getByRole('alert')).toHaveCount(0);
    await expect(widget.host.getByText(widget.t.fallbackIntro)).toHaveCount(0);
  });

  test('offers the page\'s own address when the server lists no channel', async ({ page }) => {
    await page.route('**/api/channels', (route) => route.fulfill({ json: { channels: [], recommended: null } }));
    const widget = await openWidget(page, '/contact-fallback');
    await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
    await expect(widget.host.getByRole('link', { name: widget.t.contactEmail('help@kestrelhost.example') })).toBeVisible();
    await expect(channelList(widget)).toHaveCount(0);
    await expect(widget.host.getByRole('alert')).toHaveCount(0);
  });

  test('says so when the server lists no channel and the page has no address either', async ({ page }) => {
    await page.route('**/api/channels', (route) => route.fulfill({ json: { channels: [], recommended: null } }));
    const widget = await openWidget(page, '/contact-no-fallback');
    await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
    await expect(widget.host.getByText(widget.t.channelsEmpty)).toBeVisible();
    await expect(widget.host.getByRole('link')).toHaveCount(0);
  });
});
