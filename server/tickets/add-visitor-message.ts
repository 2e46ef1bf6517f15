import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { insertVisitorMessage } from './insert-message';

/**
 * A visitor writes again on an unsolved ticket: it goes back to the staff (`open`), counts one
 * more unanswered message and moves `last_customer_at`. A solved ticket takes no message (it must
 * be reopened first): the answer is then `'solved'` and nothing is written.
 *
 * @example const added = await addVisitorMessage(db, ticket.id, 'It is down again', now);
 */
export async function addVisitorMessage(db: Kysely<Database>, ticketId: string, body: string, now: Date): Promise<{ id: string; createdAt: string } | 'solved'> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    // The guarded update comes first: it decides atomically whether the ticket is still unsolved,
    // and in PostgreSQL it locks the ticket row, so writers on one ticket take turns.
    const updated = await trx
      .updateTable('tickets')
      .set((eb) => ({ status: 'open', unanswered: eb('unanswered', '+', 1), last_customer_at: at, updated_at: at }))
      .where('id', '=', ticketId)
      .where('status', '!=', 'solved')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return 'solved' as const;
    return { id: await insertVisitorMessage(trx, ticketId, body, now), createdAt: at };
  });
}
