import type { Kysely } from 'kysely';
import type { Settings } from '../settings/settings';
import type { Database } from '../store/schema';
import { channelSchedule } from './channel-schedule';
import { addOpenSeconds, openIntervals, openMillisIn } from './opening-hours';

/** How far back first replies are looked at. */
export const LOOKBACK_DAYS = 14;
/** The most recent first replies measured; plenty for a median, bounded for a busy desk. */
const MAX_SAMPLES = 2000;
/** A wait longer than this is counted from this far back: it says enough, and bounds the work. */
const MAX_WAIT_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * How long a ticket written at `now` is expected to wait for its first reply, in seconds of
 * calendar time, from live ticket data; null when there is nothing to estimate from (no first
 * reply in the last 14 days, or an e-mail channel that never opens).
 *
 * Everything is measured in the e-mail channel's opening hours (its `hours`, minus holidays, in
 * the settings' time zone; no e-mail channel configured or no hours: open all day), so a ticket
 * written on Friday evening and answered on Monday at 09:30 waited 30 minutes, not 63½ hours.
 *
 * 1. `median` = the median open-hours time from creation to first reply of tickets first
 *    answered in the last 14 days (at most the 2,000 most recent).
 * 2. `rate` = those first replies ÷ open hours in the 14 days (replies per open second).
 * 3. `backlog` = tickets now in status open (all waiting on staff); `clear` = backlog ÷ rate,
 *    the open time the team needs to work through them at its recent pace.
 * 4. wait (open hours) = max(median, clear), capped at the open time in 14 days (the estimate
 *    never promises worse than two weeks of opening hours).
 * 5. The wait is laid from `now` onto the calendar through the opening hours (closed time
 *    does not count): queue seconds = that instant − now. While the channel is closed, a wait of
 *    zero is the time until it opens.
 *
 * @example
 * const seconds = await emailQueueSeconds(deps.db, deps.settings, deps.clock.now());
 * const expectedReplyAt = seconds === null ? null : new Date(now.getTime() + seconds * 1000).toISOString();
 */
export async function emailQueueSeconds(db: Kysely<Database>, settings: Settings, now: Date): Promise<number | null> {
  const schedule = channelSchedule(settings, settings.channels.find((channel) => channel.kind === 'email'));
  const windowStart = now.getTime() - LOOKBACK_DAYS * DAY_MS;
  const replied = await db
    .selectFrom('tickets')
    .select(['created_at', 'first_reply_at'])
    .where('first_reply_at', '>=', new Date(windowStart).toISOString())
    .where('first_reply_at', '<=', now.toISOString())
    .orderBy('first_reply_at', 'desc')
    .limit(MAX_SAMPLES)
    .execute();
  if (replied.length === 0) return null;

  const oldest = Math.min(...replied.map((row) => Date.parse(row.created_at)));
  const earliest = Math.max(now.getTime() - MAX_WAIT_DAYS * DAY_MS, Math.min(windowStart, oldest));
  const intervals = openIntervals(schedule, earliest, now.getTime());
  const waits = replied
    .map((row) => openMillisIn(intervals, Date.parse(row.created_at), Date.parse(row.first_reply_at!)) / 1000)
    .sort((a, b) => a - b);
  const middle = waits.length >> 1;
  const median = waits.length % 2 ? waits[middle]! : (waits[middle - 1]! + waits[middle]!) / 2;

  const windowOpenSeconds = openMillisIn(intervals, windowStart, now.getTime()) / 1000;
  const backlogRow = await db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('count')).where('status', '=', 'open').executeTakeFirst();
  const backlog = Number(backlogRow?.count ?? 0);
  const clear = windowOpenSeconds > 0 ? backlog * (windowOpenSeconds / replied.length) : 0;
  const wait = Math.min(Math.max(median, clear), windowOpenSeconds);

  const expected = addOpenSeconds(schedule, now, wait);
  return expected === null ? null : Math.max(0, Math.round((expected.getTime() - now.getTime()) / 1000));
}
