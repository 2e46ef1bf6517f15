import { expect, test } from './support/fixtures';
import { openTicketLink, ticketLocators } from './support/open-ticket';
import { createTicket, staffReply } from './support/ticket-api';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  '<a href="javascript:window.__xss=4">click</a>',
  '{{constructor.constructor("window.__xss=5")()}}',
];

test('shows what the visitor and staff typed as text, line breaks kept, and runs none of it', async ({ page, request }) => {
  const ticket = await createTicket(request, { subject: PAYLOADS[0], message: PAYLOADS.join('\n') });
  await staffReply(request, ticket.reference, PAYLOADS.slice().reverse().join('\n'));
  const widget = await openTicketLink(page, '/conversation-text', ticket);
  const parts = ticketLocators(widget);

  await expect(parts.conversation.getByRole('heading', { level: 2 })).toHaveText(PAYLOADS[0]!);
  await expect(parts.visitorMessages.first().locator('.message-body')).toHaveText(PAYLOADS.join('\n'));
  await expect(parts.staffMessages.first().locator('.message-body')).toHaveText(PAYLOADS.slice().reverse().join('\n'));
  await parts.reply.fill(PAYLOADS[1]!);
  await parts.send.click();
  await expect(parts.visitorMessages.last().locator('.message-body')).toHaveText(PAYLOADS[1]!);

  await widget.host.getByRole('button', { name: widget.t.back }).click();
  await expect(widget.host.locator('.ticket-item-subject')).toHaveText(PAYLOADS[0]!);
  expect(await widget.host.locator('.conversation img, .conversation script, .conversation svg:not([aria-hidden]), .my-tickets-view img').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});
