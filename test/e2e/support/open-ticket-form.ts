import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { openContactStep } from './open-contact';
import type { WidgetLocators } from './widget-locators';

/**
 * Loads a host page, opens the panel, goes to the contact step and on to the ticket form through
 * "Write to us", and waits for the form's heading to take the focus.
 *
 * @example const { widget, form } = await openTicketForm(page, '/ticket-form-validation');
 */
export async function openTicketForm(page: Page, path: string, locale = 'en'): Promise<{ widget: WidgetLocators; form: TicketFormLocators }> {
  const widget = await openContactStep(page, path, locale);
  await widget.host.locator('button.write-to-us').click();
  await expect(widget.host.getByRole('heading', { name: widget.t.formTitle })).toBeFocused();
  return { widget, form: ticketFormLocators(widget) };
}

/** The ticket form's controls, by the names other specs rely on (see the agreements). */
export function ticketFormLocators(widget: WidgetLocators) {
  const root = widget.host.locator('form.ticket-form');
  const control = (name: string): Locator => root.locator(`[name="${name}"]`);
  return {
    root,
    name: control('name'),
    email: control('email'),
    subject: control('subject'),
    message: control('message'),
    category: control('category'),
    urgent: control('urgent'),
    urgentReason: control('urgentReason'),
    website: control('website'),
    send: root.locator('button[type="submit"]'),
    status: root.locator('.send-state'),
    /** The message shown for a field, found through its aria-describedby. */
    errorOf: (name: string) => root.locator(`#sw-tf-${name}-error`),
  };
}
export type TicketFormLocators = ReturnType<typeof ticketFormLocators>;

/**
 * Fills every field with valid values; `subject` makes the ticket findable in the staff queue. The
 * address is new each time: the server allows five tickets an hour per address.
 */
export async function fillTicket(form: TicketFormLocators, subject: string, message = 'My invoice page shows an error when I try to pay.'): Promise<void> {
  await form.name.fill('Ada Lovelace');
  await form.email.fill(`ada.${randomUUID().slice(0, 8)}@example.com`);
  await form.subject.fill(subject);
  await form.message.fill(message);
  await form.category.selectOption('billing');
}
