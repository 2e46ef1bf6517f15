import { expect, type Page } from '@playwright/test';
import type { CreatedTicket } from './ticket-api';
import { ticketLinkTo } from './ticket-api';
import { widgetLocators, type WidgetLocators } from './widget-locators';

/**
 * The parts of "My tickets" and the conversation, found as a visitor perceives them.
 *
 * @example const parts = ticketLocators(widget);
 */
export function ticketLocators(widget: WidgetLocators) {
  const { host, t } = widget;
  return {
    badge: host.locator('.launcher-badge'),
    myTicketsLink: host.locator('button.my-tickets-link'),
    conversation: host.locator('.conversation'),
    messages: host.locator('.conversation .message'),
    staffMessages: host.locator('.conversation .message[data-author="staff"]'),
    visitorMessages: host.locator('.conversation .message[data-author="visitor"]'),
    status: host.locator('.conversation .ticket-status'),
    reply: host.getByRole('textbox', { name: t.replyLabel }),
    send: host.getByRole('button', { name: t.send, exact: true }),
    markSolved: host.getByRole('button', { name: t.markSolved }),
  };
}

/**
 * Opens a host page through the ticket's link, as the visitor following it from their e-mail
 * does, and waits for the conversation.
 *
 * @example const widget = await openTicketLink(page, '/ticket-csat', ticket);
 */
export async function openTicketLink(page: Page, path: string, ticket: CreatedTicket, locale = 'en'): Promise<WidgetLocators> {
  const widget = widgetLocators(page, locale);
  await page.goto(ticketLinkTo(path, ticket));
  await expect(widget.panel).toBeVisible();
  await expect(ticketLocators(widget).conversation).toBeVisible();
  return widget;
}

/**
 * Listens to the widget's `rated` event as a host page would; the returned function reads what
 * was heard so far.
 *
 * @example const rated = await recordRated(page); ...; expect(await rated()).toEqual([...]);
 */
export async function recordRated(page: Page): Promise<() => Promise<unknown[]>> {
  const seen = await page.evaluateHandle(() => {
    const events: unknown[] = [];
    (window as unknown as { SupportWidget: { on(name: string, listener: (detail: unknown) => void): void } }).SupportWidget.on('rated', (detail) => events.push(detail));
    return events;
  });
  return () => seen.jsonValue();
}
