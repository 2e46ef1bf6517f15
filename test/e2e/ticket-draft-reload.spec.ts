import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { fillTicket, openTicketForm, ticketFormLocators } from './support/open-ticket-form';
import { interceptTicketPosts, loseTheAnswer, queuedWithSubject } from './support/ticket-api';

const DRAFT_KEY = 'support-widget:draft';
const storedDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);

test('keeps the draft across a reload, stores nothing before the visitor types, and forgets it once sent', async ({ page }) => {
  const subject = `Draft ${randomUUID().slice(0, 8)}`;
  let { form } = await openTicketForm(page, '/ticket-draft-reload');
  expect(await storedDraft(page)).toBeNull();
  await fillTicket(form, subject, 'Half of my question, and the rest.');
  await form.urgent.check();
  await form.urgentReason.selectOption('email-down');

  await page.reload();
  ({ form } = await openTicketForm(page, '/ticket-draft-reload'));
  await expect(form.subject).toHaveValue(subject);
  await expect(form.message).toHaveValue('Half of my question, and the rest.');
  await expect(form.category).toHaveValue('billing');
  await expect(form.urgent).toBeChecked();
  await expect(form.urgentReason).toHaveValue('email-down');

  await form.send.click();
  await expect(page.locator('[data-support-widget] .ticket-sent')).toBeVisible();
  expect(await storedDraft(page)).toBeNull();
});

test('sends a ticket interrupted by a reload again with its key, and opens it once', async ({ page, request, consoleLog }) => {
  consoleLog.allow(/Failed to load resource: net::ERR_FAILED/, 'the test cuts the ticket requests off on purpose');
  const subject = `Reload while sending ${randomUUID().slice(0, 8)}`;
  let { widget, form } = await openTicketForm(page, '/ticket-draft-reload');
  await fillTicket(form, subject);
  let cutOff = true;
  // Before the reload, the server gets the ticket but the widget never hears back.
  const keys = await interceptTicketPosts(page, (route) => (cutOff ? loseTheAnswer(route) : route.continue()));
  await form.send.click();
  await expect(form.status).toContainText('Not sent yet');

  cutOff = false;
  await page.reload();
  ({ widget, form } = await openTicketForm(page, '/ticket-draft-reload'));
  await expect(widget.host.locator('.resumed')).toHaveText(widget.t.resumed);
  await expect(form.subject).toHaveValue(subject);
  await form.send.click();
  await expect(widget.host.locator('.ticket-sent .ticket-reference')).toBeVisible();
  expect(new Set(keys).size, 'the same Idempotency-Key before and after the reload').toBe(1);
  expect(await queuedWithSubject(request, subject)).toHaveLength(1);
});

test('keeps everything typed while the visitor reads an article the form suggested', async ({ page }) => {
  const { widget, form } = await openTicketForm(page, '/ticket-draft-reload');
  await form.subject.fill('Invoice');
  await form.message.fill('How do I pay my invoice by card?');
  const related = widget.host.getByRole('region', { name: 'These might answer it' });
  await expect(related.locator('.related-article').first()).toBeVisible();
  const title = await related.locator('.related-title').first().textContent();
  await related.locator('.related-article').first().click();
  await expect(widget.articleTitle).toHaveText(title ?? '');
  await widget.back.click();
  const again = ticketFormLocators(widget);
  await expect(widget.host.getByRole('heading', { name: widget.t.formTitle })).toBeFocused();
  await expect(again.subject).toHaveValue('Invoice');
  await expect(again.message).toHaveValue('How do I pay my invoice by card?');
});
