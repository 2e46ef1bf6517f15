import { channelsFor, signedIdentityHeaders } from './support/contact-api';
import { channelNames, openContactStep } from './support/open-contact';
import { expect, test } from './support/fixtures';

test('does not show a VIP-only channel to an anonymous visitor', async ({ page, request }) => {
  // The server has one: a visitor the site signed for with a VIP plan is shown it.
  const forVip = await channelsFor(request, signedIdentityHeaders('ada@example.com', 'vip'));
  expect(forVip.channels.map((channel) => channel.label)).toContain('Priority line');

  const sent = page.waitForRequest((candidate) => candidate.url().endsWith('/api/channels') && candidate.method() === 'GET');
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/channels') && response.request().method() === 'GET');
  const widget = await openContactStep(page, '/contact-vip');

  // The widget claims no identity it was not given...
  const headers = await (await sent).allHeaders();
  expect(Object.keys(headers).filter((name) => name.startsWith('x-identity'))).toEqual([]);
  // ...so the server leaves the line out, and the panel shows none.
  const body = (await (await answered).json()) as { channels: { label: string }[] };
  expect(body.channels.map((channel) => channel.label)).not.toContain('Priority line');
  await expect(channelNames(widget)).toHaveText(['E-mail', 'Chat', 'Phone']);
  await expect(widget.host.getByText('Priority line')).toHaveCount(0);
  await expect(widget.host.locator('a[href="tel:+46812345699"]')).toHaveCount(0);
});
