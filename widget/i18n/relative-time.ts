const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * How long ago (or until) `at` is from `now`, in the largest unit that fits, through
 * Intl.RelativeTimeFormat: "5 minutes ago", "yesterday", "för 3 veckor sedan". Under a minute
 * is "now".
 *
 * @example relativeTime(new Date('2026-12-01T10:00:00Z'), new Date('2026-12-01T12:00:00Z'), 'en') // '2 hours ago'
 */
export function relativeTime(at: Date, now: Date, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = (at.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}
