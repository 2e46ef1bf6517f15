import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../store/schema';

/**
 * Appends a visitor's message to a ticket with the next `seq`, inside the caller's transaction.
 * Two writers can read the same last `seq` (a staff reply at the same moment, say); the unique
 * (ticket_id, seq) pair then turns the later insert into a no-op and this tries the next number.
 * Callers update the ticket row first, which in PostgreSQL locks it, so writers on one ticket
 * rarely get that far.
 *
 * @example const id = await insertVisitorMessage(trx, ticket.id, 'Still down', now);
 */
export async function insertVisitorMessage(trx: Transaction<Database>, ticketId: string, body: string, now: Date): Promise<string> {
  const id = randomUUID();
  for (let attempt = 0; attempt < 20; attempt++) {
    const last = await trx.selectFrom('messages').select((eb) => eb.fn.max('seq').as('seq')).where('ticket_id', '=', ticketId).executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    const inserted = await trx
      .insertInto('messages')
      .values({ id, ticket_id: ticketId, author: 'visitor', staff_id: null, body, internal: 0, created_at: now.toISOString(), seq })
      .onConflict((oc) => oc.columns(['ticket_id', 'seq']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return id;
  }
  throw new Error('could not find a free message number for the ticket');
}
