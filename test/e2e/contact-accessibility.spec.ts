import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe-violations';
import { withIncident } from './support/contact-api';
import { openContactStep } from './support/open-contact';
import { openWidget } from './support/open-widget';
import { INCIDENT_SITE_ORIGIN } from './support/server-settings';
import { expect, test } from './support/fixtures';

const INCIDENT = { channel: 'email', url: 'https://status.kestrelhost.example/incidents/7' };

/** Checks the search view and the contact step with an incident banner above them. */
async function checkWithBanner(page: Page, request: Parameters<typeof withIncident>[0]): Promise<void> {
  const title = `E-mail delivery delayed ${randomUUID().slice(0, 8)}`;
  await withIncident(request, { ...INCIDENT, title }, async () => {
    const widget = await openWidget(page, `${INCIDENT_SITE_ORIGIN}/contact-accessibility`);
    const banner = widget.host.locator('.incident').filter({ hasText: title });
    await expect(banner).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await widget.host.getByRole('button', { name: widget.t.contactUs }).click();
    await expect(widget.host.getByRole('list', { name: widget.t.channelsLabel })).toBeVisible();
    await expect(banner).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('contact step accessibility (axe)', () => {
  test('finds no violation on the contact step', async ({ page }) => {
    await openContactStep(page, '/contact-accessibility');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds no violation with an incident banner', async ({ page, request }) => {
    await checkWithBanner(page, request);
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('finds no violation on the contact step and with an incident banner', async ({ page, request }) => {
      await openContactStep(page, '/contact-accessibility');
      expect(await axeViolations(page)).toEqual([]);
      await checkWithBanner(page, request);
    });
  });

  test.describe('on a 360 px phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });
    test('finds no violation and nothing wider than the screen', async ({ page, request }) => {
      const widget = await openContactStep(page, '/contact-accessibility');
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await widget.host.locator('.content').evaluate((content) => content.scrollWidth - content.clientWidth);
      expect(overflow).toBe(0);
      await checkWithBanner(page, request);
    });
  });
});
