import { expect, test } from './support/fixtures';
import { ticketLocators } from './support/open-ticket';
import { HOST_ORIGIN } from './support/server-settings';
import { createTicket, staffReply, staffTicket, ticketLinkTo } from './support/ticket-api';
import { widgetLocators } from './support/widget-locators';

test('opens the conversation from the ticket link in another browser, drops the token from the address, and replies', async ({ browser, request }) => {
  const ticket = await createTicket(request, { subject: 'Domain transfer stuck' });
  await staffReply(request, ticket.reference, 'Please send us the transfer code.');

  // Another device: a browser that has never seen this ticket.
  const device = await browser.newContext({ baseURL: HOST_ORIGIN });
  const errors: string[] = [];
  device.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  const page = await device.newPage();
  await page.goto(ticketLinkTo('/ticket-link-second-device?from=mail', ticket));
  const widget = widgetLocators(page);
  const parts = ticketLocators(widget);

  await expect(parts.conversation).toBeVisible();
  await expect(parts.conversation.getByRole('heading', { name: 'Domain transfer stuck' })).toBeFocused();
  await expect(parts.staffMessages).toContainText(['Please send us the transfer code.']);
  // The token leaves the address bar (and so the history), path and query stay.
  expect(page.url()).toBe(`${HOST_ORIGIN}/ticket-link-second-device?from=mail`);
  // Following the link is the visitor's doing: this browser remembers the ticket now.
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('support-widget:tickets'))) ?? '[]')).toEqual([ticket]);

  await parts.reply.fill('The code is\nABC-123');
  await parts.send.click();
  await expect(parts.visitorMessages).toHaveCount(2);
  await expect(parts.visitorMessages.last().locator('.message-body')).toHaveText('The code is\nABC-123');
  await expect(parts.reply).toHaveValue('');
  await expect(parts.status).toHaveText(widget.t.ticketStatus.open);

  const seen = await staffTicket(request, ticket.reference);
  expect(seen.messages.at(-1)).toMatchObject({ author: 'visitor', body: 'The code is\nABC-123' });
  expect(seen.status).toBe('open');
  await device.close();
  expect(errors).toEqual([]);
});

test('ignores a malformed ticket link with one warning and loads nothing', async ({ page, consoleLog }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/ticket-link-second-device#support-ticket=not-a-ticket');
  const widget = widgetLocators(page);
  await expect(widget.launcher).toBeVisible();
  await expect.poll(() => consoleLog.messages('warning').filter((text) => text.includes('support-ticket'))).toHaveLength(1);
  await expect(widget.panel).toHaveCount(0);
  expect(page.url()).toContain('#support-ticket=not-a-ticket');
  expect(requests.filter((url) => url.includes('/widget/app.'))).toEqual([]);
});
