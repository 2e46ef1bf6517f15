import type { WeeklyHours } from '../settings/channels';
import { wallClock, wallToInstant } from './zoned-time';

// Opening hours as instants: each local day's spans become UTC intervals through the zone's own
// offsets (zoned-time.ts), so daylight-saving days are 23 or 25 hours long without a rule here.

/** When a channel is open: weekly hours in a time zone, minus holidays. */
export interface Schedule {
  /** Omitted: open all day on every day that is not a holiday. A day left out is closed. */
  hours?: WeeklyHours;
  /** Local dates (YYYY-MM-DD) on which the channel is closed all day. */
  holidays: readonly string[];
  /** IANA zone the hours and holidays are in, e.g. "Europe/Stockholm". */
  timeZone: string;
}

/** A span of open time, [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** How far ahead the next opening is looked for; beyond it the channel is taken never to open. */
const HORIZON_DAYS = 400;

/** Minutes since local midnight for "HH:MM" (24:00 allowed as the end of the day). */
function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours! * 60 + mins!;
}

/** A local date (epoch of its UTC midnight) as YYYY-MM-DD. */
function isoDate(dayStart: number): string {
  return new Date(dayStart).toISOString().slice(0, 10);
}

/**
 * The open intervals of a schedule that overlap [from, to), merged where they touch (a span that
 * ends at 24:00 and one that starts at 00:00 the next day are one interval) and clipped to the range.
 *
 * @example
 * openIntervals({ hours: { mon: ['09:00-17:00'] }, holidays: [], timeZone: 'Europe/Stockholm' },
 *   Date.parse('2026-03-30T00:00:00Z'), Date.parse('2026-03-31T00:00:00Z'))
 * // [{ start: Date.parse('2026-03-30T07:00:00Z'), end: Date.parse('2026-03-30T15:00:00Z') }]
 */
export function openIntervals(schedule: Schedule, from: number, to: number): Interval[] {
  if (!(to > from)) return [];
  const holidays = new Set(schedule.holidays);
  const raw: Interval[] = [];
  // A day's spans lie within its local midnight to the next (plus at most a day of offset), so the
  // local dates from the day before `from` to the day after `to` cover the range.
  const firstDay = Math.floor(wallClock(from, schedule.timeZone) / DAY_MS) * DAY_MS - DAY_MS;
  const lastDay = Math.floor(wallClock(to, schedule.timeZone) / DAY_MS) * DAY_MS + DAY_MS;
  for (let day = firstDay; day <= lastDay; day += DAY_MS) {
    if (holidays.has(isoDate(day))) continue;
    const spans = schedule.hours === undefined ? ['00:00-24:00'] : (schedule.hours[WEEKDAYS[new Date(day).getUTCDay()]!] ?? []);
    for (const span of spans) {
      const [open, close] = span.split('-') as [string, string];
      const start = wallToInstant(day + minutes(open) * 60_000, schedule.timeZone);
      const end = wallToInstant(day + minutes(close) * 60_000, schedule.timeZone);
      if (end > start) raw.push({ start, end });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of raw) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged
    .filter((interval) => interval.end > from && interval.start < to)
    .map((interval) => ({ start: Math.max(interval.start, from), end: Math.min(interval.end, to) }));
}

/**
 * Whether the schedule is open at `at` (a span includes its start and excludes its end).
 *
 * @example isOpen({ hours: { fri: ['09:00-17:00'] }, holidays: [], timeZone: 'Europe/Stockholm' }, new Date('2026-03-27T08:00:00Z')) // true (09:00 local)
 */
export function isOpen(schedule: Schedule, at: Date): boolean {
  const instant = at.getTime();
  return openIntervals(schedule, instant, instant + 1).length > 0;
}

/**
 * The next instant the schedule opens after `at`, or null when it is open at `at` or does not
 * open within 400 days (no hours on any day, or holidays all the way).
 *
 * @example
 * nextOpening({ hours: { mon: ['09:00-17:00'] }, holidays: [], timeZone: 'Europe/Stockholm' }, new Date('2026-03-27T16:00:00Z'))
 * // new Date('2026-03-30T07:00:00.000Z') (Monday 09:00 summer time)
 */
export function nextOpening(schedule: Schedule, at: Date): Date | null {
  const instant = at.getTime();
  if (isOpen(schedule, at)) return null;
  for (let from = instant; from < instant + HORIZON_DAYS * DAY_MS; from += 28 * DAY_MS) {
    const [first] = openIntervals(schedule, from, from + 28 * DAY_MS);
    if (first) return new Date(first.start);
  }
  return null;
}

/**
 * Seconds of open time between two instants (zero when `to` is not after `from`).
 *
 * @example
 * openSecondsBetween({ hours: { fri: ['09:00-17:00'], mon: ['09:00-17:00'] }, holidays: [], timeZone: 'Europe/Stockholm' },
 *   new Date('2026-03-27T15:00:00Z'), new Date('2026-03-30T08:00:00Z')) // 3600 + 3600
 */
export function openSecondsBetween(schedule: Schedule, from: Date, to: Date): number {
  return openMillisIn(openIntervals(schedule, from.getTime(), to.getTime()), from.getTime(), to.getTime()) / 1000;
}

/**
 * Milliseconds of [from, to) covered by sorted, non-overlapping intervals. Lets a caller compute the
 * intervals of a long window once and measure many spans inside it.
 *
 * @example openMillisIn([{ start: 0, end: 10 }, { start: 20, end: 30 }], 5, 25) // 10
 */
export function openMillisIn(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const interval of intervals) {
    if (interval.start >= to) break;
    const start = Math.max(interval.start, from);
    const end = Math.min(interval.end, to);
    if (end > start) total += end - start;
  }
  return total;
}

/**
 * The instant by which `seconds` of open time have passed after `from`: a wait measured in
 * opening hours, projected onto the calendar. With 0 seconds, `from` when open, else the next
 * opening. Null when the schedule does not open within 400 days.
 *
 * @example
 * addOpenSeconds({ hours: { fri: ['09:00-17:00'], mon: ['09:00-17:00'] }, holidays: [], timeZone: 'Europe/Stockholm' },
 *   new Date('2026-03-27T15:00:00Z'), 7200) // new Date('2026-03-30T08:00:00.000Z') (1 h on Friday, 1 h on Monday)
 */
export function addOpenSeconds(schedule: Schedule, from: Date, seconds: number): Date | null {
  let remaining = Math.max(0, seconds) * 1000;
  const start = from.getTime();
  for (let chunk = start; chunk < start + HORIZON_DAYS * DAY_MS; chunk += 28 * DAY_MS) {
    for (const interval of openIntervals(schedule, chunk, chunk + 28 * DAY_MS)) {
      const length = interval.end - interval.start;
      if (remaining <= length) return new Date(interval.start + remaining);
      remaining -= length;
    }
  }
  return null;
}
