import { nextWeeklyOpening, visitorDayAndTime } from './support/expected-moments';
import { channelCard, channelNames, openContactStep } from './support/open-contact';
import { PHONE_OPENING, SERVER_TIME_ZONE } from './support/server-settings';
import { expect, test } from './support/fixtures';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The browser itself speaks American English; the page asks for its own language.
test.use({ locale: 'en-US', timezoneId: 'Europe/Amsterdam' });

for (const locale of ['en', 'sv', 'nl', 'da']) {
  test(`shows the contact step in ${locale}`, async ({ page }) => {
    const widget = await openContactStep(page, `/contact-language-${locale}`, locale);
    const { t } = widget;
    await expect(widget.panel).toHaveAttribute('lang', locale);
    await expect(widget.host.locator('.contact-view > p').first()).toHaveText(t.contactIntro);
    await expect(widget.back).toBeVisible();
    await expect(channelNames(widget)).toHaveText(['E-mail', 'Chat', 'Phone']);

    const email = channelCard(widget, 'E-mail');
    await expect(email).toContainText(t.openNow);
    // E-mail's reply estimate, in this language's words whatever the figure is.
    const reply = new RegExp(`^(${escapeRegExp(t.replyTimeUnknown)}|${escapeRegExp(t.replyIn(''))}\\S.*)$`);
    await expect(email.locator('.channel-wait')).toHaveText(reply);

    // Weekday and clock of the next opening, as this language writes them.
    const opening = await page.evaluate(nextWeeklyOpening, { ...PHONE_OPENING, timeZone: SERVER_TIME_ZONE });
    const when = await page.evaluate(visitorDayAndTime, { instant: opening, locale });
    await expect(channelCard(widget, 'Phone')).toContainText(`${t.closed} · ${t.opensAt(when)}`);

    // And the way back to the search, with the "Contact us" link at the foot again.
    await widget.back.click();
    await expect(widget.host.getByRole('button', { name: t.contactUs })).toBeVisible();
    await expect(widget.host.locator('.panel-footer')).toHaveText(`${t.needMoreHelp} ${t.contactUs}`);
  });
}
