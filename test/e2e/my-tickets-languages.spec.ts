import { expect, test } from './support/fixtures';
import { ticketLocators } from './support/open-ticket';
import { createTicket, rememberTickets, staffReply } from './support/ticket-api';
import { widgetLocators } from './support/widget-locators';

const expected = {
  sv: { unread: 'Hjälp, 2 olästa svar', newReplies: '2 nya svar', updated: /Uppdaterat (nu|för \d+ (sekunder|minuter?) sedan)/, stars: '4 av 5 stjärnor' },
  nl: { unread: 'Help, 2 ongelezen antwoorden', newReplies: '2 nieuwe antwoorden', updated: /Bijgewerkt (nu|\d+ (seconden|minuut|minuten) geleden)/, stars: '4 van 5 sterren' },
  da: { unread: 'Hjælp, 2 ulæste svar', newReplies: '2 nye svar', updated: /Opdateret (nu|for \d+ (sekunder|minutter?) siden)/, stars: '4 af 5 stjerner' },
};

for (const [locale, words] of Object.entries(expected)) {
  test(`shows the tickets, the badge and the conversation in ${locale}`, async ({ page, request }) => {
    const ticket = await createTicket(request, { subject: 'Webbplatsen är nere' });
    await staffReply(request, ticket.reference, 'Vi tittar på det.');
    await staffReply(request, ticket.reference, 'Nu är den uppe igen.', 'solved');
    await rememberTickets(page, [ticket]);
    const widget = widgetLocators(page, locale);
    const { t } = widget;
    const parts = ticketLocators(widget);
    await page.goto(`/my-tickets-language-${locale}`);

    await expect(widget.launcher).toHaveAttribute('aria-label', words.unread);
    await widget.launcher.click();
    await expect(parts.myTicketsLink).toHaveAccessibleName(`${t.myTickets}, ${words.newReplies}`);
    await parts.myTicketsLink.click();
    const item = widget.host.locator('.ticket-item');
    await expect(item).toContainText(t.ticketStatus.solved);
    await expect(item).toContainText(words.newReplies);
    await expect(item).toContainText(words.updated);

    await item.click();
    await expect(parts.status).toHaveText(t.ticketStatus.solved);
    await expect(widget.host.getByRole('group', { name: t.csatQuestion }).getByRole('radio', { name: words.stars })).toHaveCount(1);
    await expect(widget.host.getByRole('textbox', { name: t.replyReopenLabel })).toBeVisible();
    await expect(widget.launcher).toHaveAttribute('aria-label', t.panelTitle);
  });
}
