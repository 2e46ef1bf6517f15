import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { cachedQueueWait } from '../../../../server/tickets/queue-wait';
import { describeEachStore } from '../support/each-store';
import { testSettings } from '../support/test-app';

describeEachStore('cachedQueueWait', (connection) => {
  it('reuses one estimate for 10 s of clock time, then estimates afresh', async () => {
    const db = connection().db;
    const wait = cachedQueueWait({ db, settings: testSettings() });
    const start = new Date('2026-11-23T10:00:00Z');
    expect(await wait(start)).toBeNull();

    // A first reply gives the queue something to estimate from; the cached "unknown" stands until it expires.
    const at = (offset: number) => new Date(start.getTime() + offset).toISOString();
    await db
      .insertInto('tickets')
      .values({
        id: randomUUID(), site_id: 'kestrel', reference: 'QWT-2222', name: 'n', email: 'q@example.com', email_key: 'q@example.com', subject: 's', category: 'other',
        urgent_reason: null, locale: 'en', page_url: null, viewed_articles: '[]', search_text: null, plan: null, identity_verified: 0, status: 'waiting', solved_by: null,
        created_at: at(-3_600_000), updated_at: at(-1_800_000), solved_at: null, first_reply_at: at(-1_800_000), last_customer_at: at(-3_600_000), last_staff_at: at(-1_800_000), unanswered: 0, visitor_read_seq: 0,
      })
      .execute();
    expect(await wait(new Date(start.getTime() + 9_999))).toBeNull();
    expect(await wait(new Date(start.getTime() + 10_000))).toEqual(expect.any(Number));
  });
});
