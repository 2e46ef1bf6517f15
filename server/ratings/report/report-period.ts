import type { FieldError } from '../../contract/problem';
import { addDays, dayIn, isRealDay, startOfDay } from './zoned-day';

/** A report's days (both included) and the instants they span: `start` ≤ t < `end`, ISO UTC. */
export interface ReportPeriod {
  from: string;
  to: string;
  start: string;
  end: string;
}

export const DEFAULT_PERIOD_DAYS = 30;

type Parsed = { ok: true; period: ReportPeriod } | { ok: false; errors: FieldError[] };

/**
 * Turns the report's `from` and `to` query values into a period in the settings' time zone. A
 * missing `to` is today there; a missing `from` is 30 days up to `to`.
 *
 * @example parsePeriod({ from: '2026-11-01', to: '2026-11-30' }, 'Europe/Stockholm', clock.now())
 *   // { ok: true, period: { from, to, start: '2026-10-31T23:00:00.000Z', end: '2026-11-30T23:00:00.000Z' } }
 */
export function parsePeriod(query: { from?: string | undefined; to?: string | undefined }, timeZone: string, now: Date): Parsed {
  const errors: FieldError[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && !isRealDay(value)) errors.push({ field, message: 'must be a date such as 2026-11-01' });
  }
  if (errors.length) return { ok: false, errors };
  const to = query.to ?? dayIn(now, timeZone);
  const from = query.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS);
  if (from > to) return { ok: false, errors: [{ field: 'from', message: 'must not be after to' }] };
  return { ok: true, period: { from, to, start: startOfDay(from, timeZone), end: startOfDay(addDays(to, 1), timeZone) } };
}
