import { randomUUID } from 'node:crypto';
import { withIncident } from './support/contact-api';
import { visitorDayAndTime } from './support/expected-moments';
import { channelCard, channelList } from './support/open-contact';
import { openWidget } from './support/open-widget';
import { INCIDENT_SITE_ORIGIN } from './support/server-settings';
import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';

test.use({ timezoneId: 'Asia/Tokyo', locale: 'en-US' });

test('shows an active incident above everything, with a link to follow it, until it is resolved', async ({ page, request }) => {
  const widget = widgetLocators(page);
  const { t } = widget;
  // Unique, so that another incident open at the same time on this site cannot be mistaken for it.
  const title = `E-mail delivery delayed ${randomUUID().slice(0, 8)}`;
  const banner = widget.host.locator('.incident').filter({ hasText: title });
  const startedAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 25 * 60_000).toISOString();

  await withIncident(request, { title, channel: 'email', url: 'https://status.kestrelhost.example/incidents/42', startedAt }, async () => {
    await openWidget(page, `${INCIDENT_SITE_ORIGIN}/contact-incident`);
    // "since" in the visitor's zone (Tokyo), not the server's.
    const since = await page.evaluate(visitorDayAndTime, { instant: Date.parse(startedAt), locale: 'en-US' });
    await expect(banner).toHaveText(`${t.knownIssue} ${title} ${t.incidentSince(since)} ${t.followIncident} ${t.newTab}`);

    // Above the search, before the visitor has asked anything.
    const bannerBox = await banner.boundingBox();
    const searchBox = await widget.search.boundingBox();
    expect(bannerBox && searchBox && bannerBox.y + bannerBox.height <= searchBox.y).toBe(true);

    const follow = banner.getByRole('link', { name: t.followIncident });
    await expect(follow).toHaveAttribute('href', 'https://status.kestrelhost.example/incidents/42');
    await expect(follow).toHaveAttribute('target', '_blank');

    // Still there on the contact step, where the channel it concerns says so.
    await widget.host.getByRole('button', { name: t.contactUs }).click();
    await expect(channelList(widget)).toBeVisible();
    await expect(banner).toBeVisible();
    await expect(channelCard(widget, 'E-mail')).toContainText(t.affectedByIncident);
    await expect(channelCard(widget, 'Chat')).not.toContainText(t.affectedByIncident);
  });

  // Resolved: the next time the panel opens, it asks again and the banner is gone.
  const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/incidents'));
  await widget.closeButton.click();
  await widget.launcher.click();
  await refreshed;
  await expect(banner).toHaveCount(0);
});
