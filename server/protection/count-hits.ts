import type { Kysely } from 'kysely';
import type { RateWindow } from '../settings/limits';
import type { Database } from '../store/schema';

/** One request to count: the bucket ("ip:POST /tickets:203.0.113.7") and its window's length. */
export interface Hit {
  bucket: string;
  window: RateWindow;
}

/** A bucket's count after the request, and when its window ends. */
export interface Count {
  /** Requests in the bucket's current window, this one included. */
  count: number;
  /** Whole seconds until the window ends (at least 1). */
  retryAfter: number;
}

/** Windows are aligned to the epoch, so every process agrees where one starts. */
const windowStart = (now: Date, window: RateWindow) => {
  const length = window.windowSeconds * 1000;
  return Math.floor(now.getTime() / length) * length;
};

/**
 * Counts one request in each bucket's fixed window and returns the counts. One INSERT … ON
 * CONFLICT DO UPDATE for all buckets: atomic per row on SQLite and PostgreSQL alike, so requests
 * racing in any number of processes never lose an increment, and one commit per request. A
 * bucket whose stored window has ended starts again at 1.
 *
 * @example
 *   const counts = await countHits(db, [{ bucket: 'ip:POST /tickets:203.0.113.7', window: { max: 30, windowSeconds: 600 } }], clock.now());
 *   if (counts.get('ip:POST /tickets:203.0.113.7')!.count > 30) ...
 */
export async function countHits(db: Kysely<Database>, hits: Hit[], now: Date): Promise<Map<string, Count>> {
  const rows = hits.map(({ bucket, window }) => ({ bucket, window_start: new Date(windowStart(now, window)).toISOString(), count: 1 }));
  const stored = await db
    .insertInto('rate_limits')
    .values(rows)
    .onConflict((oc) =>
      oc.column('bucket').doUpdateSet((eb) => ({
        count: eb.case().when('rate_limits.window_start', '=', eb.ref('excluded.window_start')).then(eb('rate_limits.count', '+', 1)).else(1).end(),
        window_start: eb.ref('excluded.window_start'),
      })),
    )
    .returning(['bucket', 'count'])
    .execute();
  const counts = new Map<string, Count>();
  for (const { bucket, window } of hits) {
    const ends = windowStart(now, window) + window.windowSeconds * 1000;
    const count = Number(stored.find((row) => row.bucket === bucket)?.count ?? 1);
    counts.set(bucket, { count, retryAfter: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)) });
  }
  return counts;
}
