import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { withIncident } from './support/contact-api';
import { expect, test } from './support/fixtures';
import { openTicketLink, ticketLocators } from './support/open-ticket';
import { openTicketForm } from './support/open-ticket-form';
import { openWidget } from './support/open-widget';
import { INCIDENT_SITE_ORIGIN } from './support/server-settings';
import { createTicket, staffReply, staffTicket, storedTickets } from './support/ticket-api';
import { watchForScript, XSS_PAYLOADS } from './support/xss-payloads';

/** Elements no typed text may ever become inside the widget (its own icons are aria-hidden SVGs). */
async function injectedElements(page: Page): Promise<string[]> {
  return page.locator('[data-support-widget]').evaluate((host) =>
    [...(host.shadowRoot?.querySelectorAll('img, script, iframe, style:not([data-support-widget-style]), svg:not([aria-hidden="true"]), a[href^="javascript:"], [onerror], [onload]') ?? [])].map(
      (element) => element.outerHTML.slice(0, 80),
    ),
  );
}

const shows = async (locator: Locator, text: string) => expect(locator).toHaveText(text, { useInnerText: false });

test('shows every payload typed into the search as text', async ({ page }) => {
  const ran = await watchForScript(page);
  const widget = await openWidget(page, '/xss-every-field');
  for (const payload of XSS_PAYLOADS) {
    await widget.search.fill(payload);
    await expect(widget.search).toHaveValue(payload);
    // Either the no-match sentence quotes it, or articles are suggested: never markup.
    await expect(widget.noMatch.or(widget.suggestions)).toBeVisible();
    if (await widget.noMatch.isVisible()) await expect(widget.noMatch).toContainText(payload.trim());
  }
  expect(await injectedElements(page)).toEqual([]);
  expect(await ran()).toEqual([]);
});

test('sends payloads in every field of the form, and the confirmation and conversation show them as text', async ({ page, request }) => {
  const ran = await watchForScript(page);
  const { widget, form } = await openTicketForm(page, '/xss-every-field');
  const name = XSS_PAYLOADS[0];
  const subject = `${XSS_PAYLOADS[2]} ${randomUUID().slice(0, 8)}`;
  const message = XSS_PAYLOADS.join('\n');
  await form.name.fill(name);
  await form.email.fill(`xss.${randomUUID().slice(0, 8)}@example.com`);
  await form.subject.fill(subject);
  await form.message.fill(message);
  await form.category.selectOption('other');
  await form.send.click();
  await expect(widget.host.locator('.ticket-sent .ticket-reference')).toHaveText(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/);

  // Stored exactly as typed: the server keeps text, the widget escapes nothing into entities.
  const [stored] = await storedTickets(page);
  const asStaffSee = await staffTicket(request, stored!.reference);
  expect([asStaffSee.name, asStaffSee.subject, asStaffSee.messages[0]?.body]).toEqual([name, subject, message]);

  await widget.host.locator('button.view-ticket').click();
  const parts = ticketLocators(widget);
  await shows(parts.conversation.getByRole('heading', { level: 2 }), subject);
  await shows(parts.visitorMessages.first().locator('.message-body'), message);
  await expect(parts.visitorMessages.first()).toContainText(name);
  expect(await injectedElements(page)).toEqual([]);
  expect(await ran()).toEqual([]);
});

test('shows payloads in a staff reply, a CSAT comment and a reply box as text', async ({ page, request }) => {
  const ran = await watchForScript(page);
  const ticket = await createTicket(request, { subject: XSS_PAYLOADS[4], message: XSS_PAYLOADS[5] });
  await staffReply(request, ticket.reference, XSS_PAYLOADS.join('\n'));
  const widget = await openTicketLink(page, '/xss-every-field', ticket);
  const parts = ticketLocators(widget);
  await shows(parts.staffMessages.first().locator('.message-body'), XSS_PAYLOADS.join('\n'));

  await parts.reply.fill(XSS_PAYLOADS[3]);
  await parts.send.click();
  await shows(parts.visitorMessages.last().locator('.message-body'), XSS_PAYLOADS[3]);

  await parts.markSolved.click();
  const csat = widget.host.locator('form.csat');
  await csat.getByRole('radio', { name: '2 of 5 stars' }).check();
  await csat.getByRole('textbox', { name: widget.t.csatComment }).fill(XSS_PAYLOADS[1]);
  await csat.getByRole('button', { name: widget.t.csatSend }).click();
  await expect(csat).toContainText(widget.t.csatThanks);
  await expect.poll(async () => (await staffTicket(request, ticket.reference)).csat?.comment).toBe(XSS_PAYLOADS[1]);
  // Back later: the comment comes back from the server into the form, as a value.
  await page.reload();
  await widget.launcher.click();
  await parts.myTicketsLink.click();
  await widget.host.locator(`.ticket-item[data-reference="${ticket.reference}"]`).click();
  await expect(widget.host.locator('form.csat').getByRole('textbox', { name: widget.t.csatComment })).toHaveValue(XSS_PAYLOADS[1]);
  expect(await injectedElements(page)).toEqual([]);
  expect(await ran()).toEqual([]);
});

test('shows an incident title staff typed as text in the banner', async ({ page, request }) => {
  const ran = await watchForScript(page);
  const title = `${XSS_PAYLOADS[0]} ${XSS_PAYLOADS[3]} ${randomUUID().slice(0, 8)}`;
  await withIncident(request, { title }, async () => {
    const widget = await openWidget(page, `${INCIDENT_SITE_ORIGIN}/xss-every-field`);
    await expect(widget.host.locator('.incident').filter({ hasText: title })).toBeVisible();
    expect(await injectedElements(page)).toEqual([]);
  });
  expect(await ran()).toEqual([]);
});

test('fills prefilled payloads into the form as values', async ({ page }) => {
  const ran = await watchForScript(page);
  await page.addInitScript((payloads) => {
    const queue = function (...args: unknown[]) {
      ((queue as unknown as { q: unknown[][] }).q ??= []).push(args);
    };
    (window as unknown as { SupportWidget: unknown }).SupportWidget = queue;
    queue('prefill', { name: payloads[0], subject: payloads[2], message: payloads[1] });
  }, [...XSS_PAYLOADS]);
  const { form } = await openTicketForm(page, '/xss-every-field');
  await expect(form.name).toHaveValue(XSS_PAYLOADS[0]);
  await expect(form.subject).toHaveValue(XSS_PAYLOADS[2]);
  await expect(form.message).toHaveValue(XSS_PAYLOADS[1]);
  expect(await injectedElements(page)).toEqual([]);
  expect(await ran()).toEqual([]);
});
