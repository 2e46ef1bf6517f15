import type { Page } from '@playwright/test';
import { ticketMessagesFor, type TicketMessages } from '../../../widget/i18n/ticket-messages';

/**
 * The widget's parts on a host page, found the way a visitor perceives them (roles and names in
 * the panel's language). Playwright's locators pierce the widget's open shadow root.
 *
 * @example
 *   const widget = widgetLocators(page, 'sv');
 *   await widget.launcher.click();
 *   await widget.search.pressSequentially('lösenord');
 */
export function widgetLocators(page: Page, locale = 'en') {
  // Every string the panel can show: the shell's and the ticket chunk's.
  const t: TicketMessages = ticketMessagesFor(locale);
  const host = page.locator('[data-support-widget]');
  const content = host.locator('.content');
  return {
    t,
    host,
    launcher: host.locator('button[aria-haspopup="dialog"]'),
    panel: host.getByRole('dialog'),
    closeButton: host.getByRole('button', { name: t.close }),
    search: host.getByRole('combobox', { name: t.searchLabel }),
    suggestions: host.getByRole('listbox'),
    options: host.getByRole('option'),
    /** The titles of the suggested articles, in order. */
    titles: host.locator('[role="option"] .suggestion-title'),
    fallbackNote: content.getByText(t.fallbackNote),
    /** The message shown when no article matches, with its way on to support. */
    noMatch: content.locator('.no-match'),
    articleTitle: host.locator('#sw-article-title'),
    articleBody: host.locator('.article-body'),
    back: host.getByRole('button', { name: t.back }),
    helpful: host.getByRole('group', { name: t.helpfulQuestion }),
  };
}
export type WidgetLocators = ReturnType<typeof widgetLocators>;
