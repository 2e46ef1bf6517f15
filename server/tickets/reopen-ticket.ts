import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { insertVisitorMessage } from './insert-message';

/**
 * Reopens a solved ticket (back to `open`, no longer counted as solved), with the visitor's
 * message when they wrote one. `false` when the ticket was not solved: nothing is written.
 *
 * @example const reopened = await reopenTicket(db, ticket.id, 'The fix stopped working', now);
 */
export async function reopenTicket(db: Kysely<Database>, ticketId: string, message: string | undefined, now: Date): Promise<boolean> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('tickets')
      .set((eb) => ({
        status: 'open',
        solved_by: null,
        solved_at: null,
        updated_at: at,
        ...(message === undefined ? {} : { unanswered: eb('unanswered', '+', 1), last_customer_at: at }),
      }))
      .where('id', '=', ticketId)
      .where('status', '=', 'solved')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    if (message !== undefined) await insertVisitorMessage(trx, ticketId, message, now);
    return true;
  });
}
