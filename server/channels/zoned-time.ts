// Local time in an IANA zone with Intl alone (no Temporal in Node 20): a local date and time is
// handled as if it were UTC, then shifted by the zone's offset at that moment, so daylight-saving
// changes come from the zone data rather than from rules written here.

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * The wall-clock time in `timeZone` at `instant`, as the epoch milliseconds of a UTC time with the
 * same fields (so date arithmetic on it is plain calendar arithmetic).
 *
 * @example new Date(wallClock(Date.parse('2026-07-01T10:00:00Z'), 'Europe/Stockholm')).toISOString() // '2026-07-01T12:00:00.000Z'
 */
export function wallClock(instant: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
}

/** The zone's offset from UTC at `instant`, in milliseconds (Stockholm in summer: +7,200,000). */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/**
 * The instant a wall-clock time happens in `timeZone`. `wall` is the local date and time written
 * as a UTC epoch value. Like Temporal's "compatible" choice: a time that happens twice (clocks put
 * back) is the first of the two; a time that never happens (clocks put forward) is moved forward
 * by the length of the gap, so 02:30 on the spring change in Stockholm is 03:30 summer time.
 *
 * @example new Date(wallToInstant(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Stockholm')).toISOString() // '2026-10-25T00:30:00.000Z' (the first 02:30)
 */
export function wallToInstant(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before;
}
