import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { openTicketForm } from './support/open-ticket-form';

// What a visitor writes in each language.
const visitors = {
  en: { subject: 'Mail on my iPhone', message: 'Mail does not arrive on my iPhone since yesterday.' },
  sv: { subject: 'Glömt lösenordet', message: 'Jag har glömt lösenordet till kontrollpanelen.' },
  nl: { subject: 'Wachtwoord vergeten', message: 'Ik ben het wachtwoord van het controlepaneel vergeten.' },
  da: { subject: 'Glemt adgangskode', message: 'Jeg har glemt adgangskoden til kontrolpanelet.' },
};

for (const [locale, visitor] of Object.entries(visitors)) {
  test(`writes to support and gets the confirmation in ${locale}`, async ({ page }) => {
    const { widget, form } = await openTicketForm(page, `/ticket-form-language-${locale}`, locale);
    const { t } = widget;
    await expect(widget.panel).toHaveAttribute('lang', locale);
    for (const [name, label] of [['name', t.nameLabel], ['email', t.emailLabel], ['subject', t.subjectLabel], ['message', t.messageLabel], ['category', t.categoryLabel]] as const) {
      await expect(form[name]).toHaveAccessibleName(label);
    }
    await expect(form.category.locator('option', { hasText: t.categories.billing })).toHaveCount(1);

    // The messages at the fields are in the visitor's language too.
    await form.send.click();
    await expect(form.errorOf('name')).toHaveText(t.required);
    await expect(form.errorOf('email')).toHaveText(t.required);

    await form.name.fill('Ada Lovelace');
    await form.email.fill(`ada.${randomUUID().slice(0, 8)}@example.com`);
    await form.subject.fill(`${visitor.subject} ${randomUUID().slice(0, 6)}`);
    await form.message.fill(visitor.message);
    await expect(widget.host.getByRole('heading', { name: t.relatedTitle })).toBeVisible();
    await form.category.selectOption('account');
    await form.send.click();

    const sent = widget.host.locator('.ticket-sent');
    await expect(sent.getByRole('heading', { name: t.sentTitle })).toBeFocused();
    await expect(sent).toContainText(t.referenceLabel);
    await expect(sent.locator('button.solved-it')).toHaveText(t.solvedIt);
    await expect(sent.locator('.related-article')).toHaveCount(3);
  });
}
