import { expect, type Locator, type Page } from '@playwright/test';
import { openWidget } from './open-widget';
import type { WidgetLocators } from './widget-locators';

/**
 * Loads a host page, opens the panel, and goes to the contact step through the "Contact us" link
 * at the panel's foot, then waits for the channel list.
 *
 * @example const widget = await openContactStep(page, '/contact-channels');
 */
export async function openContactStep(page: Page, path: string, locale = 'en'): Promise<WidgetLocators> {
  const widget = await openWidget(page, path, locale);
  await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
  await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
  await expect(channelList(widget)).toBeVisible();
  return widget;
}

/** The list of channels on the contact step. */
export function channelList(widget: WidgetLocators): Locator {
  return widget.host.getByRole('list', { name: widget.t.channelsLabel });
}

/** One channel's card, by the name the site gave it ("Chat"). */
export function channelCard(widget: WidgetLocators, name: string): Locator {
  return channelList(widget).locator('.channel').filter({ has: widget.host.page().locator('.channel-name', { hasText: new RegExp(`^${name}$`) }) });
}

/** The names of the channels listed, in order. */
export function channelNames(widget: WidgetLocators): Locator {
  return channelList(widget).locator('.channel-name');
}
