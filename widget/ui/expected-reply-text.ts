import { dayAndTime, roughDuration } from '../i18n/format';
import type { TicketMessages } from '../i18n/ticket-messages';

const TWO_DAYS_S = 48 * 3600;

/**
 * When the visitor can expect a reply, from the server's `expectedReplyAt`: "within about 2 hours"
 * up to two days ahead, a day and time beyond, and an honest sentence when the server cannot tell.
 *
 * @example expectedReplyText(t, 'en-GB', '2026-12-01T12:00:00Z', new Date('2026-12-01T10:00:00Z')) // 'We expect to reply within about 2 hours.'
 */
export function expectedReplyText(t: TicketMessages, locale: string, expectedReplyAt: string | null, now: Date, timeZone?: string): string {
  const at = expectedReplyAt ? new Date(expectedReplyAt) : undefined;
  if (!at || Number.isNaN(at.getTime())) return t.replyUnknown;
  const seconds = (at.getTime() - now.getTime()) / 1000;
  if (seconds < 60) return t.replySoon;
  if (seconds < TWO_DAYS_S) return t.replyWithin(roughDuration(seconds, locale, t));
  return t.replyBy(dayAndTime(at, now, locale, timeZone));
}
