import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import type { TicketRow } from './find-ticket';

/**
 * The visitor's "This solved it": the ticket is solved by the visitor, which reports count as a
 * deflection. Solving a solved ticket changes nothing (a double click, a retry). Returns the
 * ticket as it is now.
 *
 * @example const solved = await solveTicket(db, ticket.id, now);
 */
export async function solveTicket(db: Kysely<Database>, ticketId: string, now: Date): Promise<TicketRow> {
  const at = now.toISOString();
  await db
    .updateTable('tickets')
    .set({ status: 'solved', solved_by: 'visitor', solved_at: at, updated_at: at })
    .where('id', '=', ticketId)
    .where('status', '!=', 'solved')
    .execute();
  return db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
}
