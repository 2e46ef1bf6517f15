import { randomUUID } from 'node:crypto';
import { axeViolations } from './support/axe-violations';
import { expect, test } from './support/fixtures';
import { fillTicket, openTicketForm } from './support/open-ticket-form';
import { createTicket } from './support/ticket-api';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`ticket form accessibility (axe, ${colorScheme})`, () => {
    test.use({ colorScheme });

    test('finds no violation on the form with every message shown, nor on the confirmation', async ({ page }) => {
      const { widget, form } = await openTicketForm(page, '/ticket-form-axe');
      expect(await axeViolations(page)).toEqual([]);
      await form.urgent.check();
      await form.send.click();
      await expect(form.errorOf('name')).toBeVisible();
      await expect(form.errorOf('urgentReason')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      await fillTicket(form, `Accessible ${randomUUID().slice(0, 8)}`, 'How do I pay my invoice by card?');
      await form.urgentReason.selectOption('security');
      await expect(widget.host.locator('.related-article').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await form.send.click();
      await expect(widget.host.locator('.ticket-sent .ticket-reference')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await widget.host.locator('button.solved-it').click();
      await expect(widget.host.locator('.solve-state')).toHaveText(widget.t.solvedThanks);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('finds no violation with the open-ticket offer', async ({ page, request }) => {
      const open = await createTicket(request, { subject: `Offer ${randomUUID().slice(0, 8)}` });
      await page.addInitScript((access) => localStorage.setItem('support-widget:tickets', JSON.stringify([access])), { reference: open.reference, token: open.token });
      const { widget } = await openTicketForm(page, '/ticket-form-axe');
      await expect(widget.host.locator('.duplicate-offer')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe('ticket form on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });
  test('finds no violation and nothing wider than the screen, on the form and the confirmation', async ({ page }) => {
    const { widget, form } = await openTicketForm(page, '/ticket-form-axe');
    await form.urgent.check();
    await form.send.click();
    await expect(form.errorOf('urgentReason')).toBeVisible();
    const overflow = () => widget.host.locator('.content').evaluate((content) => content.scrollWidth - content.clientWidth);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow()).toBe(0);
    await fillTicket(form, `Phone ${randomUUID().slice(0, 8)}`, 'How do I pay my invoice by card?');
    await form.urgentReason.selectOption('site-down');
    await form.send.click();
    await expect(widget.host.locator('.ticket-sent .ticket-reference')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow()).toBe(0);
  });
});
