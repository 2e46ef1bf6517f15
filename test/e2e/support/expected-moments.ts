/**
 * Test-side twins of what the widget shows about time, computed in the browser (pass them to
 * `page.evaluate`) so that they use the page's own time zone and ICU, but written apart from the
 * widget's code: a spec checks the widget against these, never against the widget itself.
 * Self-contained: they run in the page.
 */

/** When a schedule open once a week (`weekday` 0 = Sunday, `start` "HH:MM" in `timeZone`) next opens after now, as epoch ms. */
export function nextWeeklyOpening({ weekday, start, timeZone }: { weekday: number; start: string; timeZone: string }): number {
  const now = Date.now();
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  /** What the zone's wall clock shows at `instant`, and that reading as if it were UTC. */
  const wallClock = (instant: number) => {
    const part: Record<string, string> = Object.fromEntries(format.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]));
    const [year, month, day] = [Number(part.year), Number(part.month), Number(part.day)];
    return { weekday: part.weekday, year, month, day, asUtc: Date.UTC(year, month - 1, day, Number(part.hour), Number(part.minute), Number(part.second)) };
  };
  const [hours, minutes] = start.split(':').map(Number) as [number, number];
  for (let days = 0; days <= 8; days++) {
    const date = wallClock(now + days * 86_400_000);
    if (['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(date.weekday ?? '') !== weekday) continue;
    const wall = Date.UTC(date.year, date.month - 1, date.day, hours, minutes);
    // Shift by the zone's offset there, found by asking what the zone's clock reads; twice, for DST.
    let instant = wall;
    for (let pass = 0; pass < 2; pass++) instant = wall - (wallClock(instant).asUtc - instant);
    if (instant > now) return instant;
  }
  throw new Error('no weekly opening within 8 days');
}

/** An instant as the visitor should read it: { day: "today" | "tomorrow" | "Saturday" | "7 Dec", today, time }, in `locale` and the page's zone. */
export function visitorDayAndTime({ instant, locale }: { instant: number; locale: string }): { day: string; today: boolean; time: string } {
  const ymd = (at: number) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
  const days = Math.round((Date.parse(`${ymd(instant)}T00:00:00Z`) - Date.parse(`${ymd(Date.now())}T00:00:00Z`)) / 86_400_000);
  // The locale's own short clock: "9:00 PM" in en-US, "21:00" in sv, "21.00" in da.
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(instant));
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const day =
    Math.abs(days) <= 1
      ? relative.format(days, 'day')
      : Math.abs(days) < 7
        ? new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(new Date(instant))
        : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(new Date(instant));
  return { day, today: days === 0, time };
}
