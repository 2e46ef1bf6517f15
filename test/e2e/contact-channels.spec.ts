import { channelsFor, pushQueueTime } from './support/contact-api';
import { channelCard, channelNames, openContactStep } from './support/open-contact';
import { expect, test } from './support/fixtures';

test('lists the channels with their queue times and recommends the fastest open one', async ({ page, request }) => {
  // The contact centre reports 4 minutes for the chat; e-mail's figure comes from tickets.
  await pushQueueTime(request, 'chat', 240);
  const widget = await openContactStep(page, '/contact-channels');
  const { t } = widget;

  // In the order the site configured them; the VIP line is not for this visitor.
  await expect(channelNames(widget)).toHaveText(['E-mail', 'Chat', 'Phone']);

  const chat = channelCard(widget, 'Chat');
  await expect(chat).toContainText(t.openNow);
  await expect(chat).toContainText('Waiting time: about 4 minutes');
  await expect(chat.locator('.badge')).toHaveText(t.fastest);
  await expect(chat).toHaveAttribute('href', 'https://kestrelhost.example/chat');
  await expect(chat).toHaveAttribute('target', '_blank');
  await expect(widget.host.locator('.badge')).toHaveCount(1);

  const email = channelCard(widget, 'E-mail');
  await expect(email).toHaveAttribute('href', 'mailto:support@kestrelhost.com');
  await expect(email).toContainText('support@kestrelhost.com');
  await expect(email).toContainText(t.openNow);
  // Nothing in this run's fresh database has been answered yet unless a ticket spec did so.
  const emailQueue = (await channelsFor(request)).channels.find((channel) => channel.id === 'email')?.queueSeconds;
  await expect(email).toContainText(emailQueue === null ? t.replyTimeUnknown : /Reply in (under a minute|about \d+ (minute|hour|day)s?)/);

  const phone = channelCard(widget, 'Phone');
  await expect(phone).toHaveAttribute('href', 'tel:+46812345600');
  await expect(phone).toContainText(t.closed);
  // A closed line shows when it opens, not a queue nobody serves.
  await expect(phone).not.toContainText(/Waiting time/);
});
