import { expect, test } from './support/fixtures';
import { ticketLocators } from './support/open-ticket';
import { STARS_SITE_ORIGIN } from './support/server-settings';
import { createTicket, staffReply, ticketLinkTo, visitorTicket } from './support/ticket-api';
import { widgetLocators } from './support/widget-locators';

test('rates a staff reply with stars on the site that rates with stars, by mouse and by keyboard', async ({ page, request }) => {
  const ticket = await createTicket(request, { subject: 'Which SMTP port?' }, STARS_SITE_ORIGIN);
  await staffReply(request, ticket.reference, 'Use port 587 with STARTTLS.');
  const widget = widgetLocators(page);
  const parts = ticketLocators(widget);
  await page.goto(`${STARS_SITE_ORIGIN}${ticketLinkTo('/ticket-rating-stars', ticket)}`);

  const reply = parts.staffMessages.first();
  await expect(reply.locator('.message-body')).toHaveText('Use port 587 with STARTTLS.');
  const stars = reply.getByRole('group', { name: widget.t.rateReply });
  await expect(stars.getByRole('radio')).toHaveCount(5);
  await expect(reply.getByRole('button', { name: widget.t.likeReply })).toHaveCount(0);

  await stars.getByRole('radio', { name: '3 of 5 stars' }).check();
  const stored = async () => (await visitorTicket(request, ticket, STARS_SITE_ORIGIN)).messages.find((message) => message.author === 'staff')?.rating;
  await expect.poll(stored).toBe(3);

  // Arrow keys move the choice like any radio group, and each choice is a rating.
  await expect(stars.getByRole('radio', { name: '3 of 5 stars' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(stars.getByRole('radio', { name: '4 of 5 stars' })).toBeChecked();
  await expect.poll(stored).toBe(4);
  await expect(stars.locator('.star.filled')).toHaveCount(4);
});
