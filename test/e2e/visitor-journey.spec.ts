import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe-violations';
import { expect, test } from './support/fixtures';
import { channelList } from './support/open-contact';
import { ticketLocators } from './support/open-ticket';
import { fillTicket, ticketFormLocators } from './support/open-ticket-form';
import { HOST_ORIGIN, STARS_SITE_ORIGIN } from './support/server-settings';
import { staffReply, storedTickets, visitorTicket } from './support/ticket-api';
import { widgetLocators } from './support/widget-locators';

/**
 * The whole way a visitor takes when the articles do not help, through the UI only: a search
 * with no match, the channels, the form, the confirmation; then staff answer through the staff
 * API, and the visitor, back on the page, sees the badge, reads the reply and rates it. axe
 * checks every step on the way.
 */
async function journey(page: Page, request: Parameters<typeof staffReply>[0], origin: string) {
  const widget = widgetLocators(page);
  const { t } = widget;
  const parts = ticketLocators(widget);
  const clean = async (step: string) => {
    expect(await axeViolations(page), step).toEqual([]);
    // Nothing sticks out sideways, on a phone least of all.
    const overflow = await widget.panel.evaluate((panel) => [...panel.querySelectorAll('*')].filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'hidden').map((element) => element.className));
    expect(overflow, step).toEqual([]);
  };

  await page.goto(`${origin}/visitor-journey`);
  await widget.launcher.click();
  await expect(widget.suggestions).toHaveAttribute('aria-label', t.popular);
  await widget.search.pressSequentially('zorblax wibble');
  await expect(widget.noMatch).toContainText(t.noMatchTitle('zorblax wibble'));
  await clean('no match');

  await widget.noMatch.getByRole('button', { name: t.contact }).click();
  await expect(channelList(widget)).toBeVisible();
  await expect(channelList(widget).locator('.channel-name')).toHaveText(['E-mail', 'Chat', 'Phone']);
  await clean('channels');

  await widget.host.locator('button.write-to-us').click();
  await expect(widget.host.getByRole('heading', { name: t.formTitle })).toBeFocused();
  const form = ticketFormLocators(widget);
  // What the visitor searched for is carried over into the message.
  await expect(form.message).toHaveValue(/zorblax wibble/);
  const subject = `Zorblax stopped working ${randomUUID().slice(0, 8)}`;
  await fillTicket(form, subject, 'Since the update zorblax wibble shows an error page on my site.');
  await clean('form');
  await form.send.click();

  const sent = widget.host.locator('.ticket-sent');
  await expect(sent.getByRole('heading', { name: t.sentTitle })).toBeFocused();
  const reference = (await sent.locator('.ticket-reference').textContent()) ?? '';
  expect(reference).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/);
  await clean('confirmation');
  const [stored] = await storedTickets(page);
  expect(stored?.reference).toBe(reference);

  await staffReply(request, reference, 'Hello Ada,\nwe rolled the update back on your server.');
  await page.reload();
  await expect(widget.launcher).toHaveAttribute('data-unread', '1');
  await expect(parts.badge).toHaveText('1');

  await widget.launcher.click();
  await parts.myTicketsLink.click();
  await widget.host.locator(`.ticket-item[data-reference="${reference}"]`).click();
  const reply = parts.staffMessages.first();
  await expect(reply.locator('.message-body')).toHaveText('Hello Ada,\nwe rolled the update back on your server.');
  await clean('conversation');
  return { widget, reply, stored: stored!, parts };
}

test('goes from a search with no match to a ticket, and rates the staff reply with a heart', async ({ page, request }) => {
  const { widget, reply, stored, parts } = await journey(page, request, HOST_ORIGIN);
  await reply.getByRole('button', { name: widget.t.likeReply }).click();
  await expect.poll(async () => (await visitorTicket(request, stored)).messages.find((message) => message.author === 'staff')?.rating).toBe(1);
  await expect(parts.badge).toHaveCount(0);
});

test('goes the same way on a site that rates with stars, and gives the reply four stars', async ({ page, request }) => {
  const { widget, reply, stored } = await journey(page, request, STARS_SITE_ORIGIN);
  await expect(reply.getByRole('button', { name: widget.t.likeReply })).toHaveCount(0);
  await reply.getByRole('group', { name: widget.t.rateReply }).getByRole('radio', { name: '4 of 5 stars' }).check();
  await expect.poll(async () => (await visitorTicket(request, stored, STARS_SITE_ORIGIN)).messages.find((message) => message.author === 'staff')?.rating).toBe(4);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('goes the whole way at 360 px, every step inside the screen', async ({ page, request }) => {
    const { widget, reply, stored } = await journey(page, request, HOST_ORIGIN);
    expect(await widget.panel.boundingBox()).toMatchObject({ x: 0, width: 360 });
    await reply.getByRole('button', { name: widget.t.likeReply }).tap();
    await expect.poll(async () => (await visitorTicket(request, stored)).messages.find((message) => message.author === 'staff')?.rating).toBe(1);
  });
});
