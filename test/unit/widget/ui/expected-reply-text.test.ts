import { describe, expect, it } from 'vitest';
import { ticketMessagesFor } from '../../../../widget/i18n/ticket-messages';
import { expectedReplyText } from '../../../../widget/ui/expected-reply-text';

const en = ticketMessagesFor('en');
const sv = ticketMessagesFor('sv');
const now = new Date('2026-12-01T10:00:00Z');

describe('expectedReplyText', () => {
  it('says a rough duration up to two days ahead', () => {
    expect(expectedReplyText(en, 'en', '2026-12-01T12:00:00Z', now)).toBe('We expect to reply within about 2 hours.');
    expect(expectedReplyText(sv, 'sv', '2026-12-01T10:05:00Z', now)).toBe('Vi räknar med att svara inom cirka 5 minuter.');
  });

  it('names the day and time beyond two days', () => {
    expect(expectedReplyText(en, 'en-GB', '2026-12-04T08:00:00Z', now, 'Europe/Stockholm')).toBe('We expect to reply by Friday 09:00.');
  });

  it('says something honest when the server cannot tell, or the time has passed', () => {
    expect(expectedReplyText(en, 'en', null, now)).toBe(en.replyUnknown);
    expect(expectedReplyText(en, 'en', 'not a date', now)).toBe(en.replyUnknown);
    expect(expectedReplyText(en, 'en', '2026-12-01T09:00:00Z', now)).toBe(en.replySoon);
  });
});
