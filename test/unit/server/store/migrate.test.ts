import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrate } from '../../../../server/store/migrate';
import { describeEachStore } from '../support/each-store';

describeEachStore('migrate', (connection) => {
  it('creates every table, and running it again changes nothing', async () => {
    const { db } = connection();
    await migrate(db);
    const tables = (await db.introspection.getTables()).map((table) => table.name).sort();
    expect(tables).toEqual(
      expect.arrayContaining(['article_votes', 'csat', 'idempotency_keys', 'incidents', 'messages', 'queue_times', 'rate_limits', 'reply_ratings', 'saved_replies', 'ticket_tokens', 'tickets']),
    );
    const { rows } = await sql<{ count: number | string }>`select count(*) as count from tickets`.execute(db);
    expect(Number(rows[0]?.count)).toBe(0);
  });
});
