import { expect, test } from './support/fixtures';
import { openTicketLink, recordRated, ticketLocators } from './support/open-ticket';
import { createTicket, staffReply, visitorTicket } from './support/ticket-api';
import { widgetLocators } from './support/widget-locators';

test('shows a staff reply as an unread badge, and the visitor reads it and rates it with a heart', async ({ page, request }) => {
  const ticket = await createTicket(request, { subject: 'Mail bounces since this morning' });
  const widget = await openTicketLink(page, '/ticket-staff-reply', ticket);
  const { t } = widget;
  const parts = ticketLocators(widget);
  await expect(parts.visitorMessages).toHaveCount(1);
  await expect(parts.staffMessages).toHaveCount(0);

  await staffReply(request, ticket.reference, 'Hi Ada,\nyour mailbox was full. We made room.');
  await page.reload();
  // The panel stays closed; the returning visitor's tickets were checked once the page was idle.
  await expect(widget.panel).toHaveCount(0);
  await expect(widget.launcher).toHaveAttribute('data-unread', '1');
  await expect(parts.badge).toHaveText('1');
  await expect(widget.launcher).toHaveAttribute('aria-label', 'Help, 1 unread reply');

  const rated = await recordRated(page);
  await widget.launcher.click();
  await parts.myTicketsLink.click();
  const item = widget.host.locator(`.ticket-item[data-reference="${ticket.reference}"]`);
  await expect(item).toContainText('Mail bounces since this morning');
  await expect(item).toContainText(t.ticketStatus.waiting);
  await expect(item).toContainText('1 new reply');
  await item.click();

  await expect(parts.staffMessages).toHaveCount(1);
  const reply = parts.staffMessages.first();
  await expect(reply.locator('.message-body')).toHaveText('Hi Ada,\nyour mailbox was full. We made room.');
  await expect(reply).toContainText('Anna');
  const heart = reply.getByRole('button', { name: t.likeReply });
  await expect(heart).toHaveAttribute('aria-pressed', 'false');
  await heart.click();
  await expect(heart).toHaveAttribute('aria-pressed', 'true');

  await expect.poll(async () => (await visitorTicket(request, ticket)).messages.find((message) => message.author === 'staff')?.rating).toBe(1);
  expect(await rated()).toEqual([{ target: 'reply', reference: ticket.reference, style: 'hearts', value: 1 }]);
  await expect(widget.launcher).not.toHaveAttribute('data-unread');
  await expect(parts.badge).toHaveCount(0);
  await expect.poll(async () => (await visitorTicket(request, ticket)).unreadReplies).toBe(0);
});

test('loads no panel code and stores nothing for a visitor without tickets until they reach for the launcher', async ({ page }) => {
  const appRequests: string[] = [];
  page.on('request', (request) => void (request.url().includes('/widget/app.') && appRequests.push(request.url())));
  const widget = widgetLocators(page);
  await page.goto('/ticket-staff-reply');
  await expect(widget.launcher).toBeVisible();
  // Idle callbacks have had their turn once a later one runs.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 50))));
  expect(appRequests).toEqual([]);
  await expect(widget.launcher).not.toHaveAttribute('data-unread');

  await widget.launcher.click();
  await expect(widget.panel).toBeVisible();
  await expect(widget.host.locator('button.my-tickets-link')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
