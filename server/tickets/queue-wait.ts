import type { Kysely } from 'kysely';
import { emailQueueSeconds } from '../channels/email-queue-time';
import type { Settings } from '../settings/settings';
import type { Database } from '../store/schema';

/** Seconds a ticket written at `now` waits for a first reply; null when unknown. */
export type QueueWait = (now: Date) => Promise<number | null>;

/** How long one e-mail queue estimate is reused. */
export const QUEUE_WAIT_TTL_MS = 10_000;

/**
 * The e-mail queue time, computed at most once per 10 s of clock time per process. The estimate
 * reads the recent first replies and the open backlog; doing that on every ticket created and every
 * status look-up would make the busiest endpoints pay for a figure that barely moves. Concurrent
 * callers share one computation; a failed one is not kept.
 *
 * @example
 *   const wait = cachedQueueWait(deps);
 *   const seconds = await wait(deps.clock.now());
 */
export function cachedQueueWait({ db, settings }: { db: Kysely<Database>; settings: Settings }, ttlMs = QUEUE_WAIT_TTL_MS): QueueWait {
  let cached: { at: number; seconds: Promise<number | null> } | undefined;
  return (now) => {
    const age = cached ? now.getTime() - cached.at : Infinity;
    if (cached && age >= 0 && age < ttlMs) return cached.seconds;
    const entry = { at: now.getTime(), seconds: emailQueueSeconds(db, settings, now) };
    cached = entry;
    entry.seconds.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return entry.seconds;
  };
}
