import { axeViolations } from './support/axe-violations';
import { openWidget } from './support/open-widget';
import { expect, test } from './support/fixtures';

test.describe('accessibility (axe)', () => {
  test('finds no violation in the open panel with popular articles', async ({ page }) => {
    await openWidget(page, '/accessibility');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds no violation in the suggestions with one of them active', async ({ page }) => {
    const widget = await openWidget(page, '/accessibility');
    await widget.search.pressSequentially('ssl certificate');
    await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
    await page.keyboard.press('ArrowDown');
    await expect(widget.search).toHaveAttribute('aria-activedescendant', 'sw-suggestions-0');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds no violation in an open article', async ({ page }) => {
    const widget = await openWidget(page, '/accessibility');
    await widget.search.pressSequentially('nameservers');
    await widget.options.first().click();
    await expect(widget.articleBody).toBeVisible();
    await expect(widget.helpful).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds no violation when nothing matches', async ({ page }) => {
    const widget = await openWidget(page, '/accessibility');
    await widget.search.pressSequentially('xyzzy flurb');
    await expect(widget.noMatch).toContainText(widget.t.noMatchTitle('xyzzy flurb'));
    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds no violation in the contact view', async ({ page }) => {
    const widget = await openWidget(page, '/accessibility');
    await widget.search.pressSequentially('xyzzy flurb');
    await widget.host.getByRole('button', { name: widget.t.contact }).click();
    await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds the violations it is looking for', async ({ page }) => {
    // Guards the tests above: axe must see inside the widget's shadow root.
    const widget = await openWidget(page, '/accessibility');
    // An unlabelled search box: no <label for>, no placeholder to fall back on.
    await widget.search.evaluate((input) => (input.removeAttribute('id'), input.removeAttribute('placeholder')));
    expect((await axeViolations(page)).join('\n')).toMatch(/^label: /m);
  });
});
