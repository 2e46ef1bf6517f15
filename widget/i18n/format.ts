// Numbers, durations, days and times for the visitor, all through Intl: no locale data of our own.
// `timeZone` is left undefined in the widget, so Intl uses the browser's own zone; tests pass one.

/** Variants of a message by Intl.PluralRules category; `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The variant of `forms` that `count` takes in `locale`, with the number formatted for it.
 *
 * @example plural('sv', 2, { one: 'cirka # minut', other: 'cirka # minuter' }) // 'cirka 2 minuter'
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replaceAll('#', new Intl.NumberFormat(locale).format(count));
}

/** The words of a rough duration, per unit. */
export interface DurationWords {
  underMinute: string;
  minutes: PluralForms;
  hours: PluralForms;
  days: PluralForms;
}

/**
 * A wait as people say it: "about 4 minutes", "about 2 hours", "about 3 days". Rounded to the
 * nearest whole unit; minutes below an hour, hours below two days.
 *
 * @example roughDuration(7000, 'en', words) // 'about 2 hours'
 */
export function roughDuration(seconds: number, locale: string, words: DurationWords): string {
  if (seconds < 60) return words.underMinute;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return plural(locale, minutes, words.minutes);
  const hours = Math.round(seconds / 3600);
  if (hours < 48) return plural(locale, hours, words.hours);
  return plural(locale, Math.round(seconds / 86_400), words.days);
}

/** A moment as a day and a clock time, both in the visitor's words and zone. */
export interface DayAndTime {
  /** "today", "tomorrow", "yesterday", a weekday within a week, else a short date. */
  day: string;
  today: boolean;
  /** The locale's short clock time: "9:00 PM" in en-US, "21:00" in sv, "21.00" in da. */
  time: string;
}

const DAY_MS = 86_400_000;

/** Days from `from`'s calendar date to `to`'s, both as the wall calendar of `timeZone` shows them. */
function calendarDaysBetween(from: Date, to: Date, timeZone: string | undefined): number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  const dayNumber = (at: Date) => {
    const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, Number(part.value)]));
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!) / DAY_MS;
  };
  return dayNumber(to) - dayNumber(from);
}

/**
 * When `at` is, seen from `now`: "tomorrow" and "9:00 AM", "Monday" and "14:05", in `locale` and
 * `timeZone` (default: the browser's).
 *
 * @example dayAndTime(new Date('2026-11-30T08:00:00Z'), new Date('2026-11-27T12:00:00Z'), 'en-GB', 'Europe/Stockholm')
 * // { day: 'Monday', today: false, time: '09:00' }
 */
export function dayAndTime(at: Date, now: Date, locale: string, timeZone?: string): DayAndTime {
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(at);
  const days = calendarDaysBetween(now, at, timeZone);
  if (Math.abs(days) <= 1) return { day: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day'), today: days === 0, time };
  const day =
    Math.abs(days) < 7
      ? new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(at)
      : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(at);
  return { day, today: false, time };
}

/**
 * The locale to format dates and numbers in: the widget's language, in the browser's region when
 * the browser speaks that language (en with an en-GB browser: a 24-hour clock), else the language.
 *
 * @example formattingLocale('en', navigator.languages) // 'en-GB' for a British browser
 */
export function formattingLocale(language: string, browserLanguages: readonly string[]): string {
  const regional = browserLanguages.find((tag) => tag.split('-')[0]?.toLowerCase() === language.toLowerCase());
  try {
    return Intl.getCanonicalLocales(regional ?? language)[0] ?? language;
  } catch {
    return language;
  }
}
