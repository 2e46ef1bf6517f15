import { axeViolations } from './support/axe-violations';
import { expect, test } from './support/fixtures';
import { ticketLocators } from './support/open-ticket';
import { STARS_SITE_ORIGIN } from './support/server-settings';
import { createTicket, rememberTickets, staffReply, ticketLinkTo } from './support/ticket-api';
import { widgetLocators } from './support/widget-locators';

test('has no axe violations on the ticket list, a conversation with a rated reply and an error, and the CSAT form', async ({ page, request }) => {
  const answered = await createTicket(request, { subject: 'SSL certificate expired' });
  await staffReply(request, answered.reference, 'We renewed it.\nReload the page to see it.');
  const solved = await createTicket(request, { subject: 'Invoice copy' });
  await staffReply(request, solved.reference, 'Sent to your address.', 'solved');
  await rememberTickets(page, [answered, solved]);
  const widget = widgetLocators(page);
  const { t } = widget;
  const parts = ticketLocators(widget);

  await page.goto('/my-tickets-axe');
  await widget.launcher.click();
  await parts.myTicketsLink.click();
  await expect(widget.host.locator('.ticket-item')).toHaveCount(2);
  await expect(widget.host.locator('.ticket-item .ticket-status')).toHaveCount(2);
  await expect(widget.host.getByRole('heading', { name: t.myTickets })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  await widget.host.locator(`.ticket-item[data-reference="${answered.reference}"]`).click();
  await parts.staffMessages.first().getByRole('button', { name: t.likeReply }).click();
  await parts.send.click();
  await expect(parts.reply).toHaveAttribute('aria-invalid', 'true');
  await expect(parts.reply).toHaveAccessibleDescription(t.replyEmpty);
  expect(await axeViolations(page)).toEqual([]);

  await widget.back.click();
  await widget.host.locator(`.ticket-item[data-reference="${solved.reference}"]`).click();
  await expect(widget.host.locator('form.csat')).toBeVisible();
  await widget.host.getByRole('radio', { name: '4 of 5 stars' }).check();
  expect(await axeViolations(page)).toEqual([]);
});

test('has no axe violations on a conversation rated with stars', async ({ page, request }) => {
  const ticket = await createTicket(request, { subject: 'Slow website' }, STARS_SITE_ORIGIN);
  await staffReply(request, ticket.reference, 'We moved you to a faster server.');
  const widget = widgetLocators(page);
  await page.goto(`${STARS_SITE_ORIGIN}${ticketLinkTo('/my-tickets-axe', ticket)}`);
  const reply = ticketLocators(widget).staffMessages.first();
  await reply.getByRole('radio', { name: '5 of 5 stars' }).check();
  await expect(reply.locator('.star.filled')).toHaveCount(5);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('has no axe violations on a conversation with a failed reply, and the CSAT form', async ({ page, request }) => {
    const ticket = await createTicket(request, { subject: 'Dark mode' });
    await staffReply(request, ticket.reference, 'Solved on our side.', 'solved');
    const widget = widgetLocators(page);
    const parts = ticketLocators(widget);
    await page.goto(ticketLinkTo('/my-tickets-axe', ticket));
    await parts.staffMessages.first().getByRole('button', { name: widget.t.likeReply }).click();
    await widget.host.getByRole('radio', { name: '3 of 5 stars' }).check();
    await widget.host.getByRole('button', { name: widget.t.sendAndReopen }).click();
    await expect(widget.host.locator('.reply-box .field-error')).toHaveText(widget.t.replyEmpty);
    expect(await axeViolations(page)).toEqual([]);
  });
});
