import { wallClock, wallToInstant } from '../../channels/zoned-time';

// Calendar days in the settings' time zone, on the channels part's wall-clock helpers.

/**
 * The day (YYYY-MM-DD) an instant falls on in a zone.
 *
 * @example dayIn(new Date('2026-11-30T23:30:00Z'), 'Europe/Stockholm') // '2026-12-01'
 */
export function dayIn(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant a day starts in a zone, as an ISO string comparable with the store's times, with
 * the offset in force at that midnight (so a day the clocks change has 23 or 25 hours).
 *
 * @example startOfDay('2026-10-25', 'Europe/Stockholm') // '2026-10-24T22:00:00.000Z'
 */
export function startOfDay(day: string, timeZone: string): string {
  return new Date(wallToInstant(Date.parse(`${day}T00:00:00Z`), timeZone)).toISOString();
}

/**
 * The day `days` after (or before, when negative) a day.
 *
 * @example addDays('2026-03-01', -1) // '2026-02-28'
 */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether a YYYY-MM-DD string names a real day (not 2026-02-30) from 1970 on.
 *
 * @example isRealDay('2026-02-29') // false
 */
export function isRealDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(time) && time >= 0 && new Date(time).toISOString().slice(0, 10) === day;
}
