import type { Page } from '@playwright/test';
import { messagesFor } from '../../widget/i18n/messages';
import { openWidget } from './support/open-widget';
import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

const setLocale = (page: Page, locale: string) => page.evaluate((tag) => (window.SupportWidget as { setLocale(tag: string): void }).setLocale(tag), locale);
const setDataLocale = (page: Page, locale: string) => page.evaluate((tag) => document.getElementById('support-widget')!.setAttribute('data-locale', tag), locale);

test('switches the open panel’s strings and articles with setLocale() and data-locale, keeping the typed query', async ({ page }) => {
  const widget = await openWidget(page, '/locale-switch');
  await widget.search.pressSequentially('faktura');
  await expect(widget.noMatch).toContainText(widget.t.noMatchTitle('faktura'));

  await setLocale(page, 'sv');
  const sv = messagesFor('sv');
  await expect(widget.panel).toHaveAttribute('lang', 'sv');
  await expect(widget.host.locator('.panel-title')).toHaveText(sv.panelTitle);
  await expect(widget.host.getByRole('combobox', { name: sv.searchLabel })).toHaveValue('faktura');
  await expect(widget.titles.first()).toHaveText('Betala en faktura');
  await expect(widget.launcher).toHaveAttribute('aria-label', 'Hjälp');

  await setDataLocale(page, 'da-DK');
  const da = messagesFor('da');
  await expect(widget.panel).toHaveAttribute('lang', 'da');
  await expect(widget.host.getByRole('button', { name: da.contactUs })).toBeVisible();
  await expect(widget.host.getByRole('combobox', { name: da.searchLabel })).toHaveValue('faktura');
  await expect(widget.titles.first()).toHaveText('Betal din faktura');
  await expect(widget.launcher).toHaveAttribute('aria-label', 'Hjælp');
});

test('switches the contact step in place, its opening times in the new language', async ({ page }) => {
  const widget = await openWidget(page, '/locale-switch');
  await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
  await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
  await expect(widget.host.locator('.channel-state.closed')).toContainText(widget.t.closed);

  await setLocale(page, 'nl');
  const nl = messagesFor('nl');
  await expect(widget.host.getByRole('heading', { name: nl.contactTitle })).toBeVisible();
  await expect(widget.host.locator('.channel-state.closed')).toContainText(`${nl.closed} · `);
  await expect(widget.host.getByRole('button', { name: nl.back })).toBeVisible();
});

test('falls back to English strings for a language it has none for, and ignores a bad tag with a warning', async ({ page, consoleLog }) => {
  const widget = await openWidget(page, '/locale-switch');
  await setLocale(page, 'de');
  await expect(widget.panel).toHaveAttribute('lang', 'en');
  await expect(widget.host.locator('.panel-title')).toHaveText(widget.t.panelTitle);

  await setLocale(page, 'sv');
  await expect(widget.panel).toHaveAttribute('lang', 'sv');
  await setDataLocale(page, 'not a language');
  await expect.poll(() => consoleLog.messages('warning').filter((message) => message.includes('data-locale'))).toHaveLength(1);
  await expect(widget.panel).toHaveAttribute('lang', 'sv');
});

test('takes a language the page set through the queue before widget.js loaded, without loading the panel', async ({ page }) => {
  await page.addInitScript(() => {
    const stub = Object.assign((...args: unknown[]) => void (stub.q ??= []).push(args), { q: undefined as unknown[][] | undefined });
    Object.assign(window, { SupportWidget: stub });
    stub('setLocale', 'sv');
  });
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/widget/')) fetched.push(new URL(request.url()).pathname);
  });
  const widget = widgetLocators(page, 'sv');
  await page.goto('/locale-switch');
  await expect(widget.launcher).toHaveAttribute('aria-label', 'Hjälp');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual(['/widget/widget.js']);

  await widget.launcher.click();
  await expect(widget.panel).toHaveAttribute('lang', 'sv');
  await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.popular);
});
