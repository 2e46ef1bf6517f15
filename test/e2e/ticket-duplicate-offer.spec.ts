import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { fillTicket, openTicketForm } from './support/open-ticket-form';
import { WIDGET_SERVER } from './support/server-settings';
import { createTicket, rememberTickets, visitorTicket } from './support/ticket-api';

test('offers the open ticket, and adds the message to it instead of opening another', async ({ page, request }) => {
  const subject = `Mail bounces ${randomUUID().slice(0, 8)}`;
  const open = await createTicket(request, { subject });
  await rememberTickets(page, [open]);
  const { widget, form } = await openTicketForm(page, '/ticket-duplicate-offer');
  const offer = widget.host.locator('.duplicate-offer');
  await expect(offer.getByRole('heading')).toHaveText(`You already have an open ticket ${open.reference} «${subject}»`);

  await offer.getByRole('button', { name: widget.t.addToOpen }).click();
  // The message is needed first.
  await expect(form.message).toBeFocused();
  await expect(form.errorOf('message')).toHaveText(widget.t.required);
  await form.message.fill('It bounces again this morning.');
  await offer.getByRole('button', { name: widget.t.addToOpen }).click();

  const sent = widget.host.locator('.ticket-sent');
  await expect(sent.getByRole('heading', { name: widget.t.addedTitle })).toBeFocused();
  await expect(sent.locator('.ticket-reference')).toHaveText(open.reference);
  const messages = (await visitorTicket(request, open)).messages.filter((message) => message.author === 'visitor').map((message) => message.body);
  expect(messages).toEqual(['Every message I send comes back.', 'It bounces again this morning.']);
});

test('asks again before sending, and sends a new ticket when the visitor says so', async ({ page, request }) => {
  const open = await createTicket(request, { subject: `Old question ${randomUUID().slice(0, 8)}` });
  await rememberTickets(page, [open]);
  const { widget, form } = await openTicketForm(page, '/ticket-duplicate-offer');
  const offer = widget.host.locator('.duplicate-offer');
  await expect(offer).toBeVisible();
  await fillTicket(form, `New question ${randomUUID().slice(0, 8)}`);
  await form.send.click();
  // Sending with the offer unanswered brings the offer to the visitor's attention first.
  await expect(offer.getByRole('heading')).toBeFocused();
  await offer.getByRole('button', { name: widget.t.sendAsNew }).click();
  const reference = widget.host.locator('.ticket-sent .ticket-reference');
  await expect(reference).toHaveText(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/);
  await expect(reference).not.toHaveText(open.reference);
});

test('passes over a solved ticket and offers the open one', async ({ page, request }) => {
  const open = await createTicket(request, { subject: `Still open ${randomUUID().slice(0, 8)}` });
  const solved = await createTicket(request, { subject: `Solved ${randomUUID().slice(0, 8)}` });
  const answer = await request.post(`${WIDGET_SERVER}/api/tickets/${solved.reference}/solve`, { headers: { Authorization: `Bearer ${solved.token}`, Origin: 'http://127.0.0.1:4318' } });
  expect(answer.status()).toBe(200);
  // Newest first, as the widget stores them: the solved one is looked at first.
  await page.addInitScript(
    (tickets) => localStorage.setItem('support-widget:tickets', JSON.stringify(tickets)),
    [solved, open].map(({ reference, token }) => ({ reference, token })),
  );
  const { widget } = await openTicketForm(page, '/ticket-duplicate-offer');
  await expect(widget.host.locator('.duplicate-offer').getByRole('heading')).toContainText(open.reference);
});
