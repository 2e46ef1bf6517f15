import { describe, expect, it } from 'vitest';
import { dayAndTime, formattingLocale, plural, roughDuration } from '../../../../widget/i18n/format';
import { en, sv } from '../../../../widget/i18n/messages';

const words = (t: typeof en) => ({ underMinute: t.underMinute, minutes: t.minutes, hours: t.hours, days: t.days });

describe('plural', () => {
  it('picks the form Intl.PluralRules gives the number', () => {
    expect(plural('en', 1, { one: '# minute', other: '# minutes' })).toBe('1 minute');
    expect(plural('en', 0, { one: '# minute', other: '# minutes' })).toBe('0 minutes');
    expect(plural('sv', 2, sv.minutes)).toBe('cirka 2 minuter');
  });

  it('falls back to "other" for a category the forms leave out', () => {
    expect(plural('en', 1, { other: '# things' })).toBe('1 things');
  });

  it('formats the number for the locale', () => {
    expect(plural('en', 1500, { other: '# minutes' })).toBe('1,500 minutes');
    expect(plural('da', 1500, { other: '# minutter' })).toBe('1.500 minutter');
  });
});

describe('roughDuration', () => {
  it('says "under a minute" below 60 seconds, zero included', () => {
    expect(roughDuration(0, 'en', words(en))).toBe('under a minute');
    expect(roughDuration(59, 'en', words(en))).toBe('under a minute');
  });

  it('rounds to whole minutes below an hour', () => {
    expect(roughDuration(60, 'en', words(en))).toBe('about 1 minute');
    expect(roughDuration(240, 'en', words(en))).toBe('about 4 minutes');
    expect(roughDuration(3540, 'en', words(en))).toBe('about 59 minutes');
  });

  it('turns a wait that rounds to 60 minutes into an hour', () => {
    expect(roughDuration(3580, 'en', words(en))).toBe('about 1 hour');
  });

  it('rounds to hours below two days, then to days', () => {
    expect(roughDuration(7000, 'en', words(en))).toBe('about 2 hours');
    expect(roughDuration(47 * 3600, 'en', words(en))).toBe('about 47 hours');
    expect(roughDuration(48 * 3600, 'en', words(en))).toBe('about 2 days');
    expect(roughDuration(3 * 86_400, 'sv', words(sv))).toBe('cirka 3 dagar');
  });
});

describe('dayAndTime', () => {
  // Friday 27 November 2026, 13:00 in Stockholm (12:00 UTC).
  const friday = new Date('2026-11-27T12:00:00Z');

  it('calls a moment later the same day "today"', () => {
    expect(dayAndTime(new Date('2026-11-27T16:00:00Z'), friday, 'en-GB', 'Europe/Stockholm')).toEqual({ day: 'today', today: true, time: '17:00' });
  });

  it('calls the next day "tomorrow" and the one before "yesterday", in the language', () => {
    expect(dayAndTime(new Date('2026-11-28T08:00:00Z'), friday, 'sv', 'Europe/Stockholm')).toEqual({ day: 'i morgon', today: false, time: '09:00' });
    expect(dayAndTime(new Date('2026-11-26T13:05:00Z'), friday, 'en-GB', 'Europe/Stockholm').day).toBe('yesterday');
  });

  it('names the weekday within a week', () => {
    expect(dayAndTime(new Date('2026-11-30T08:00:00Z'), friday, 'en-GB', 'Europe/Stockholm')).toEqual({ day: 'Monday', today: false, time: '09:00' });
    expect(dayAndTime(new Date('2026-11-30T08:00:00Z'), friday, 'nl', 'Europe/Stockholm').day).toBe('maandag');
  });

  it('gives a date a week or more away', () => {
    expect(dayAndTime(new Date('2026-12-07T08:00:00Z'), friday, 'en-GB', 'Europe/Stockholm').day).toBe('7 Dec');
  });

  it('counts days on the visitor\'s own calendar, not the server\'s', () => {
    // Sunday 04:00 in Stockholm is still Saturday evening in New York.
    const opening = new Date('2026-11-29T03:00:00Z');
    expect(dayAndTime(opening, friday, 'en-US', 'Europe/Stockholm').day).toBe('Sunday');
    expect(dayAndTime(opening, friday, 'en-US', 'America/New_York')).toEqual({ day: 'tomorrow', today: false, time: expect.stringMatching(/^10:00\sPM$/) });
  });

  it('writes the clock the way the locale does', () => {
    const at = new Date('2026-11-27T13:05:00Z');
    expect(dayAndTime(at, friday, 'en-US', 'Europe/Stockholm').time).toMatch(/^2:05\sPM$/);
    expect(dayAndTime(at, friday, 'da', 'Europe/Stockholm').time).toBe('14.05');
  });
});

describe('formattingLocale', () => {
  it('takes the browser\'s region when the browser speaks the widget\'s language', () => {
    expect(formattingLocale('en', ['en-GB', 'sv-SE'])).toBe('en-GB');
    expect(formattingLocale('sv', ['en-GB', 'sv-SE'])).toBe('sv-SE');
  });

  it('keeps the bare language when the browser speaks another', () => {
    expect(formattingLocale('nl', ['en-US'])).toBe('nl');
  });

  it('ignores a browser language tag Intl cannot read', () => {
    expect(formattingLocale('en', ['en-not a tag'])).toBe('en');
  });
});
