import { openWidget } from './support/open-widget';
import { expect, test } from './support/fixtures';

test('says clearly that nothing matches and offers to contact support', async ({ page }) => {
  const widget = await openWidget(page, '/no-match');
  await widget.search.pressSequentially('xyzzy flurb');

  await expect(widget.noMatch).toContainText(widget.t.noMatchTitle('xyzzy flurb'));
  await expect(widget.noMatch).toContainText(widget.t.noMatchHint);
  await expect(widget.suggestions).toHaveCount(0);
  await expect(widget.fallbackNote).toHaveCount(0);
  // Screen readers hear it too.
  await expect(widget.host.getByRole('status')).toHaveText(widget.t.noMatchTitle('xyzzy flurb'));

  await widget.noMatch.getByRole('button', { name: widget.t.contact }).click();
  await expect(widget.host.getByRole('heading', { name: widget.t.contactTitle })).toBeFocused();
  await expect(widget.host.getByRole('link', { name: widget.t.contactEmail('support@kestrelhost.com') })).toHaveAttribute(
    'href',
    'mailto:support@kestrelhost.com',
  );

  // And back to the search, as it was.
  await widget.back.click();
  await expect(widget.search).toHaveValue('xyzzy flurb');
});
