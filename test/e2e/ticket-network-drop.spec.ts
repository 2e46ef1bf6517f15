import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { fillTicket, openTicketForm } from './support/open-ticket-form';
import { interceptTicketPosts, loseTheAnswer, queuedWithSubject } from './support/ticket-api';

test('sends one ticket through a lost answer and a dropped connection, with the same key throughout', async ({ page, request, consoleLog }) => {
  consoleLog.allow(/Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/, 'the test cuts the ticket requests off on purpose');
  const subject = `Network drop ${randomUUID().slice(0, 8)}`;
  const { widget, form } = await openTicketForm(page, '/ticket-network-drop');
  const { t } = widget;
  await fillTicket(form, subject);

  let letThrough = false;
  // The first try reaches the server, which opens the ticket, but its answer is lost; the next are cut off.
  const keys = await interceptTicketPosts(page, (route, attempt) => (letThrough ? route.continue() : attempt === 1 ? loseTheAnswer(route) : route.abort('failed')));

  await form.send.click();
  await expect(form.status).toHaveText('Not sent yet: the connection failed. Trying again in 1 second.');
  // "Retry now" tries at once; that try is cut off too, and the wait grows.
  await form.root.getByRole('button', { name: t.retryNow }).click();
  await expect(form.status).toHaveText('Not sent yet: the connection failed. Trying again in 2 seconds.');

  await page.context().setOffline(true);
  await expect(form.status).toHaveText(t.retryOffline);
  letThrough = true;
  await page.context().setOffline(false);

  const reference = widget.host.locator('.ticket-sent .ticket-reference');
  await expect(reference).toHaveText(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/);
  expect(keys.length).toBeGreaterThanOrEqual(3);
  expect(new Set(keys).size, 'every try carries the same Idempotency-Key').toBe(1);
  const queued = await queuedWithSubject(request, subject);
  expect(queued.map((item) => item.reference)).toEqual([await reference.textContent()]);
});
