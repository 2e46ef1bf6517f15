import { expect, test } from './support/fixtures';
import { openTicketLink, recordRated, ticketLocators } from './support/open-ticket';
import { createTicket, staffReply, staffTicket } from './support/ticket-api';

test('solves the ticket, rates the help 5 with a comment, changes it, and reopens by writing again', async ({ page, request }) => {
  const ticket = await createTicket(request, { subject: 'Backup restore' });
  await staffReply(request, ticket.reference, 'Restored from last night’s backup.');
  const widget = await openTicketLink(page, '/ticket-csat', ticket);
  const { t } = widget;
  const parts = ticketLocators(widget);
  const rated = await recordRated(page);

  await parts.markSolved.click();
  await expect(parts.status).toHaveText(t.ticketStatus.solved);
  const csat = widget.host.locator('form.csat');
  await expect(csat.getByRole('group', { name: t.csatQuestion })).toBeVisible();

  // Sending with no score says what is missing, and sends nothing.
  await csat.getByRole('button', { name: t.csatSend }).click();
  await expect(csat).toContainText(t.csatPick);

  await csat.getByRole('radio', { name: '5 of 5 stars' }).check();
  await csat.getByRole('textbox', { name: t.csatComment }).fill('Quick and <b>kind</b>');
  await csat.getByRole('button', { name: t.csatSend }).click();
  await expect(csat).toContainText(t.csatThanks);
  await expect.poll(async () => (await staffTicket(request, ticket.reference)).csat).toMatchObject({ score: 5, comment: 'Quick and <b>kind</b>' });
  expect(await rated()).toEqual([{ target: 'ticket', reference: ticket.reference, style: 'stars', value: 5 }]);

  await csat.getByRole('radio', { name: '4 of 5 stars' }).check();
  await csat.getByRole('button', { name: t.csatUpdate }).click();
  await expect.poll(async () => (await staffTicket(request, ticket.reference)).csat?.score).toBe(4);

  // A solved ticket's reply box says it reopens the ticket, and does.
  const reopenBox = widget.host.getByRole('textbox', { name: t.replyReopenLabel });
  await expect(reopenBox).toHaveAccessibleDescription(t.replyReopenHint);
  await reopenBox.fill('It broke again.');
  await widget.host.getByRole('button', { name: t.sendAndReopen }).click();
  await expect(parts.status).toHaveText(t.ticketStatus.open);
  await expect(parts.visitorMessages.last().locator('.message-body')).toHaveText('It broke again.');
  expect((await staffTicket(request, ticket.reference)).status).toBe('open');
});
