import { expect, test } from './support/fixtures';
import { openTicketForm } from './support/open-ticket-form';

test('shows each field\'s message once left, live as the visitor types, and focuses the first at fault on Send', async ({ page }) => {
  const { widget, form } = await openTicketForm(page, '/ticket-form-validation');
  const { t } = widget;

  // Nothing is said about a field before the visitor leaves it.
  await form.email.fill('ada@');
  await expect(form.errorOf('email')).toHaveCount(0);
  await form.subject.focus();
  await expect(form.errorOf('email')).toHaveText(t.emailInvalid);
  await expect(form.email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.email).toHaveAttribute('aria-describedby', 'sw-tf-email-error');
  // Then live: it goes as soon as the address is whole.
  await form.email.pressSequentially('example.com');
  await expect(form.errorOf('email')).toHaveCount(0);
  await expect(form.email).not.toHaveAttribute('aria-invalid', 'true');

  await form.send.click();
  await expect(form.name).toBeFocused();
  await expect(form.errorOf('name')).toHaveText(t.required);
  await expect(form.errorOf('subject')).toHaveText(t.required);
  await expect(form.errorOf('message')).toHaveText(t.required);
  await expect(form.errorOf('category')).toHaveText(t.choose);

  // Urgent needs a reason, and only then.
  await form.urgent.check();
  await expect(form.urgentReason).toBeVisible();
  await expect(form.errorOf('urgentReason')).toHaveText(t.choose);
  await form.urgentReason.selectOption('site-down');
  await expect(form.errorOf('urgentReason')).toHaveCount(0);

  // The contract's limits, in the visitor's words.
  await form.subject.fill('x'.repeat(201));
  await expect(form.errorOf('subject')).toHaveText('Please keep it to 200 characters.');
});

test('keeps the honeypot out of sight and out of the tab order', async ({ page }) => {
  const { form } = await openTicketForm(page, '/ticket-form-validation');
  await expect(form.website).toHaveAttribute('tabindex', '-1');
  await expect(form.website).toHaveAttribute('autocomplete', 'off');
  await expect(form.website).not.toBeInViewport();
  await expect(page.locator('[data-support-widget]').getByRole('textbox', { name: /website|empty/i })).toHaveCount(0);
});

test('shows the server\'s message at its field when the server refuses the ticket', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 422/, 'the test answers the ticket with a refusal on purpose');
  const { form } = await openTicketForm(page, '/ticket-form-validation');
  await page.route('**/api/tickets', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/problem+json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({ type: 'identity-mismatch', title: 'Unprocessable', status: 422, errors: [{ field: 'identity', message: 'is signed for another e-mail address than the ticket' }] }),
    }),
  );
  await form.name.fill('Ada Lovelace');
  await form.email.fill('ada@example.com');
  await form.subject.fill('Refused by the server');
  await form.message.fill('Hello');
  await form.category.selectOption('other');
  await form.send.click();
  await expect(form.email).toBeFocused();
  await expect(form.errorOf('email')).toHaveText('Not accepted: is signed for another e-mail address than the ticket.');
  // Nothing typed is lost.
  await expect(form.subject).toHaveValue('Refused by the server');
});
