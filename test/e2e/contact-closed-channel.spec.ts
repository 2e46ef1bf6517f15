import { channelsFor } from './support/contact-api';
import { nextWeeklyOpening, visitorDayAndTime } from './support/expected-moments';
import { channelCard, openContactStep } from './support/open-contact';
import { PHONE_OPENING, SERVER_TIME_ZONE } from './support/server-settings';
import { expect, test } from './support/fixtures';

// Six hours behind Stockholm: the line's Sunday 04:00 is Saturday evening here.
test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

test('shows when a closed channel opens, in the visitor\'s own time zone', async ({ page, request }) => {
  const phone = (await channelsFor(request)).channels.find((channel) => channel.id === 'phone');
  test.skip(phone?.open === true, 'the phone line is in its one open minute of the week');

  const widget = await openContactStep(page, '/contact-closed');
  const opening = await page.evaluate(nextWeeklyOpening, { ...PHONE_OPENING, timeZone: SERVER_TIME_ZONE });
  // The test's own reading of the server's answer: the same instant, computed apart.
  expect(phone?.nextOpenAt).toBe(new Date(opening).toISOString());
  const expected = await page.evaluate(visitorDayAndTime, { instant: opening, locale: 'en-US' });
  // The visitor's day is never Stockholm's Sunday: 04:00 there is the evening before here.
  expect(expected.day).not.toBe('Sunday');

  const card = channelCard(widget, 'Phone');
  await expect(card).toContainText(`${widget.t.closed} · ${widget.t.opensAt(expected)}`);
});
