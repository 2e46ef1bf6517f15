import { openWidget } from './support/open-widget';
import { expect, test } from './support/fixtures';

test.describe('English fallback', () => {
  test('shows English articles with a notice when Swedish has no match for "cron"', async ({ page }) => {
    const widget = await openWidget(page, '/english-fallback', 'sv');
    await widget.search.pressSequentially('cron');
    await expect(widget.fallbackNote).toBeVisible();
    await expect(widget.titles.first()).toHaveText('Schedule tasks with cron jobs');
    await expect(widget.options.first()).toHaveAttribute('lang', 'en');
  });

  test('switches from Swedish to English suggestions as "phpmyadmin" stops matching Swedish', async ({ page }) => {
    const widget = await openWidget(page, '/english-fallback', 'sv');
    await widget.search.pressSequentially('php');
    await expect(widget.options.first()).toHaveAttribute('lang', 'sv');
    await expect(widget.fallbackNote).toHaveCount(0);

    await widget.search.pressSequentially('myadmin');
    await expect(widget.fallbackNote).toBeVisible();
    await expect(widget.titles).toContainText(['Manage databases with phpMyAdmin']);
    await expect(widget.options.first()).toHaveAttribute('lang', 'en');
  });

  test('opens an English stand-in article in English', async ({ page }) => {
    const widget = await openWidget(page, '/english-fallback', 'sv');
    await widget.search.pressSequentially('cron');
    await widget.options.first().click();
    await expect(widget.articleTitle).toHaveText('Schedule tasks with cron jobs');
    await expect(widget.host.locator('article')).toHaveAttribute('lang', 'en');
    await expect(widget.articleBody).toContainText(/cron/i);
    // The panel itself stays Swedish around the English article.
    await expect(widget.back).toBeVisible();
  });

  test('shows no notice once a Swedish word matches again', async ({ page }) => {
    const widget = await openWidget(page, '/english-fallback', 'sv');
    await widget.search.pressSequentially('cron');
    await expect(widget.fallbackNote).toBeVisible();
    await widget.search.fill('');
    await widget.search.pressSequentially('faktura');
    await expect(widget.titles.first()).toHaveText('Betala en faktura');
    await expect(widget.fallbackNote).toHaveCount(0);
  });
});
