import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../server/store/schema';
import { ticketRow } from '../support/ticket-row';

let counter = 0;

/**
 * Inserts a ticket row directly, with only what the queue estimate reads set by the test.
 *
 * @example await seedTicket(db, { createdAt: '2026-11-20T15:00:00Z', firstReplyAt: '2026-11-23T08:30:00Z', status: 'waiting' });
 */
export async function seedTicket(db: Kysely<Database>, ticket: { createdAt: string; firstReplyAt?: string; status: 'open' | 'waiting' | 'solved' }): Promise<void> {
  counter += 1;
  const createdAt = new Date(ticket.createdAt).toISOString();
  const firstReplyAt = ticket.firstReplyAt ? new Date(ticket.firstReplyAt).toISOString() : null;
  await db
    .insertInto('tickets')
    .values(
      ticketRow({
        reference: `Q${String(counter).padStart(2, '0')}-${randomUUID().slice(0, 4).toUpperCase()}`,
        name: 'Queue Test',
        email: `queue-${counter}@example.com`,
        subject: 'Queue test',
        category: 'email',
        status: ticket.status,
        created_at: createdAt,
        updated_at: firstReplyAt ?? createdAt,
        first_reply_at: firstReplyAt,
        last_staff_at: firstReplyAt,
        unanswered: firstReplyAt ? 0 : 1,
      }),
    )
    .execute();
}

/** Empties the tables the channel estimates read, so each test starts from its own data. */
export async function clearQueueData(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('tickets').execute();
  await db.deleteFrom('queue_times').execute();
}
