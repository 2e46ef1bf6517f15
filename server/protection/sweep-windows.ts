import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';

/**
 * Forgets rate-limit windows that ended, lazily: the returned function deletes, at most once per
 * `everyMs` of this process's clock, every row whose window started more than `longestMs` ago
 * (so it has ended, whatever its length). Expired rows are harmless meanwhile: a new request
 * restarts its bucket's count.
 *
 * @example
 *   const sweep = sweepWindows(db, 600_000, 3_600_000);
 *   await sweep(clock.now());
 */
export function sweepWindows(db: Kysely<Database>, everyMs: number, longestMs: number): (now: Date) => Promise<void> {
  let nextAt = 0;
  return async (now) => {
    if (now.getTime() < nextAt) return;
    nextAt = now.getTime() + everyMs;
    await db.deleteFrom('rate_limits').where('window_start', '<', new Date(now.getTime() - longestMs).toISOString()).execute();
  };
}
