import { signedIdentityHeaders } from './support/contact-api';
import { channelNames, openContactStep } from './support/open-contact';
import { expect, test } from './support/fixtures';

const WIDGET_FILES = /^http:\/\/127\.0\.0\.1:4317\/widget\//;

/** The identity the host site's server signed for its customer, as the page template would print it. */
function signedIdentity(email: string, plan: string) {
  const headers = signedIdentityHeaders(email, plan);
  return { email, plan, signature: headers['X-Identity-Signature']! };
}

test('shows the VIP-only channel to a visitor the site signed for with a VIP plan', async ({ page }) => {
  await page.addInitScript((identity) => Object.assign(window, { signedIdentity: identity }), signedIdentity('ada@example.com', 'vip'));
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/channels'));
  const widget = await openContactStep(page, '/host-identify-vip');

  expect(await (await sent).headerValue('x-identity-plan')).toBe('vip');
  await expect(channelNames(widget)).toContainText(['Priority line']);
  await expect(widget.host.locator('a[href="tel:+46812345699"]')).toBeVisible();
});

test('keeps a visitor with a wrong signature anonymous', async ({ page }) => {
  const forged = { ...signedIdentity('ada@example.com', 'vip'), plan: 'vip', email: 'eve@example.com' };
  await page.addInitScript((identity) => Object.assign(window, { signedIdentity: identity }), forged);
  const widget = await openContactStep(page, '/host-identify-vip');

  await expect(channelNames(widget)).toHaveText(['E-mail', 'Chat', 'Phone']);
  await expect(widget.host.getByText('Priority line')).toHaveCount(0);
});

test('refuses a malformed identity with one warning naming the field, and throws nothing', async ({ page, consoleLog }) => {
  await page.addInitScript(() => Object.assign(window, { signedIdentity: { email: 'ada@example.com', plan: 'vip', signature: 'not-hex' } }));
  const widget = await openContactStep(page, '/host-identify-vip');

  await expect(channelNames(widget)).toHaveText(['E-mail', 'Chat', 'Phone']);
  const warnings = consoleLog.messages('warning').filter((message) => message.includes('identify()'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('signature');
  // Called directly too, with nonsense: still no exception reaches the page.
  expect(await page.evaluate(() => (window.SupportWidget as { identify(value: unknown): unknown }).identify(42))).toBeUndefined();
});

test('lists the channels again when the visitor is identified while the contact step shows', async ({ page }) => {
  const widget = await openContactStep(page, '/host-identify-vip');
  await expect(channelNames(widget)).toHaveText(['E-mail', 'Chat', 'Phone']);

  await page.evaluate((identity) => (window.SupportWidget as { identify(value: unknown): void }).identify(identity), signedIdentity('ada@example.com', 'vip'));
  await expect(channelNames(widget)).toContainText(['Priority line']);

  // identify(null) forgets the visitor: the line goes again.
  await page.evaluate(() => (window.SupportWidget as { identify(value: unknown): void }).identify(null));
  await expect(channelNames(widget)).toHaveText(['E-mail', 'Chat', 'Phone']);
});

test('does not download the panel just to hold an identity', async ({ page }) => {
  await page.addInitScript((identity) => Object.assign(window, { signedIdentity: identity }), signedIdentity('ada@example.com', 'vip'));
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (WIDGET_FILES.test(request.url())) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/host-identify-vip');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual(['/widget/widget.js']);
});
