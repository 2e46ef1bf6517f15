import type { Kysely } from 'kysely';
import type { Settings } from '../settings/settings';
import type { Database } from '../store/schema';
import { emailQueueSeconds } from './email-queue-time';

/** How long one estimate serves: it reads two weeks of tickets, and moves slowly. */
const MAX_AGE_MS = 60_000;

/**
 * `emailQueueSeconds`, recomputed at most once a minute of the given clock's time, so a busy
 * channel list does not read two weeks of tickets on every request. Concurrent callers share one
 * computation.
 *
 * @example const emailQueue = cachedEmailQueue(deps.db, deps.settings); await emailQueue(clock.now());
 */
export function cachedEmailQueue(db: Kysely<Database>, settings: Settings): (now: Date) => Promise<number | null> {
  let cached: { at: number; value: Promise<number | null> } | undefined;
  return (now) => {
    const at = now.getTime();
    if (!cached || at - cached.at >= MAX_AGE_MS || at < cached.at) {
      const value = emailQueueSeconds(db, settings, now);
      const entry = { at, value };
      cached = entry;
      value.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    const { at: computedAt, value } = cached;
    // The estimate was made at `computedAt`; from `now` the same expected reply is that much nearer.
    return value.then((seconds) => (seconds === null ? null : Math.max(0, seconds - Math.round((at - computedAt) / 1000))));
  };
}
