import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';

/**
 * Stores the queue time the contact centre reports for a channel, replacing the last one.
 *
 * @example await savePushedQueueTime(db, 'chat', 120, clock.now());
 */
export async function savePushedQueueTime(db: Kysely<Database>, channelId: string, waitSeconds: number, now: Date): Promise<void> {
  const row = { channel_id: channelId, wait_seconds: waitSeconds, reported_at: now.toISOString() };
  await db
    .insertInto('queue_times')
    .values(row)
    .onConflict((oc) => oc.column('channel_id').doUpdateSet({ wait_seconds: row.wait_seconds, reported_at: row.reported_at }))
    .execute();
}

/**
 * The last reported queue time of each channel, by channel id.
 *
 * @example const pushed = await pushedQueueTimes(db); pushed.get('chat') // { waitSeconds: 120, reportedAt: Date }
 */
export async function pushedQueueTimes(db: Kysely<Database>): Promise<Map<string, { waitSeconds: number; reportedAt: Date }>> {
  const rows = await db.selectFrom('queue_times').select(['channel_id', 'wait_seconds', 'reported_at']).execute();
  return new Map(rows.map((row) => [row.channel_id, { waitSeconds: Number(row.wait_seconds), reportedAt: new Date(row.reported_at) }]));
}
