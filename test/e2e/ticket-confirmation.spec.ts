import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { searchAndOpenArticle } from './support/open-article';
import { fillTicket, openTicketForm, ticketFormLocators } from './support/open-ticket-form';
import { staffTicket, storedTickets, visitorTicket } from './support/ticket-api';
import { widgetLocators } from './support/widget-locators';

type Listening = Window & { SupportWidget: { on(name: string, listener: (detail: unknown) => void): () => void }; created: unknown[] };

test('confirms with the reference, the reply time and three articles, and "This solved it" solves the ticket', async ({ page, request }) => {
  const { widget, form } = await openTicketForm(page, '/ticket-confirmation');
  const { t } = widget;
  await page.evaluate(() => {
    const win = window as unknown as Listening;
    win.created = [];
    win.SupportWidget.on('ticket-created', (detail) => win.created.push(detail));
  });
  await fillTicket(form, `Cannot pay my invoice ${randomUUID().slice(0, 8)}`, 'Paying the invoice by card fails with a payment error.');
  await form.send.click();

  const sent = widget.host.locator('.ticket-sent');
  await expect(sent.getByRole('heading', { name: t.sentTitle })).toBeFocused();
  const reference = (await sent.locator('.ticket-reference').textContent()) ?? '';
  expect(reference).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/);
  await expect(sent.locator('.expected-reply')).toHaveText(/^We expect to reply (within (under a minute|about \d+ (minute|hour)s?)|by .+|shortly)\.$|^We reply as soon as we can\. The answer shows up here, under My tickets\.$/);
  await expect(sent.locator('.related-article')).toHaveCount(3);
  expect(await page.evaluate(() => (window as unknown as Listening).created)).toEqual([{ reference, category: 'billing', urgent: false }]);

  // The browser remembers the ticket (reference and token only), and the server knows it open.
  const [stored] = await storedTickets(page);
  expect(stored?.reference).toBe(reference);
  expect((await visitorTicket(request, stored!)).status).not.toBe('solved');

  await sent.locator('button.solved-it').click();
  await expect(sent.locator('.solve-state')).toHaveText(t.solvedThanks);
  await expect(sent.locator('button.solved-it')).toHaveCount(0);
  expect((await visitorTicket(request, stored!)).status).toBe('solved');
});

test('opens an article from the confirmation and comes back to it', async ({ page }) => {
  const { widget, form } = await openTicketForm(page, '/ticket-confirmation');
  await fillTicket(form, `Invoice ${randomUUID().slice(0, 8)}`, 'Where do I download my invoice?');
  await form.send.click();
  const sent = widget.host.locator('.ticket-sent');
  const reference = await sent.locator('.ticket-reference').textContent();
  await sent.locator('.related-article').first().click();
  await expect(widget.articleTitle).toBeFocused();
  await widget.back.click();
  await expect(widget.host.locator('.ticket-sent .ticket-reference')).toHaveText(reference ?? '');
});

test('carries the search into the message and sends it with the articles read before', async ({ page, request }) => {
  const widget = widgetLocators(page);
  await page.goto('/ticket-confirmation');
  await searchAndOpenArticle(widget, 'invoice');
  const articleLocale = await page.evaluate(() => document.querySelector('[data-support-widget]')?.shadowRoot?.querySelector('.article')?.getAttribute('lang'));
  await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
  await widget.host.locator('button.write-to-us').click();
  const form = ticketFormLocators(widget);
  await expect(form.message).toHaveValue('invoice');

  await fillTicket(form, `Carried over ${randomUUID().slice(0, 8)}`, 'invoice: the card payment fails');
  await form.send.click();
  const reference = (await widget.host.locator('.ticket-sent .ticket-reference').textContent()) ?? '';
  const ticket = await staffTicket(request, reference);
  expect(ticket.searchText).toBe('invoice');
  expect(ticket.viewedArticles).toHaveLength(1);
  expect(ticket.viewedArticles[0]).toMatch(new RegExp(`^${articleLocale}/[a-z0-9-]+$`));
  expect(ticket.locale).toBe('en');
});
